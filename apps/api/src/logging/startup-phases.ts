import { performance } from 'node:perf_hooks';
import type { Logger } from 'pino';

/** One step of the start, announced as it begins: a slow first start is never silent. */
export type StartupPhase =
  | 'database'
  | 'create-database'
  | 'migrations'
  | 'demo-community'
  | 'application'
  | 'demo-bulletins'
  | 'demo-incidents'
  | 'init'
  | 'listen';

export interface StartupReport {
  /** From process launch (Node's time origin) to now. */
  readonly startupMs: number;
  /** Milliseconds spent in each phase that ran, in order. */
  readonly phases: Partial<Record<StartupPhase, number>>;
}

/** Where a part of the start (the database layer, the seeders) announces its phases; silent when not given. */
export type PhaseListener = (phase: StartupPhase, message: string, fields?: Record<string, unknown>) => void;

/** Logs one line when each phase begins and times them, for the `listening` line and docs/benchmarks.md. */
export class StartupPhases {
  private readonly durations: Partial<Record<StartupPhase, number>> = {};
  private current: { phase: StartupPhase; since: number } | null = null;

  constructor(
    private readonly logger: Logger,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Bound, so it can be handed to code that must not know about logging. */
  readonly begin: PhaseListener = (phase, message, fields = {}) => {
    this.close();
    this.current = { phase, since: this.now() };
    this.logger.info({ phase, ...fields }, message);
  };

  /** Ends the last phase; the report is what the `listening` line carries. */
  finish(): StartupReport {
    this.close();
    return { startupMs: Math.round(this.now()), phases: { ...this.durations } };
  }

  private close(): void {
    if (!this.current) return;
    const spent = Math.round(this.now() - this.current.since);
    this.durations[this.current.phase] = (this.durations[this.current.phase] ?? 0) + spent;
    this.current = null;
  }
}
