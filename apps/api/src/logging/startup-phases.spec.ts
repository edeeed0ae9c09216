import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { StartupPhases } from './startup-phases';

function captured(): { logger: pino.Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) });
  return { logger, lines };
}

describe('StartupPhases', () => {
  it('logs one line as each phase begins, and times every phase until the next', () => {
    const { logger, lines } = captured();
    let clock = 100;
    const phases = new StartupPhases(logger, () => clock);
    phases.begin('database', 'opening the database: PGlite (data directory /d)');
    clock = 400;
    phases.begin('migrations', 'migrating: 2 migrations to apply', { migrations: 2 });
    expect(lines.map(({ phase, msg }) => [phase, msg])).toEqual([
      ['database', 'opening the database: PGlite (data directory /d)'],
      ['migrations', 'migrating: 2 migrations to apply'],
    ]);
    expect(lines[1]).toMatchObject({ migrations: 2, level: 30 });
    clock = 450;
    phases.begin('listen', 'opening the HTTP port 127.0.0.1:0');
    clock = 460.4;
    expect(phases.finish()).toEqual({
      startupMs: 460,
      phases: { database: 300, migrations: 50, listen: 10 },
    });
  });

  it('can be handed out as a plain function', () => {
    const { logger, lines } = captured();
    const phases = new StartupPhases(logger, () => 0);
    const { begin } = phases;
    begin('init', 'initializing');
    expect(lines).toHaveLength(1);
    expect(phases.finish().phases).toEqual({ init: 0 });
  });
});
