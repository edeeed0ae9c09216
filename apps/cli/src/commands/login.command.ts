import { BulwarkClient, type SecondFactorAnswer } from '@bulwark/client';
import { Command } from 'commander';
import WebSocket from 'ws';
import { usageError } from '../cli-error';
import { persistSession, serverUrl } from '../cli-context';
import { CredentialsStore } from '../config/credentials-store';
import { ask, askSecret } from '../io/prompt';
import { readStdin } from '../io/read-input';
import { CLI_VERSION } from '../version';

interface LoginOptions {
  email?: string;
  passwordStdin?: boolean;
  code?: string;
  recoveryCode?: string;
}

export function loginCommand(): Command {
  return new Command('login')
    .description('sign in with email and password and keep the session in the credentials file')
    .option('--email <email>', 'your email (asked for when not given)')
    .option('--password-stdin', 'read the password from standard input instead of asking for it')
    .option('--code <code>', 'the code from your authenticator app, when the server asks for a second factor')
    .option('--recovery-code <code>', 'a recovery code instead of the authenticator app')
    .action(async (options: LoginOptions, command: Command) => {
      const store = new CredentialsStore();
      const url = serverUrl(command, store.readIfValid());
      const email = options.email ?? (await ask('Email: ', '--email'));
      if (!email) throw usageError('--email: empty');
      const password = options.passwordStdin
        ? (await readStdin()).replace(/\r?\n$/, '')
        : await askSecret('Password: ', '--password-stdin');
      if (!password) throw usageError('password: empty');

      const client = new BulwarkClient({
        url,
        webSocketImpl: WebSocket,
        userAgent: `bulwark-cli/${CLI_VERSION}`,
        onSession: persistSession(store, url, email),
      });
      try {
        const viewer = await client.signIn({ email, password, secondFactor: () => secondFactor(options) });
        const organization = viewer.organization ? ` (${viewer.organization.name})` : '';
        process.stdout.write(`signed in to ${url} as ${viewer.user?.email ?? email}${organization}\n`);
        if (process.env['BULWARK_API_KEY'])
          process.stderr.write('bulwark: note: BULWARK_API_KEY is set, so commands use the key, not this sign-in\n');
      } finally {
        await client.close();
      }
    });
}

async function secondFactor(options: LoginOptions): Promise<SecondFactorAnswer> {
  if (options.recoveryCode) return { recoveryCode: options.recoveryCode.trim() };
  const code = options.code ?? (await ask('Code from your authenticator app: ', '--code'));
  return { totpCode: code.replace(/\s+/g, '') };
}
