import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailKind } from '@bulwark/domain';
import {
  accountToken,
  amendBulletin,
  createSignedInUser,
  type CreatedUser,
  DEMO,
  orgId,
  publishBulletin,
  retractBulletin,
  startTestApp,
  type TestApp,
  uniqueBulletinTag,
} from '@bulwark/testing';
import { MailComposer } from './mail-composer';
import { MailPlanner } from './mail-planner';
import type { Composition, QueuedMail } from './mail-types';
import { MailWorker } from './mail-worker';

/** A mails row as the planner wrote it. */
interface MailRow {
  id: string;
  kind: MailKind;
  subscription_id: string | null;
  user_id: string | null;
  mailbox_id: string | null;
  organization_id: string;
  bulletin_id: string | null;
  event_sequence: string | null;
  message_id: string;
  status: string;
  attempts: number;
  due_in_ms: number;
}

/** A digest not due during the test unless made due (digestNow). */
const tomorrow = () => new Date(Date.now() + 86_400_000);

const CREATE_FEED = 'mutation($input: CreateFeedInput!) { createFeed(input: $input) { id } }';
const UPDATE_USER = 'mutation($input: UpdateUserInput!) { updateUser(input: $input) { id } }';
const DEACTIVATE_USER = 'mutation($input: UserIdInput!) { deactivateUser(input: $input) { id } }';

describe('mail planner and composer, on the real event log', () => {
  let t: TestApp;
  let planner: MailPlanner;
  let composer: MailComposer;
  let gaAdmin: string;

  beforeAll(async () => {
    // Slow polling and a long coalescing window; the worker is stopped so that only this test plans and sends.
    t = await startTestApp({ MAIL_POLL_MS: '60000', MAIL_COALESCE_SECONDS: '120' });
    await t.app.get(MailWorker).onModuleDestroy();
    planner = t.app.get(MailPlanner);
    composer = t.app.get(MailComposer);
    gaAdmin = await accountToken(t, DEMO.gaAdmin);
  });
  afterAll(async () => {
    await t.close();
  });

  /** A fresh user of Georgia's office. */
  const user = (clearance = 'AMBER') => createSignedInUser(t, gaAdmin, { clearance });

  /** A feed of `owner` on one tag, and its mail subscription (inserted as H3's API will, at the log head). */
  async function subscribe(
    owner: CreatedUser & { accessToken: string },
    tag: string,
    delivery: { immediate: string | null; digest: 'NONE' | 'HOURLY' | 'DAILY' },
    name = `Feed ${tag}`,
  ): Promise<{ feedId: string; subscriptionId: string }> {
    const { createFeed } = await t.gql.data<{ createFeed: { id: string } }>(
      CREATE_FEED,
      { input: { name, filter: { tags: [tag] } } },
      { token: owner.accessToken },
    );
    const rows: { id: string }[] = await t.dataSource.query(
      `INSERT INTO mail_subscriptions (feed_id, immediate_min_severity, digest, cursor_sequence, next_digest_at)
       SELECT $1, $2, $3, last_sequence, $4 FROM event_sequence WHERE id = 1 RETURNING id`,
      [createFeed.id, delivery.immediate, delivery.digest, delivery.digest === 'NONE' ? null : tomorrow()],
    );
    return { feedId: createFeed.id, subscriptionId: rows[0].id };
  }

  async function mailsOf(subscriptionId: string): Promise<MailRow[]> {
    return t.dataSource.query(
      `SELECT id, kind, subscription_id, user_id, mailbox_id, organization_id, bulletin_id,
              event_sequence::text AS event_sequence, message_id, status, attempts,
              (extract(epoch FROM next_attempt_at - now()) * 1000)::float8 AS due_in_ms
       FROM mails WHERE subscription_id = $1 ORDER BY created_at, event_sequence`,
      [subscriptionId],
    );
  }

  async function itemsOf(mailId: string): Promise<{ bulletin_id: string; amended: boolean }[]> {
    return t.dataSource.query('SELECT bulletin_id, amended FROM mail_items WHERE mail_id = $1 ORDER BY bulletin_id', [
      mailId,
    ]);
  }

  async function digestItemsOf(subscriptionId: string): Promise<{ bulletin_id: string; amended: boolean }[]> {
    return t.dataSource.query(
      'SELECT bulletin_id, amended FROM mail_digest_items WHERE subscription_id = $1 ORDER BY bulletin_id',
      [subscriptionId],
    );
  }

  async function lastSequence(bulletinId: string): Promise<string> {
    const rows: { s: string }[] = await t.dataSource.query(
      'SELECT max(sequence)::text AS s FROM bulletin_events WHERE bulletin_id = $1',
      [bulletinId],
    );
    return rows[0].s;
  }

  /** What the outbox hands the composer (MailOutboxRepository.claimDue's shape). */
  function queued(row: MailRow): QueuedMail {
    return {
      id: row.id,
      kind: row.kind,
      subscriptionId: row.subscription_id,
      userId: row.user_id,
      mailboxId: row.mailbox_id,
      organizationId: row.organization_id,
      bulletinId: row.bulletin_id,
      eventSequence: row.event_sequence,
      messageId: row.message_id,
      attempts: row.attempts,
    };
  }

  /** The sender's part, without sending: recorded SENT with only what it carried as its items. */
  async function recordSent(mailId: string, carried: readonly string[]): Promise<void> {
    await t.dataSource.query(
      `UPDATE mails SET status = 'SENT', attempts = attempts + 1, sent_at = now(), next_attempt_at = NULL
       WHERE id = $1`,
      [mailId],
    );
    await t.dataSource.query('DELETE FROM mail_items WHERE mail_id = $1 AND NOT (bulletin_id = ANY($2::uuid[]))', [
      mailId,
      carried,
    ]);
  }

  /** A due digest: its time has come. */
  async function digestNow(subscriptionId: string): Promise<void> {
    await t.dataSource.query(
      "UPDATE mail_subscriptions SET next_digest_at = now() - interval '1 second' WHERE id = $1",
      [subscriptionId],
    );
  }

  const sent = (composition: Composition) => {
    if (composition.kind !== 'send') throw new Error(`expected a mail, got: ${composition.reason}`);
    return composition.mail;
  };

  it('mails a publication at once, folds amendments into the waiting mail, and starts a new one after sending', async () => {
    const owner = await user();
    const tag = uniqueBulletinTag('mp');
    const { subscriptionId } = await subscribe(owner, tag, { immediate: 'HIGH', digest: 'DAILY' });
    const bulletin = await publishBulletin(t, { tier: 'GREEN', severity: 'HIGH', tags: [tag], title: 'Wave one' });
    expect(await planner.planAll()).toBe(true);

    let mails = await mailsOf(subscriptionId);
    expect(mails).toHaveLength(1);
    const first = mails[0];
    expect(first).toMatchObject({ kind: 'IMMEDIATE', user_id: owner.id, bulletin_id: bulletin.id, status: 'PENDING' });
    expect(first.organization_id).toBe(owner.organizationId);
    expect(first.message_id).toMatch(/^<[0-9a-f-]{36}@127\.0\.0\.1>$|^<[0-9a-f-]{36}@localhost>$/);
    expect(first.due_in_ms).toBeLessThanOrEqual(0);
    expect(await itemsOf(first.id)).toEqual([{ bulletin_id: bulletin.id, amended: false }]);

    // Two amendments before it went out: the same mail, now about the latest of them.
    await amendBulletin(t, bulletin.id, 1, { title: 'Wave one, revised' });
    await amendBulletin(t, bulletin.id, 2, { title: 'Wave one, revised again' });
    await planner.planAll();
    mails = await mailsOf(subscriptionId);
    expect(mails).toHaveLength(1);
    expect(mails[0].event_sequence).toBe(await lastSequence(bulletin.id));
    expect(await digestItemsOf(subscriptionId)).toEqual([]);

    const composed = sent(await composer.compose(queued(mails[0])));
    expect(composed.to).toBe(owner.email);
    expect(composed.subject).toBe(`[TLP:GREEN] HIGH · ${bulletin.reference} · Wave one, revised again`);
    expect(composed.bulletinIds).toEqual([bulletin.id]);
    expect(composed.unsubscribeUrl).toContain('/mail/unsubscribe?token=');
    expect(composed.text).toContain('Summary of');
    expect(composed.text).not.toContain('Body of');
    await recordSent(first.id, composed.bulletinIds);

    // After it went out, an amendment is a new mail, held for the coalescing window; the next one joins it.
    await amendBulletin(t, bulletin.id, 3, { title: 'Wave one, final' });
    await planner.planAll();
    await amendBulletin(t, bulletin.id, 4, { title: 'Wave one, really final' });
    await planner.planAll();
    mails = await mailsOf(subscriptionId);
    expect(mails.map((mail) => mail.status)).toEqual(['SENT', 'PENDING']);
    const second = mails[1];
    expect(second.due_in_ms).toBeGreaterThan(100_000);
    expect(second.event_sequence).toBe(await lastSequence(bulletin.id));
    expect(await itemsOf(second.id)).toEqual([{ bulletin_id: bulletin.id, amended: true }]);
    expect(sent(await composer.compose(queued(second))).subject).toBe(
      `[TLP:GREEN] Amended: HIGH · ${bulletin.reference} · Wave one, really final`,
    );
    // Nothing new: nothing planned.
    expect(await planner.planAll()).toBe(false);
  });

  it('mails a bulletin once to a user whose feeds both match it, through its amendments and after sending', async () => {
    const owner = await user();
    const tag = uniqueBulletinTag('m2');
    const first = await subscribe(owner, tag, { immediate: 'HIGH', digest: 'NONE' });
    const second = await subscribe(owner, tag, { immediate: 'MEDIUM', digest: 'NONE' }, `Also ${tag}`);
    // In the order of the events they are about: either feed may have planned any of them.
    const mailsOfBoth = async () =>
      [...(await mailsOf(first.subscriptionId)), ...(await mailsOf(second.subscriptionId))].sort((a, b) =>
        Number(BigInt(a.event_sequence ?? 0) - BigInt(b.event_sequence ?? 0)),
      );
    const bulletin = await publishBulletin(t, {
      tier: 'GREEN',
      severity: 'CRITICAL',
      tags: [tag],
      title: 'Twice matched',
    });
    await planner.planAll();
    let mails = await mailsOfBoth();
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ kind: 'IMMEDIATE', user_id: owner.id, bulletin_id: bulletin.id });

    // Amended before it went out: the one waiting mail covers it, whichever feed planned first.
    await amendBulletin(t, bulletin.id, 1, { title: 'Twice matched, revised' });
    await planner.planAll();
    mails = await mailsOfBoth();
    expect(mails).toHaveLength(1);
    expect(mails[0].event_sequence).toBe(await lastSequence(bulletin.id));
    await recordSent(mails[0].id, [bulletin.id]);

    // After it went out: one mail for the next amendment, not one per feed.
    await amendBulletin(t, bulletin.id, 2, { title: 'Twice matched, final' });
    await planner.planAll();
    mails = await mailsOfBoth();
    expect(mails.map((mail) => mail.status)).toEqual(['SENT', 'PENDING']);
    expect(mails[1].event_sequence).toBe(await lastSequence(bulletin.id));

    // A mail that was not sent covers nothing: the other feed mails the next change.
    await t.dataSource.query("UPDATE mails SET status = 'SKIPPED', next_attempt_at = NULL WHERE id = $1", [
      mails[1].id,
    ]);
    await amendBulletin(t, bulletin.id, 3, { title: 'Twice matched, really final' });
    await planner.planAll();
    mails = await mailsOfBoth();
    expect(mails.map((mail) => mail.status)).toEqual(['SENT', 'SKIPPED', 'PENDING']);

    // Another user's feed on the same tag is theirs: they get their own mail.
    const other = await user();
    const theirs = await subscribe(other, tag, { immediate: 'HIGH', digest: 'NONE' });
    const next = await publishBulletin(t, { tier: 'GREEN', severity: 'HIGH', tags: [tag], title: 'Second bulletin' });
    await planner.planAll();
    expect((await mailsOfBoth()).filter((mail) => mail.bulletin_id === next.id)).toHaveLength(1);
    expect((await mailsOf(theirs.subscriptionId)).map((mail) => mail.bulletin_id)).toEqual([next.id]);
  });

  it('gathers the rest for the digest, each bulletin once with its amended flag, into one mail when due', async () => {
    const owner = await user();
    const tag = uniqueBulletinTag('md');
    const { subscriptionId, feedId } = await subscribe(owner, tag, { immediate: 'CRITICAL', digest: 'DAILY' });
    const amended = await publishBulletin(t, { tier: 'GREEN', severity: 'LOW', tags: [tag], title: 'Amended thrice' });
    const plain = await publishBulletin(t, {
      tier: 'AMBER',
      severity: 'HIGH',
      tags: [tag],
      title: 'Plain amber',
      summary: 'Amber summary, never mailed',
      recipientOrganizations: ['GA-SOS'],
    });
    await planner.planAll();
    for (let revision = 1; revision <= 3; revision++) {
      await amendBulletin(t, amended.id, revision, { title: `Amended thrice (${revision})` });
      await planner.planAll();
    }
    expect(await mailsOf(subscriptionId)).toEqual([]);
    expect(await digestItemsOf(subscriptionId)).toEqual(
      [
        { bulletin_id: amended.id, amended: true },
        { bulletin_id: plain.id, amended: false },
      ].sort((a, b) => a.bulletin_id.localeCompare(b.bulletin_id)),
    );

    await digestNow(subscriptionId);
    expect(await planner.planAll()).toBe(true);
    const mails = await mailsOf(subscriptionId);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ kind: 'DIGEST', bulletin_id: null, user_id: owner.id, status: 'PENDING' });
    expect(await itemsOf(mails[0].id)).toEqual(
      [
        { bulletin_id: amended.id, amended: true },
        { bulletin_id: plain.id, amended: false },
      ].sort((a, b) => a.bulletin_id.localeCompare(b.bulletin_id)),
    );
    expect(await digestItemsOf(subscriptionId)).toEqual([]);
    const [schedule] = await t.dataSource.query<{ ahead: boolean; hour: number; minute: number; digested: boolean }[]>(
      `SELECT next_digest_at > now() AS ahead, extract(hour FROM next_digest_at AT TIME ZONE 'UTC')::int AS hour,
              extract(minute FROM next_digest_at)::int AS minute, last_digest_at IS NOT NULL AS digested
       FROM mail_subscriptions WHERE id = $1`,
      [subscriptionId],
    );
    expect(schedule).toEqual({ ahead: true, hour: 7, minute: 0, digested: true });

    const digest = sent(await composer.compose(queued(mails[0])));
    expect(digest.subject).toBe(`[TLP:AMBER] Bulwark daily digest (Feed ${tag}): 2 bulletins`);
    expect(digest.bulletinIds.slice().sort()).toEqual([amended.id, plain.id].sort());
    expect(digest.text.match(/Amended thrice/g)).toHaveLength(1);
    expect(digest.text).toContain('Amended thrice (3)');
    expect(digest.text).toContain('[TLP:GREEN] Amended');
    expect(digest.text).toContain('[TLP:AMBER]\nPlain amber');
    expect(digest.text).not.toContain('Amber summary'); // AMBER: no summary
    expect(digest.html).not.toContain('Amber summary');
    expect(digest.text).toContain(`/feeds/${feedId}`);

    // Due again with nothing gathered: no mail, only the next time.
    await digestNow(subscriptionId);
    await planner.planAll();
    expect(await mailsOf(subscriptionId)).toHaveLength(1);
  });

  it('composes for the recipient as they are at sending: deactivated, lowered clearance, retracted (R17)', async () => {
    const tag = uniqueBulletinTag('mr');
    const reader = await user('AMBER');
    const leaver = await user('AMBER');
    const { subscriptionId: readerSub } = await subscribe(reader, tag, { immediate: null, digest: 'HOURLY' });
    const { subscriptionId: leaverSub } = await subscribe(leaver, tag, { immediate: 'INFO', digest: 'NONE' });
    const green = await publishBulletin(t, { tier: 'GREEN', tags: [tag], title: 'Stays green' });
    await publishBulletin(t, { tier: 'AMBER', tags: [tag], title: 'Amber one', recipientOrganizations: ['GA-SOS'] });
    const doomed = await publishBulletin(t, { tier: 'CLEAR', tags: [tag], title: 'To be retracted' });
    await planner.planAll();
    await digestNow(readerSub);
    await planner.planAll();
    const [digest] = await mailsOf(readerSub);
    expect(await itemsOf(digest.id)).toHaveLength(3);
    const leaverMails = await mailsOf(leaverSub);
    expect(leaverMails).toHaveLength(3);

    // Lowered to GREEN, and one bulletin retracted, between queueing and sending.
    await t.gql.data(UPDATE_USER, { input: { id: reader.id, clearance: 'GREEN' } }, { token: gaAdmin });
    await retractBulletin(t, doomed.id, 'Issued in error.');
    const composed = sent(await composer.compose(queued(digest)));
    expect(composed.bulletinIds).toEqual([green.id]);
    expect(composed.subject).toBe(`[TLP:GREEN] Bulwark hourly digest (Feed ${tag}): 1 bulletin`);
    expect(composed.text).not.toContain('Amber one');
    expect(composed.text).not.toContain('To be retracted');

    // Deactivated: nothing at all, not even CLEAR.
    await t.gql.data(DEACTIVATE_USER, { input: { id: leaver.id } }, { token: gaAdmin });
    for (const mail of leaverMails) {
      expect(await composer.compose(queued(mail))).toEqual({
        kind: 'skip',
        reason: 'Not sent: the recipient is deactivated.',
      });
    }
    // And nothing more is planned for them: their cursor moves on without mail.
    await publishBulletin(t, { tier: 'CLEAR', tags: [tag], title: 'After the leaver left' });
    await planner.planAll();
    expect(await mailsOf(leaverSub)).toHaveLength(3);
  });

  it('mails a retraction to those who were sent the bulletin, once each, and to no one else', async () => {
    const tag = uniqueBulletinTag('mx');
    const [told, inFlight, untold] = [await user(), await user(), await user()];
    const subscriptions = [];
    for (const owner of [told, inFlight, untold])
      subscriptions.push((await subscribe(owner, tag, { immediate: 'MEDIUM', digest: 'NONE' })).subscriptionId);
    const bulletin = await publishBulletin(t, {
      tier: 'GREEN',
      severity: 'HIGH',
      tags: [tag],
      title: 'Soon withdrawn',
    });
    await planner.planAll();
    const [[toldMail], [inFlightMail], [untoldMail]] = await Promise.all(subscriptions.map((id) => mailsOf(id)));
    await recordSent(toldMail.id, [bulletin.id]);
    // A worker holds the second one: it was composed before the retraction and is being sent now.
    await t.dataSource.query(
      "UPDATE mails SET lease_id = gen_random_uuid(), next_attempt_at = now() + interval '1 minute' WHERE id = $1",
      [inFlightMail.id],
    );
    const retractionsOf = (): Promise<MailRow[]> =>
      t.dataSource.query(
        `SELECT id, kind, subscription_id, user_id, mailbox_id, organization_id, bulletin_id,
                event_sequence::text AS event_sequence, message_id, status, attempts, 0 AS due_in_ms
         FROM mails WHERE kind = 'RETRACTION' AND bulletin_id = $1 ORDER BY user_id`,
        [bulletin.id],
      );

    await retractBulletin(t, bulletin.id, 'Issued in error.');
    await planner.planAll();
    // The retraction waits for the mail in flight: its recipient is to be told as well once it is recorded SENT.
    expect(await retractionsOf()).toEqual([]);
    await t.dataSource.query('UPDATE mails SET lease_id = NULL WHERE id = $1', [inFlightMail.id]);
    await recordSent(inFlightMail.id, [bulletin.id]);
    await planner.planAll();
    await planner.planAll();
    const retractions = await retractionsOf();
    expect(retractions.map((mail) => mail.user_id)).toEqual([told.id, inFlight.id].sort());
    for (const retraction of retractions) {
      expect(retraction).toMatchObject({ subscription_id: null, status: 'PENDING' });
      expect(retraction.event_sequence).toBe(await lastSequence(bulletin.id));
      expect(await itemsOf(retraction.id)).toEqual([{ bulletin_id: bulletin.id, amended: false }]);
    }
    expect(new Set(retractions.map((mail) => mail.message_id)).size).toBe(2);

    const notice = sent(await composer.compose(queued(retractions[0])));
    expect(notice.subject).toBe(`[TLP:GREEN] Retracted: HIGH · ${bulletin.reference} · Soon withdrawn`);
    expect(notice.text).toContain('Reason for the retraction: Issued in error.');
    expect(notice.unsubscribeUrl).toBeNull();
    // The mail still waiting for the third is not sent at all, and they are told of no retraction.
    expect(await composer.compose(queued(untoldMail))).toEqual({
      kind: 'skip',
      reason: 'Not sent: the bulletin has been retracted.',
    });
  });

  it("mails an organization's mailbox what a VIEWER of it at its vetting may read, never RED", async () => {
    const tag = uniqueBulletinTag('mb');
    const ga = await orgId(t, 'GA-SOS');
    const [mailbox] = await t.dataSource.query<{ id: string }[]>(
      `INSERT INTO organization_mailboxes (organization_id, name, address) VALUES ($1, 'Elections desk', $2)
       RETURNING id`,
      [ga, `desk-${tag}@ga.example`],
    );
    const [row] = await t.dataSource.query<{ id: string }[]>(
      `INSERT INTO mail_subscriptions (mailbox_id, name, filter, immediate_min_severity, digest, cursor_sequence)
       SELECT $1, 'Desk alerts', $2::jsonb, 'INFO', 'NONE', last_sequence FROM event_sequence WHERE id = 1
       RETURNING id`,
      [mailbox.id, JSON.stringify({ tags: [tag] })],
    );
    const amber = await publishBulletin(t, {
      tier: 'AMBER',
      tags: [tag],
      title: 'For the desk',
      recipientOrganizations: ['GA-SOS'],
    });
    await publishBulletin(t, {
      tier: 'RED',
      tags: [tag],
      title: 'Named people only',
      recipientUsers: ['publisher@fbi.demo'],
    });
    await planner.planAll();
    const mails = await mailsOf(row.id);
    expect(mails.map((mail) => mail.bulletin_id)).toEqual([amber.id]);
    expect(mails[0]).toMatchObject({ mailbox_id: mailbox.id, user_id: null, organization_id: ga });
    const composed = sent(await composer.compose(queued(mails[0])));
    expect(composed.to).toBe(`desk-${tag}@ga.example`);
    expect(composed.subject).toBe(`[TLP:AMBER] MEDIUM · ${amber.reference} · For the desk`);
    expect(composed.text).toContain('subscription "Desk alerts"');
    expect(composed.text).not.toContain('/feeds/');
  });
});
