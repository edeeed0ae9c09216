import type { MailSettings } from './app-config';

/** `smtp://user:secret@relay:587` → `relay:587`: where mail goes, without credentials, for the console. */
export function smtpAddress(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || (parsed.protocol === 'smtps:' ? '465' : '587')}`;
}

/** For the start banner and the "listening" log line. */
export function mailDestination(settings: MailSettings): string {
  return settings.transport.kind === 'smtp'
    ? `SMTP ${smtpAddress(settings.transport.url)}`
    : `written to files in ${settings.transport.directory} (no SMTP_URL)`;
}
