import { Command } from 'commander';
import { amendCommand } from './commands/amend.command';
import { bulletinsCommand } from './commands/bulletins.command';
import { exportCommand } from './commands/export.command';
import { loginCommand } from './commands/login.command';
import { logoutCommand } from './commands/logout.command';
import { publishCommand } from './commands/publish.command';
import { retractCommand } from './commands/retract.command';
import { searchCommand } from './commands/search.command';
import { tailCommand } from './commands/tail.command';
import { webhooksCommand } from './commands/webhooks.command';
import { whoamiCommand } from './commands/whoami.command';
import { CLI_VERSION } from './version';

const EXIT_CODES_HELP = `
Exit codes:
  0 ok                       5 not found (or not yours to read)
  1 unexpected error         6 server unreachable
  2 bad usage or input       7 webhook signature invalid
  3 not signed in            8 conflict: read again and retry
  4 forbidden                9 rate limited: wait and retry
                            10 query too complex: ask for less

Environment: BULWARK_URL, BULWARK_API_KEY (use a key instead of signing in), BULWARK_CONFIG_DIR,
BULWARK_WEBHOOK_SECRET, NO_COLOR.`;

/** Commander's own errors (a bad flag) as one `bulwark: …` line, like every other error. */
function oneLineError(text: string, write: (text: string) => void): void {
  write(
    `bulwark: ${text
      .replace(/^error: /, '')
      .replace(/\s*\n\s*/g, ' ')
      .trim()}\n`,
  );
}

/** Settings every command needs; `addCommand` does not pass them down, so they are applied to the whole tree. */
function applyToTree(command: Command): void {
  command
    .exitOverride()
    .configureOutput({ outputError: oneLineError })
    .showSuggestionAfterError(true)
    .helpOption('-h, --help', 'show help for this command');
  for (const sub of command.commands) applyToTree(sub);
}

export function buildProgram(): Command {
  const program = new Command('bulwark')
    .description('Bulwark threat-bulletin exchange, from the command line')
    .version(CLI_VERSION, '-V, --version', 'print the version')
    .option(
      '--url <url>',
      'the server (default $BULWARK_URL, else the one you signed in to, else http://127.0.0.1:3000)',
    )
    .addHelpText('after', EXIT_CODES_HELP)
    .addCommand(loginCommand())
    .addCommand(logoutCommand())
    .addCommand(whoamiCommand())
    .addCommand(bulletinsCommand())
    .addCommand(searchCommand())
    .addCommand(tailCommand())
    .addCommand(publishCommand())
    .addCommand(amendCommand())
    .addCommand(retractCommand())
    .addCommand(exportCommand())
    .addCommand(webhooksCommand());
  applyToTree(program);
  return program;
}
