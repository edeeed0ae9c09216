import type { Viewer } from '@bulwark/client';
import { Command } from 'commander';
import { withContext } from '../cli-context';
import { writeJsonLine } from '../io/output';

export function whoamiCommand(): Command {
  return new Command('whoami')
    .description('who the server takes you for: kind, email or key, organization, clearance, roles')
    .option('--json', 'print the viewer as JSON')
    .action(async (options: { json?: boolean }, command: Command) => {
      const viewer = await withContext(command, (context) => context.client.viewer());
      if (options.json) writeJsonLine(viewer);
      else process.stdout.write(describeViewer(viewer));
    });
}

function describeViewer(viewer: Viewer): string {
  const lines: [string, string][] = [['kind', viewer.kind]];
  if (viewer.user) lines.push(['email', viewer.user.email], ['name', viewer.user.displayName]);
  if (viewer.apiKey) lines.push(['api key', viewer.apiKey.name]);
  if (viewer.organization)
    lines.push(['organization', `${viewer.organization.name} (${viewer.organization.shortName})`]);
  lines.push(['clearance', viewer.clearance], ['roles', viewer.roles.join(', ') || '-']);
  const width = Math.max(...lines.map(([label]) => label.length)) + 2;
  return lines.map(([label, value]) => `${`${label}:`.padEnd(width)}${value}\n`).join('');
}
