import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { SendMailOptions } from 'nodemailer/lib/mailer';
import { APP_CONFIG, type AppConfig } from '@api/config/app-config';
import { tlpMarking } from './mail-templates';
import type { ComposedMail } from './mail-types';

/** A composed mail with the identity its outbox row gave it. */
export interface OutgoingMail extends ComposedMail {
  /** The outbox row's id: the file name of a mail written to a directory. */
  readonly mailId: string;
  readonly messageId: string;
}

/**
 * What became of one attempt. `response` is the server's answer (or the connection error) for the delivery record;
 * `permanent` is a 5xx answer, which no retry will change.
 */
export type SendResult =
  | { readonly ok: true; readonly response: string }
  | { readonly ok: false; readonly permanent: boolean; readonly response: string };

/** The message as MailComposer and nodemailer's SMTP transport both take it. */
export function messageOptions(from: string, mail: OutgoingMail): SendMailOptions {
  const headers: Record<string, string> = {
    'Auto-Submitted': 'auto-generated',
    'X-Auto-Response-Suppress': 'All',
    'X-Bulwark-TLP': tlpMarking(mail.tier),
  };
  if (mail.unsubscribeUrl) {
    headers['List-Unsubscribe'] = `<${mail.unsubscribeUrl}>`;
    headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
  }
  return {
    from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    messageId: mail.messageId,
    date: new Date(),
    headers,
  };
}

/** nodemailer's error for a refused or failed send: an SMTP reply when the server gave one. */
interface SmtpError {
  readonly message: string;
  readonly response?: string;
  readonly responseCode?: number;
}

function failure(error: unknown): SendResult {
  const { message, response, responseCode } = error as SmtpError;
  const permanent = typeof responseCode === 'number' && responseCode >= 500 && responseCode < 600;
  return { ok: false, permanent, response: (response ?? message).slice(0, 500) };
}

/** Mails sent at once (MailDispatcher's lanes), each on its own SMTP connection of the pool. */
export const SEND_LANES = 4;

/**
 * Hands a composed mail to SMTP_URL's server (a pool of SEND_LANES connections, reused while mail keeps coming) or, without
 * SMTP_URL, writes it as `<mail id>.eml` to the mail directory. Every mail is multipart/alternative (text and
 * HTML) with the outbox row's Message-ID, so a resend after a crash is recognised as the same message.
 */
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  private smtp: Transporter | null = null;
  private directoryReady: Promise<void> | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async send(mail: OutgoingMail): Promise<SendResult> {
    const options = messageOptions(this.config.mail.from, mail);
    const { transport } = this.config.mail;
    try {
      if (transport.kind === 'files') return await this.writeFile(transport.directory, mail.mailId, options);
      const info = (await this.transporter(transport.url).sendMail(options)) as { response?: string };
      return { ok: true, response: (info.response ?? 'accepted').slice(0, 500) };
    } catch (error) {
      return failure(error);
    }
  }

  onApplicationShutdown(): void {
    this.smtp?.close();
    this.smtp = null;
  }

  private transporter(url: string): Transporter {
    const timeout = this.config.mail.sendTimeoutMs;
    this.smtp ??= createTransport({
      url,
      pool: true,
      maxConnections: SEND_LANES,
      // A send the connection dropped is our retry's to make (with backoff, on the record), not the pool's.
      maxRequeues: 0,
      connectionTimeout: timeout,
      greetingTimeout: timeout,
      socketTimeout: timeout,
      dnsTimeout: timeout,
    });
    return this.smtp;
  }

  private async writeFile(directory: string, mailId: string, options: SendMailOptions): Promise<SendResult> {
    this.directoryReady ??= mkdir(directory, { recursive: true, mode: 0o700 }).then(() => undefined);
    try {
      await this.directoryReady;
    } catch (error) {
      this.directoryReady = null;
      throw error;
    }
    const message = await new MailComposer(options).compile().build();
    const file = join(directory, `${mailId}.eml`);
    // Mail may carry what only its recipient may read: the file is the server account's alone.
    await writeFile(file, message, { mode: 0o600 });
    // The record is shown to its recipient: the file's name, not where the server keeps its files.
    return { ok: true, response: `Written to the mail directory as ${mailId}.eml (no SMTP_URL)` };
  }
}
