import { verifyWebhook } from '@bulwark/client';
import { Command, InvalidArgumentError } from 'commander';
import { CliError, usageError } from '../cli-error';
import { ExitCode } from '../exit-codes';
import { writeJsonLine } from '../io/output';
import { readInputFile } from '../io/read-input';
import { styleFor } from '../io/terminal-style';
import { parseHeaderFile } from '../webhooks/header-file';

interface VerifyOptions {
  secret?: string[];
  body: string;
  headers: string;
  tolerance?: number;
  json?: boolean;
}

const REASONS: Readonly<Record<string, string>> = {
  MISSING_HEADERS: 'the Bulwark-Timestamp or Bulwark-Signature header is missing',
  BAD_TIMESTAMP: 'Bulwark-Timestamp is not a number of seconds',
  TIMESTAMP_OUT_OF_TOLERANCE: 'the timestamp is too far from now (a replay, or a clock off)',
  SIGNATURE_MISMATCH: 'no signature matches the body with this secret',
  MALFORMED_BODY: 'the body is not the JSON of an event',
};

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

function seconds(text: string): number {
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(value))
    throw new InvalidArgumentError('expected a whole number of seconds.');
  return value;
}

export function webhooksCommand(): Command {
  const verify = new Command('verify')
    .description('check that a recorded delivery was signed by Bulwark with your secret (offline)')
    .option(
      '--secret <secret>',
      'the signing secret (default $BULWARK_WEBHOOK_SECRET); repeat during a rotation',
      collect,
    )
    .requiredOption('--body <file>', 'the raw request body, byte for byte (- for standard input)')
    .requiredOption('--headers <file>', 'the request headers: "Name: value" lines, or a JSON object')
    .option('--tolerance <seconds>', 'how old the timestamp may be (default 300)', seconds)
    .option('--json', 'print the verdict as JSON')
    .action(async (options: VerifyOptions) => {
      const secrets = options.secret?.length ? options.secret : envSecret();
      if (options.body === '-' && options.headers === '-') throw usageError('--body and --headers cannot both be -');
      const body = await readInputFile(options.body, '--body');
      const headers = parseHeaderFile((await readInputFile(options.headers, '--headers')).toString('utf8'));
      const verdict = await verifyWebhook(new Uint8Array(body), headers, secrets, {
        toleranceSeconds: options.tolerance,
      });
      const style = styleFor(process.stdout);
      if (verdict.ok) {
        if (options.json) writeJsonLine({ valid: true, timestamp: verdict.timestamp, event: verdict.event });
        else {
          const { type, sequence } = verdict.event as { type?: unknown; sequence?: unknown };
          const signedAt = new Date(verdict.timestamp * 1000).toISOString();
          process.stdout.write(
            `${style.green('valid')}: ${String(type)} event ${String(sequence)}, signed ${signedAt}\n`,
          );
        }
        return;
      }
      if (options.json) writeJsonLine({ valid: false, reason: verdict.reason });
      else process.stdout.write(`${style.red('invalid')}: ${verdict.reason} (${REASONS[verdict.reason] ?? ''})\n`);
      throw new CliError('', ExitCode.WEBHOOK_INVALID);
    });
  return new Command('webhooks').description('tools for webhook receivers').addCommand(verify);
}

function envSecret(): string[] {
  const secret = process.env['BULWARK_WEBHOOK_SECRET'];
  if (!secret) throw usageError('--secret or BULWARK_WEBHOOK_SECRET is required');
  return [secret];
}
