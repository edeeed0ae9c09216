import { Command } from 'commander';
import { describeFailure } from '../cli-error';
import { openContext } from '../cli-context';
import { CredentialsStore } from '../config/credentials-store';

export function logoutCommand(): Command {
  return new Command('logout')
    .description('end the session on the server and remove the credentials file')
    .action(async (_options: unknown, command: Command) => {
      const store = new CredentialsStore();
      let stored;
      try {
        stored = store.read();
      } catch {
        stored = undefined;
      }
      if (!stored) {
        store.remove();
        process.stdout.write('not signed in\n');
        return;
      }
      const context = openContext(command, { requireSignIn: false, useApiKey: false });
      try {
        if (context.auth === 'session') await context.client.signOut();
      } catch (error) {
        // The local copy goes anyway: the user asked to be signed out of this machine.
        process.stderr.write(`bulwark: the server did not end the session: ${describeFailure(error).message}\n`);
      } finally {
        await context.client.close();
        store.remove();
      }
      process.stdout.write(`signed out of ${stored.url}\n`);
    });
}
