import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Tier } from '@bulwark/domain';
import { simpleParser } from 'mailparser';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '@api/config/load-config';
import { mailDestination, smtpAddress } from '@api/config/mail-destination';
import { type SmtpTestServer, startSmtpTestServer } from '@bulwark/testing';
import { MailTransport, type OutgoingMail } from './mail-transport';

const UNSUBSCRIBE = 'https://bulwark.example/mail/unsubscribe?token=abc.def';

function outgoing(overrides: Partial<OutgoingMail> = {}): OutgoingMail {
  return {
    mailId: randomUUID(),
    messageId: `<${randomUUID()}@bulwark.example>`,
    to: 'analyst@county.example',
    subject: '[TLP:AMBER] HIGH · BLW-2026-0042 · Phishing wave',
    text: 'TLP:AMBER\n\nPhishing wave\n',
    html: '<p>TLP:AMBER</p><p>Phishing wave</p>',
    tier: Tier.AMBER,
    bulletinIds: [],
    unsubscribeUrl: UNSUBSCRIBE,
    ...overrides,
  };
}

function transportWith(env: Record<string, string>): MailTransport {
  const config = loadConfig({ NODE_ENV: 'test', PUBLIC_URL: 'https://bulwark.example', ...env }, []);
  return new MailTransport(config);
}

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function tempDirectory(): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), 'bulwark-mail-spec-'));
  cleanups.push(() => rm(directory, { recursive: true, force: true }));
  return directory;
}

async function smtpServer(): Promise<SmtpTestServer> {
  const server = await startSmtpTestServer();
  cleanups.push(() => server.close());
  return server;
}

function smtpTransport(server: SmtpTestServer): MailTransport {
  const transport = transportWith({ SMTP_URL: server.url, MAIL_SEND_TIMEOUT_MS: '5000' });
  cleanups.push(() => transport.onApplicationShutdown());
  return transport;
}

describe('MailTransport to files', () => {
  it('writes one parseable <mail id>.eml, readable by its owner only, in a directory it creates', async () => {
    const directory = join(await tempDirectory(), 'mail', 'out');
    const mail = outgoing();
    const result = await transportWith({ MAIL_DIR: directory }).send(mail);

    const file = join(directory, `${mail.mailId}.eml`);
    expect(result).toEqual({ ok: true, response: `Written to the mail directory as ${mail.mailId}.eml (no SMTP_URL)` });
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const parsed = await simpleParser(await readFile(file));
    expect(parsed.messageId).toBe(mail.messageId);
    expect(parsed.subject).toBe(mail.subject);
    expect(parsed.text?.trim()).toBe('TLP:AMBER\n\nPhishing wave');
    expect(parsed.html).toContain('<p>Phishing wave</p>');
    expect(parsed.headers.get('content-type')).toMatchObject({ value: 'multipart/alternative' });
    expect(parsed.headers.get('x-bulwark-tlp')).toBe('TLP:AMBER');
    expect(parsed.headers.get('auto-submitted')).toBe('auto-generated');
    // mailparser folds List-* headers into one structure: read them as written.
    const lines = parsed.headerLines.map(({ line }) => line.replace(/\r?\n[ \t]+/g, ' '));
    expect(lines).toContain(`List-Unsubscribe: <${UNSUBSCRIBE}>`);
    expect(lines).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    expect(parsed.date).toBeInstanceOf(Date);
  });

  it('writes no List-Unsubscribe headers for a mail without an unsubscribe link, and marks AMBER+STRICT', async () => {
    const directory = await tempDirectory();
    const mail = outgoing({ unsubscribeUrl: null, tier: Tier.AMBER_STRICT });
    await transportWith({ MAIL_DIR: directory }).send(mail);

    const parsed = await simpleParser(await readFile(join(directory, `${mail.mailId}.eml`)));
    expect(parsed.headerLines.filter(({ key }) => key.startsWith('list-'))).toEqual([]);
    expect(parsed.headers.get('x-bulwark-tlp')).toBe('TLP:AMBER+STRICT');
  });
});

describe('MailTransport over SMTP', () => {
  it('sends to the server and reports its answer', async () => {
    const server = await smtpServer();
    const mail = outgoing();
    const result = await smtpTransport(server).send(mail);

    expect(result).toEqual({ ok: true, response: expect.stringMatching(/^250 OK: queued as 1/) as string });
    const [received] = await server.waitFor(1);
    expect(received?.messageId).toBe(mail.messageId);
    expect(received?.to).toEqual(['analyst@county.example']);
    expect(received?.headers.get('list-unsubscribe')).toBe(`<${UNSUBSCRIBE}>`);
    expect(received?.headers.get('x-bulwark-tlp')).toBe('TLP:AMBER');
    expect(received?.contentType).toMatch(/^multipart\/alternative;/);
  });

  it('reports a 4xx refusal as temporary and a 5xx one as permanent, then sends again on the same transport', async () => {
    const server = await smtpServer();
    const transport = smtpTransport(server);

    server.setRefusal('421 4.3.2 Try again later');
    expect(await transport.send(outgoing())).toEqual({
      ok: false,
      permanent: false,
      response: expect.stringContaining('421 4.3.2 Try again later') as string,
    });
    server.setRefusal('550 5.1.1 No such mailbox', 'DATA');
    expect(await transport.send(outgoing())).toMatchObject({ ok: false, permanent: true });
    server.setRefusal(null);
    expect(await transport.send(outgoing())).toMatchObject({ ok: true });
    expect(server.messages).toHaveLength(1);
    expect(server.refusals).toBe(2);
  });

  it('reports a server nobody answers as a temporary failure', async () => {
    const server = await smtpServer();
    const url = server.url;
    await server.close();
    const transport = transportWith({ SMTP_URL: url, MAIL_SEND_TIMEOUT_MS: '2000' });
    cleanups.push(() => transport.onApplicationShutdown());
    expect(await transport.send(outgoing())).toMatchObject({ ok: false, permanent: false });
  });
});

describe('mail destination', () => {
  it('names the SMTP server without its credentials, or the directory', () => {
    expect(smtpAddress('smtp://user:secret@relay.example:2525')).toBe('relay.example:2525');
    expect(smtpAddress('smtps://relay.example')).toBe('relay.example:465');
    const files = loadConfig({ NODE_ENV: 'test', MAIL_DIR: '/var/bulwark/mail' }, []).mail;
    expect(mailDestination(files)).toBe('written to files in /var/bulwark/mail (no SMTP_URL)');
  });
});
