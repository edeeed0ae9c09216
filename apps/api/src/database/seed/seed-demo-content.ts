import type { INestApplicationContext } from '@nestjs/common';
import type { Logger } from 'pino';
import type { PhaseListener } from '@api/logging/startup-phases';
import type { DatabaseHandle } from '../database-handle';
import { seedDemoBulletins } from './seed-demo-bulletins';
import { seedDemoIncidents } from './seed-demo-incidents';
import { seedDemoMail } from './seed-demo-mail';
import { seedDemoSecondFactors } from './seed-demo-second-factors';

// Any fixed 64-bit number, apart from the migrations' and the community's.
const CONTENT_LOCK_KEY = 7_461_013_029;

/**
 * Writes the demo content that goes through the application's services (mail subscription, bulletins, incident
 * reports, second factors). Each step writes only what is missing; instances starting together on one PostgreSQL
 * take turns, so the second finds everything written and writes nothing.
 */
export async function seedDemoContent(
  app: INestApplicationContext,
  handle: DatabaseHandle,
  logger: Logger,
  onPhase?: PhaseListener,
): Promise<void> {
  await inTurn(handle, async () => {
    if (await seedDemoMail(app)) logger.info('demo mail subscription created');
    const written = await seedDemoBulletins(app, onPhase);
    if (written > 0) logger.info({ bulletins: written }, 'demo bulletins written');
    const reported = await seedDemoIncidents(app, onPhase);
    if (reported > 0) logger.info({ incidents: reported }, 'demo incident reports written');
    const enrolled = await seedDemoSecondFactors(app);
    if (enrolled > 0) logger.info({ accounts: enrolled }, 'demo second factors enrolled');
  });
}

/**
 * Runs `work` holding a session lock on a connection of its own, without the statement timeout (the wait lasts as
 * long as another instance's seeding). PGlite is one process and one session: nobody to take turns with.
 */
async function inTurn(handle: DatabaseHandle, work: () => Promise<void>): Promise<void> {
  if (handle.engine !== 'postgres') return work();
  const runner = handle.dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SET statement_timeout = 0');
    await runner.query('SELECT pg_advisory_lock($1)', [CONTENT_LOCK_KEY]);
    await work();
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [CONTENT_LOCK_KEY]).catch(() => undefined);
    await runner.query('RESET statement_timeout').catch(() => undefined);
    await runner.release();
  }
}
