import { SMTPServer } from 'smtp-server';

/** One message as the sink took it: when its DATA ended, its Message-ID header, its envelope recipients, its size. */
export interface ReceivedMail {
  at: number;
  messageId: string | null;
  to: string[];
  bytes: number;
}

/**
 * A local SMTP server that accepts every message and remembers when each arrived. No TLS and no AUTH are offered,
 * so nodemailer talks plain SMTP on loopback; nothing is stored but the header that names the message.
 */
export class SmtpSink {
  readonly received: ReceivedMail[] = [];
  /** The first message whole, to resend as the baseline's payload. */
  sample: Buffer | null = null;
  private waiter: { count: number; resolve: () => void } | null = null;

  private constructor(
    private readonly server: SMTPServer,
    readonly port: number,
  ) {}

  static async start(): Promise<SmtpSink> {
    let sink: SmtpSink | null = null;
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      maxClients: 100,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const message = Buffer.concat(chunks);
          sink?.take(
            message,
            session.envelope.rcptTo.map((r) => r.address),
          );
          callback();
        });
      },
    });
    const port = await new Promise<number>((resolve, reject) => {
      server.server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        const address = server.server.address();
        resolve(typeof address === 'object' && address ? address.port : 0);
      });
    });
    sink = new SmtpSink(server, port);
    return sink;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** Forgets what arrived so far. */
  reset(): void {
    this.received.length = 0;
  }

  /** Resolves once `count` messages have arrived, or after `timeoutMs` (the caller counts what did). */
  waitFor(count: number, timeoutMs: number): Promise<void> {
    if (this.received.length >= count) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiter = null;
        resolve();
      }, timeoutMs);
      this.waiter = {
        count,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      };
    });
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private take(message: Buffer, to: string[]): void {
    const at = performance.timeOrigin + performance.now();
    this.sample ??= message;
    const end = message.indexOf('\r\n\r\n');
    const header = message.subarray(0, end < 0 ? message.length : end).toString('utf8');
    const messageId = /^message-id:\s*(<[^>\r\n]+>)/im.exec(header)?.[1] ?? null;
    this.received.push({ at, messageId, to, bytes: message.length });
    if (this.waiter && this.received.length >= this.waiter.count) {
      const { resolve } = this.waiter;
      this.waiter = null;
      resolve();
    }
  }
}
