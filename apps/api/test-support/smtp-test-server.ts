import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerDataStream } from 'smtp-server';

/** Where a refusal is given: to the envelope (MAIL FROM) or after the message was sent (end of DATA). */
export type SmtpStage = 'MAIL FROM' | 'DATA';

/** A whole SMTP reply, e.g. `421 4.3.2 Try again later`, or null to accept. */
export type SmtpRefusal = (stage: SmtpStage) => string | null;

export interface SmtpTestServerOptions {
  /** Asked at every MAIL FROM and every end of DATA; setRefusal replaces it. */
  readonly refuse?: SmtpRefusal;
}

/** A message the server accepted, parsed. */
export interface ReceivedMail {
  /** The Message-ID header, with its angle brackets. */
  readonly messageId: string;
  /** The envelope sender and recipients (MAIL FROM, RCPT TO). */
  readonly from: string;
  readonly to: readonly string[];
  /** The SMTP session it came in on: one per client connection (a pooled connection carries many messages). */
  readonly connection: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  /** Raw header values by lower-cased name, unfolded (`list-unsubscribe` → `<https://…>`); the first of repeats. */
  readonly headers: ReadonlyMap<string, string>;
  /** The top-level Content-Type with its parameters. */
  readonly contentType: string;
  readonly parsed: ParsedMail;
  readonly raw: string;
}

export interface SmtpTestServer {
  readonly port: number;
  /** `smtp://127.0.0.1:<port>`, for SMTP_URL. */
  readonly url: string;
  /** Accepted messages, in the order they arrived. */
  readonly messages: readonly ReceivedMail[];
  /** Replies given with a refusal so far (MAIL FROM and DATA). */
  readonly refusals: number;
  /** Resolves once at least `count` messages have arrived; rejects after `timeoutMs`, naming how many did. */
  waitFor(count: number, timeoutMs?: number): Promise<readonly ReceivedMail[]>;
  /** Refuse every MAIL FROM (or, with `at: 'DATA'`, every message after its data) with `reply`; null accepts again. */
  setRefusal(reply: string | null, at?: SmtpStage): void;
  close(): Promise<void>;
}

/** `421 4.3.2 Try again later` → an error smtp-server answers with exactly that line. */
function refusalError(reply: string): Error & { responseCode: number } {
  const match = /^([2-5]\d\d)[ -]?(.*)$/.exec(reply.trim());
  if (!match) throw new Error(`not an SMTP reply: ${reply}`);
  return Object.assign(new Error(match[2] ?? ''), { responseCode: Number(match[1]) });
}

function headerMap(parsed: ParsedMail): Map<string, string> {
  const headers = new Map<string, string>();
  for (const { key, line } of parsed.headerLines) {
    if (headers.has(key)) continue;
    const value = line.slice(line.indexOf(':') + 1).replace(/\r?\n[ \t]+/g, ' ');
    headers.set(key, value.trim());
  }
  return headers;
}

async function readAll(stream: SMTPServerDataStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * A real SMTP server on loopback (smtp-server, no TLS, no authentication) that keeps what it is sent, parsed with
 * mailparser, and can be told to refuse for a while, as a mail relay does when it is overloaded.
 */
export async function startSmtpTestServer(options: SmtpTestServerOptions = {}): Promise<SmtpTestServer> {
  const messages: ReceivedMail[] = [];
  let refuse: SmtpRefusal = options.refuse ?? (() => null);
  let refusals = 0;
  let waiters: (() => void)[] = [];
  const refused = (stage: SmtpStage): Error | null => {
    const reply = refuse(stage);
    if (reply === null) return null;
    refusals += 1;
    return refusalError(reply);
  };

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    banner: 'Bulwark test relay',
    onMailFrom(_address, _session, callback) {
      callback(refused('MAIL FROM'));
    },
    onData(stream, session, callback) {
      readAll(stream)
        .then(async (raw) => {
          const refusal = refused('DATA');
          if (refusal) return callback(refusal);
          const parsed = await simpleParser(raw);
          const envelopeFrom = session.envelope.mailFrom;
          messages.push({
            messageId: parsed.messageId ?? '',
            from: envelopeFrom ? envelopeFrom.address : '',
            to: session.envelope.rcptTo.map((recipient) => recipient.address),
            connection: session.id,
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: parsed.html || '',
            headers: headerMap(parsed),
            contentType: headerMap(parsed).get('content-type') ?? '',
            parsed,
            raw,
          });
          callback(null, `OK: queued as ${messages.length}`);
          for (const wake of waiters) wake();
        })
        .catch((error: unknown) => callback(error as Error));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;

  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    messages,
    get refusals() {
      return refusals;
    },
    waitFor(count, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (messages.length < count) return;
          clearTimeout(timer);
          waiters = waiters.filter((waiter) => waiter !== check);
          resolve(messages);
        };
        const timer = setTimeout(() => {
          waiters = waiters.filter((waiter) => waiter !== check);
          reject(new Error(`expected ${count} mails within ${timeoutMs} ms, got ${messages.length}`));
        }, timeoutMs);
        waiters.push(check);
        check();
      });
    },
    setRefusal(reply, at = 'MAIL FROM') {
      if (reply !== null) refusalError(reply); // fail here, not in the middle of a session
      refuse = (stage) => (reply !== null && stage === at ? reply : null);
    },
    close() {
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
