import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  accountToken,
  createMailedFeed,
  createMailOrganization,
  createSignedInUser,
  DEMO,
  fastMail,
  mailSettled,
  publishBulletin,
  type ReceivedMail,
  type SmtpTestServer,
  startSmtpTestServer,
  startTestApp,
  type TestApp,
  uniqueBulletinTag,
  until,
} from '@bulwark/testing';
import { MailTransport } from './mail-transport';
import { MailWorker } from './mail-worker';

/**
 * The outbox as a relay sees it (docs/notifications.md): mail refused for a while is retried with backoff and
 * arrives once; a permanent refusal is given up at once; two instances on one outbox send each mail once; a worker
 * that dies between sending and recording makes the mail go once more, with its Message-ID.
 */

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface MailRow {
  id: string;
  message_id: string;
  status: string;
  attempts: number;
  last_response: string | null;
  to_address: string | null;
  bulletin_count: number | null;
  lease_id: string | null;
  next_attempt_at: Date | null;
  last_attempt_at: Date | null;
  sent_at: Date | null;
}

/** The mails of the users with these ids, oldest first. */
async function mailsOf(t: TestApp, userIds: readonly string[]): Promise<MailRow[]> {
  return t.dataSource.query(
    `SELECT id, message_id, status, attempts, last_response, to_address, bulletin_count, lease_id, next_attempt_at,
            last_attempt_at, sent_at
       FROM mails WHERE user_id = ANY($1::uuid[]) ORDER BY created_at, id`,
    [userIds],
  );
}

/** How many times each Message-ID arrived. */
function arrivals(messages: readonly ReceivedMail[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const message of messages) counts.set(message.messageId, (counts.get(message.messageId) ?? 0) + 1);
  return counts;
}

interface Subscribers {
  readonly tag: string;
  readonly users: { id: string; email: string }[];
}

/** `count` users of a fresh office, each with a feed on a fresh tag mailed at once for any severity. */
async function subscribers(t: TestApp, count: number): Promise<Subscribers> {
  const platform = await accountToken(t, DEMO.platformAdmin);
  const { organization, admin } = await createMailOrganization(t, platform);
  const tag = uniqueBulletinTag('outbox');
  const users = [];
  for (let i = 0; i < count; i++) {
    const user = await createSignedInUser(t, admin.accessToken, {
      organizationId: organization.id,
      roles: ['VIEWER'],
      clearance: 'GREEN',
    });
    await createMailedFeed(t, user.accessToken, { tags: [tag] }, { immediateMinSeverity: 'LOW' });
    users.push({ id: user.id, email: user.email });
  }
  return { tag, users };
}

const publish = (t: TestApp, tag: string, title: string) =>
  publishBulletin(t, { tier: 'GREEN', severity: 'HIGH', tags: [tag], title });

describe('mail outbox against a relay that refuses', () => {
  let smtp: SmtpTestServer;
  let t: TestApp;

  beforeAll(async () => {
    smtp = await startSmtpTestServer();
    // Attempts enough that a refusal lasting a second or so is waited out, not given up.
    t = await startTestApp({ ...fastMail(smtp.url), MAIL_MAX_ATTEMPTS: '40' });
  });
  afterEach(() => smtp.setRefusal(null));
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  it('retries refused mail with backoff and delivers each once when the relay accepts again', async () => {
    const { tag, users } = await subscribers(t, 2);
    await mailSettled(t);
    const before = smtp.messages.length;
    const refusedBefore = smtp.refusals;
    smtp.setRefusal('421 4.3.2 Try again later');

    await publish(t, tag, 'Refused for a while, one');
    await publish(t, tag, 'Refused for a while, two');
    // Every mail refused at least twice: tried, put back, tried again.
    await until(async () => {
      const mails = await mailsOf(
        t,
        users.map((user) => user.id),
      );
      return mails.length === 4 && mails.every((mail) => mail.attempts >= 2);
    }, 15_000);
    const waiting = await mailsOf(
      t,
      users.map((user) => user.id),
    );
    expect(smtp.messages.length).toBe(before);
    expect(smtp.refusals - refusedBefore).toBeGreaterThanOrEqual(8);
    for (const mail of waiting) {
      expect(mail.status).toBe('FAILED');
      expect(mail.last_response).toContain('421 4.3.2 Try again later');
      expect(mail.sent_at).toBeNull();
    }

    smtp.setRefusal(null);
    await mailSettled(t);
    await pause(300); // time enough for a duplicate to arrive
    const sent = await mailsOf(
      t,
      users.map((user) => user.id),
    );
    const arrived = arrivals(smtp.messages.slice(before));
    expect(sent).toHaveLength(4);
    expect([...arrived.keys()].sort()).toEqual(sent.map((mail) => mail.message_id).sort());
    expect([...arrived.values()]).toEqual([1, 1, 1, 1]);
    for (const mail of sent) {
      expect(mail).toMatchObject({ status: 'SENT', lease_id: null, next_attempt_at: null, bulletin_count: 1 });
      expect(mail.attempts).toBeGreaterThanOrEqual(3);
      expect(mail.last_response).toMatch(/^250 /);
      expect(users.map((user) => user.email.toLowerCase())).toContain(mail.to_address);
    }
    const received = smtp.messages.slice(before);
    expect(received.map((message) => message.subject).every((subject) => subject.includes('[TLP:GREEN]'))).toBe(true);
  });

  it('gives up at once on a permanent refusal and records the answer', async () => {
    const { tag, users } = await subscribers(t, 1);
    await mailSettled(t);
    const before = smtp.messages.length;
    smtp.setRefusal('550 5.1.1 No such mailbox here', 'DATA');

    await publish(t, tag, 'Refused for good');
    await mailSettled(t);
    const [mail] = await mailsOf(
      t,
      users.map((user) => user.id),
    );
    expect(mail).toMatchObject({ status: 'DEAD', attempts: 1, next_attempt_at: null, sent_at: null });
    expect(mail?.last_response).toContain('550 5.1.1 No such mailbox here');
    expect(smtp.messages.length).toBe(before);
    const items: unknown[] = await t.dataSource.query('SELECT 1 FROM mail_items WHERE mail_id = $1', [mail?.id]);
    expect(items).toHaveLength(0); // it carried nothing: no retraction will follow it
  });

  it('sends a mail whose worker died after sending once more when its lease runs out, with the same Message-ID', async () => {
    const { tag, users } = await subscribers(t, 1);
    await publish(t, tag, 'Sent, then the worker died');
    await mailSettled(t);
    const [mail] = await mailsOf(
      t,
      users.map((user) => user.id),
    );
    expect(mail?.status).toBe('SENT');
    expect(arrivals(smtp.messages).get(mail.message_id)).toBe(1);

    // What a worker that crashed between the send and its record leaves behind: its claim, until the lease ends.
    await t.dataSource.query(
      `UPDATE mails SET status = 'PENDING', attempts = 0, sent_at = NULL, last_response = NULL, lease_id = $2,
              next_attempt_at = now() + interval '1500 milliseconds'
        WHERE id = $1`,
      [mail.id, randomUUID()],
    );
    await pause(700);
    expect(arrivals(smtp.messages).get(mail.message_id)).toBe(1); // claimed: no other worker touches it

    await until(() => arrivals(smtp.messages).get(mail.message_id) === 2, 10_000);
    await mailSettled(t);
    const [resent] = await mailsOf(
      t,
      users.map((user) => user.id),
    );
    expect(resent).toMatchObject({ status: 'SENT', attempts: 1, lease_id: null, message_id: mail.message_id });
    const copies = smtp.messages.filter((message) => message.messageId === mail.message_id);
    expect(copies.map((copy) => copy.subject)).toEqual([copies[0].subject, copies[0].subject]);
  });
});

describe('two instances on one outbox', () => {
  let smtp: SmtpTestServer;
  let one: TestApp;
  let two: TestApp;

  beforeAll(async () => {
    smtp = await startSmtpTestServer();
    // As behind a load balancer: both accept the same tokens.
    const env = { ...fastMail(smtp.url), JWT_SECRET: randomBytes(32).toString('base64url') };
    one = await startTestApp(env);
    two = await startTestApp(env, { database: one.database, keepDatabase: true });
  });
  afterAll(async () => {
    await two?.close(); // first: the database is one's, closed with it
    await one?.close();
    await smtp?.close();
  });

  it('send each of 50 mails exactly once', async () => {
    const { tag, users } = await subscribers(one, 10);
    // Subscriptions made on one kick its worker; two's notices them at its next idle look (a minute): now.
    two.app.get(MailWorker).kick();
    await mailSettled(one);
    const before = smtp.messages.length;
    const sentBy = [one, two].map((app) => vi.spyOn(app.app.get(MailTransport), 'send'));

    // Published on both instances: each wakes its own worker, and both claim from the one outbox.
    for (let i = 0; i < 5; i++) await publish(i % 2 === 0 ? one : two, tag, `Shared outbox ${i}`);
    await smtp.waitFor(before + 50, 30_000);
    await mailSettled(one);
    await pause(500);

    const mails = await mailsOf(
      one,
      users.map((user) => user.id),
    );
    expect(mails).toHaveLength(50);
    expect(mails.every((mail) => mail.status === 'SENT' && mail.attempts === 1)).toBe(true);
    const arrived = arrivals(smtp.messages.slice(before));
    expect(arrived.size).toBe(50);
    expect([...arrived.values()].every((count) => count === 1)).toBe(true);
    expect([...arrived.keys()].sort()).toEqual(mails.map((mail) => mail.message_id).sort());
    // Both instances sent, and between them each mail once.
    const sends = sentBy.map((spy) => spy.mock.calls.length);
    expect(sends.every((count) => count > 0)).toBe(true);
    expect(sends[0] + sends[1]).toBe(50);
  });
});

describe('without SMTP_URL', () => {
  let directory: string;
  let t: TestApp;

  beforeAll(async () => {
    directory = join(await mkdtemp(join(tmpdir(), 'bulwark-outbox-')), 'mail');
    t = await startTestApp({ MAIL_DIR: directory, MAIL_POLL_MS: '50' });
  });
  afterAll(async () => {
    await t?.close();
    await rm(join(directory, '..'), { recursive: true, force: true });
  });

  it('writes each mail to <mail id>.eml in the mail directory, for its owner only, and records it sent', async () => {
    const { tag, users } = await subscribers(t, 2);
    await publish(t, tag, 'Written to a file');
    await mailSettled(t);

    const mails = await mailsOf(
      t,
      users.map((user) => user.id),
    );
    expect(mails).toHaveLength(2);
    expect((await readdir(directory)).sort()).toEqual(mails.map((mail) => `${mail.id}.eml`).sort());
    for (const mail of mails) {
      const file = join(directory, `${mail.id}.eml`);
      expect(mail).toMatchObject({
        status: 'SENT',
        attempts: 1,
        last_response: `Written to the mail directory as ${mail.id}.eml (no SMTP_URL)`,
      });
      expect((await stat(file)).mode & 0o777).toBe(0o600);
      const parsed = await simpleParser(await readFile(file));
      expect(parsed.messageId).toBe(mail.message_id);
      expect(parsed.subject).toContain('[TLP:GREEN]');
      expect(parsed.headerLines.map(({ key }) => key)).toContain('list-unsubscribe');
    }
  });
});
