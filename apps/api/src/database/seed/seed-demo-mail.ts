import type { INestApplicationContext } from '@nestjs/common';
import { MailDigest, Severity } from '@bulwark/domain';
import { DataSource } from 'typeorm';
import { nextDigestAt } from '@api/modules/notifications/digest-schedule';
import { run, runFirst, sqlOf } from '../typed-sql';

/** The demo clerk's saved feed: Georgia's election bulletins, HIGH and CRITICAL by mail at once, the rest each morning. */
const DEMO_FEED = {
  email: 'clerk@fulton.ga.demo',
  name: 'Georgia: mail me',
  filter: { jurisdictions: ['GA'] },
  immediateMinSeverity: Severity.HIGH,
  digest: MailDigest.DAILY,
  digestHour: 7,
  timeZone: 'America/New_York',
} as const;

/**
 * Gives the demo clerk a feed that mails, on the first start, before the demo bulletins are written: that start then
 * has mail to show (written as files without SMTP_URL, listed under "Your e-mail"). Returns whether it was created.
 */
export async function seedDemoMail(app: INestApplicationContext): Promise<boolean> {
  const dataSource = app.get(DataSource);
  // Only on the first start, before any bulletin: a start on a seeded database writes nothing, and a feed the
  // clerk has deleted stays deleted.
  const written = await runFirst(
    dataSource,
    sqlOf((db) => db.selectFrom('bulletins').select('id').limit(1)),
  );
  if (written) return false;
  const user = await runFirst(
    dataSource,
    sqlOf((db) => db.selectFrom('users').select('id').where('email', '=', DEMO_FEED.email)),
  );
  if (!user) return false;
  return dataSource.transaction(async (manager) => {
    const feeds = await run(
      manager,
      sqlOf((db) =>
        db
          .insertInto('feeds')
          .values({ user_id: user.id, name: DEMO_FEED.name, filter: JSON.stringify(DEMO_FEED.filter) })
          .onConflict((oc) => oc.columns(['user_id', 'name']).doNothing())
          .returning('id'),
      ),
    );
    const feed = feeds[0];
    if (!feed) return false;
    await run(
      manager,
      sqlOf((db) =>
        db.insertInto('mail_subscriptions').values((eb) => ({
          feed_id: feed.id,
          immediate_min_severity: DEMO_FEED.immediateMinSeverity,
          digest: DEMO_FEED.digest,
          digest_hour: DEMO_FEED.digestHour,
          time_zone: DEMO_FEED.timeZone,
          next_digest_at: nextDigestAt(DEMO_FEED.digest, DEMO_FEED.digestHour, DEMO_FEED.timeZone, new Date()),
          cursor_sequence: eb.selectFrom('event_sequence').select('last_sequence').where('id', '=', 1),
        })),
      ),
    );
    return true;
  });
}
