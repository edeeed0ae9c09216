import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { DatabaseEngine, MailSettings } from './app-config';
import type { EnvironmentVariables } from './environment-variables';

/** A configuration problem, worded for one line on the console (load-config.ts prefixes it). */
export class MailConfigError extends Error {}

/**
 * Where mail goes without SMTP_URL: one .eml file per mail, by default in `<data dir>-mail` beside the embedded
 * database (as its key file is `<data dir>.secret-key`), so two servers on two data directories never share one.
 */
function mailDirectory(vars: EnvironmentVariables, database: DatabaseEngine): string {
  if (vars.MAIL_DIR) return resolve(vars.MAIL_DIR);
  if (database.kind === 'pglite-dir') return `${database.dataDir}-mail`;
  if (database.kind === 'pglite-memory') return join(tmpdir(), 'bulwark-mail');
  return resolve('data/mail');
}

/**
 * E-mail notifications (docs/notifications.md): SMTP_URL sends through a server; without it every mail is written
 * to a file, so a fresh machine shows what would have been sent.
 */
export function mailSettings(vars: EnvironmentVariables, database: DatabaseEngine, publicUrl: string): MailSettings {
  if (vars.SMTP_URL && !/^smtps?:\/\/[^\s]+$/.test(vars.SMTP_URL))
    throw new MailConfigError('SMTP_URL must be an smtp:// or smtps:// address');
  if (vars.MAIL_RETRY_BASE_MS > vars.MAIL_RETRY_CAP_MS)
    throw new MailConfigError('MAIL_RETRY_BASE_MS must be at most MAIL_RETRY_CAP_MS');
  const host = new URL(publicUrl).hostname;
  return {
    transport: vars.SMTP_URL
      ? { kind: 'smtp', url: vars.SMTP_URL }
      : { kind: 'files', directory: mailDirectory(vars, database) },
    from: vars.MAIL_FROM ?? `Bulwark <bulwark@${host}>`,
    messageIdDomain: host,
    coalesceMs: vars.MAIL_COALESCE_SECONDS * 1000,
    pollMs: vars.MAIL_POLL_MS,
    sendTimeoutMs: vars.MAIL_SEND_TIMEOUT_MS,
    retryBaseMs: vars.MAIL_RETRY_BASE_MS,
    retryCapMs: vars.MAIL_RETRY_CAP_MS,
    maxAttempts: vars.MAIL_MAX_ATTEMPTS,
  };
}
