import type { Logger } from '@nestjs/common';

/** What wakes a busy loop besides its poll: the event bus's notices (EventBus.waiter()). */
export interface NoticeSource {
  waiter(): { next(): Promise<void>; dispose(): void };
}

export interface WorkLoopOptions {
  readonly name: string;
  readonly logger: Logger;
  readonly notices: NoticeSource;
  /** Between rounds while there is something to watch, unless a notice or a kick comes first. */
  readonly pollMs: number;
  /**
   * With nothing to watch, the loop sleeps this long between looks (a kick wakes it at once). Idle instances then
   * add no load, and no statements to a request's count.
   */
  readonly idleMs: number;
  /** One round of work; whether there is anything left to keep watching. Asked `stopping()` as it goes. */
  readonly round: (stopping: () => boolean) => Promise<boolean>;
}

/**
 * A background loop, one per instance (webhook and mail delivery): started with the application, stopped (after the
 * round in flight) before the database closes. All the work's state is in the database, so a restart resumes it.
 */
export class WorkLoop {
  private running: Promise<void> | null = null;
  private stopping = false;
  private kicked = false;
  private wake: (() => void) | null = null;

  constructor(private readonly options: WorkLoopOptions) {}

  start(): void {
    this.running ??= this.loop();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await this.running;
  }

  /** Something changed here: look now. */
  kick(): void {
    this.kicked = true;
    this.wake?.();
  }

  private async loop(): Promise<void> {
    const waiter = this.options.notices.waiter();
    let notice: Promise<void> | null = null;
    let active = true;
    try {
      while (!this.stopping) {
        if (!active) {
          await this.pause(this.options.idleMs);
          if (this.stopping) break;
        }
        this.kicked = false;
        active = await this.round();
        if (this.stopping || !active || this.kicked) continue;
        notice ??= waiter.next().then(() => {
          notice = null;
        });
        await this.pause(this.options.pollMs, notice);
      }
    } finally {
      waiter.dispose();
    }
  }

  private async round(): Promise<boolean> {
    try {
      return await this.options.round(() => this.stopping);
    } catch (error) {
      if (!this.stopping) this.options.logger.error(`${this.options.name} round failed: ${(error as Error).message}`);
      return true;
    }
  }

  /** Waits `ms`, or less when kicked, stopped, or `alsoOn` settles. */
  private pause(ms: number, alsoOn?: Promise<void>): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        // A notice from an earlier pause may settle during this one: it must not unhook this pause's wake.
        if (this.wake === done) this.wake = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = done;
      if (this.kicked || this.stopping) done();
      void alsoOn?.then(done);
    });
  }
}
