import type { AmendBulletinInput, Bulletin, BulwarkClient } from '@bulwark/client';
import { Command } from 'commander';
import { usageError } from '../cli-error';
import { withContext } from '../cli-context';
import { readInputFile } from '../io/read-input';
import { writeJsonLine } from '../io/output';
import { type AmendmentDocument, parseAmendmentDocument } from '../publish/front-matter';
import { NameResolver } from '../publish/name-resolver';
import { findBulletin } from './bulletins.command';

interface AmendOptions {
  note?: string;
  json?: boolean;
}

export function amendCommand(): Command {
  return new Command('amend')
    .description(
      'amend a published bulletin from a Markdown file: the front matter fields it has and a non-empty body replace the bulletin’s; into AMBER_STRICT or RED it waits for a second publisher',
    )
    .argument('<ref>', 'the bulletin’s reference (CISA-2026-0002) or id')
    .argument('<file>', 'the Markdown file (- for standard input)')
    .option('--note <text>', 'what changed and why, shown to readers (else the front matter’s changeNote)')
    .option('--json', 'print the bulletin as JSON')
    .action(async (ref: string, file: string, options: AmendOptions, command: Command) => {
      const document = parseAmendmentDocument((await readInputFile(file, 'amend')).toString('utf8'));
      const changeNote = (options.note ?? document.changeNote)?.trim();
      if (!changeNote) throw usageError('amend: say what changed with --note or the front matter’s changeNote');
      const { changeNote: _note, ...changes } = document;
      if (Object.keys(changes).length === 0)
        throw usageError('amend: nothing to change: give a front matter field or a body');
      const { before, after } = await withContext(command, async ({ client }) => {
        const before = await findBulletin(client, ref);
        return { before, after: await amend(client, before, changes, changeNote) };
      });
      if (options.json) writeJsonLine(after);
      else if (after.revision > before.revision)
        process.stdout.write(`${after.reference ?? after.id} revision ${after.revision}\n`);
      else {
        process.stdout.write(`${after.reference ?? after.id} amendment ${after.revision + 1} IN_REVIEW\n`);
        process.stderr.write(
          'bulwark: the amendment waits for a second publisher; readers still see the current one\n',
        );
      }
    });
}

async function amend(
  client: BulwarkClient,
  bulletin: Bulletin,
  changes: Omit<AmendmentDocument, 'changeNote'>,
  changeNote: string,
): Promise<Bulletin> {
  const resolver = new NameResolver(client);
  // The parsed document holds only the fields given, named as the API names them.
  const { recipients, approver, ...content } = changes;
  const tier = changes.tier ?? bulletin.tier;
  const input: AmendBulletinInput = { id: bulletin.id, expectedRevision: bulletin.revision, changeNote, ...content };
  if (recipients) Object.assign(input, await resolver.audience(tier, recipients));
  if (approver) input.approverUserId = await resolver.approverId(bulletin.id, approver, tier);
  return client.amend(input);
}
