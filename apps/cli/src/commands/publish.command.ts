import type { Bulletin, BulwarkClient, CreateBulletinInput, Viewer } from '@bulwark/client';
import { Command } from 'commander';
import { CliError, describeFailure } from '../cli-error';
import { withContext } from '../cli-context';
import { readInputFile } from '../io/read-input';
import { writeJsonLine } from '../io/output';
import { type BulletinDocument, parseBulletinDocument } from '../publish/front-matter';
import { NameResolver } from '../publish/name-resolver';

/** Tiers a publisher may release alone; AMBER_STRICT and RED need a second publisher (R10). */
const RELEASED_BY_THE_AUTHOR = new Set(['CLEAR', 'GREEN', 'AMBER']);

interface PublishOptions {
  json?: boolean;
  submitOnly?: boolean;
}

export function publishCommand(): Command {
  return new Command('publish')
    .description(
      'create a bulletin from a Markdown file with YAML front matter and submit it; a publisher of a CLEAR, GREEN or AMBER bulletin also publishes it',
    )
    .argument('<file>', 'the Markdown file (- for standard input)')
    .option('--submit-only', 'submit it for review without publishing, even when you could publish it')
    .option('--json', 'print the bulletin as JSON')
    .action(async (file: string, options: PublishOptions, command: Command) => {
      // The file is checked before anything reaches the server: a bad field leaves no draft behind.
      const document = parseBulletinDocument((await readInputFile(file, 'publish')).toString('utf8'));
      const bulletin = await withContext(command, (context) => publish(context.client, document, options));
      if (options.json) writeJsonLine(bulletin);
      else if (bulletin.status === 'PUBLISHED') process.stdout.write(`${bulletin.reference ?? bulletin.id}\n`);
      else process.stdout.write(`${bulletin.id} ${bulletin.status}\n`);
    });
}

async function publish(client: BulwarkClient, document: BulletinDocument, options: PublishOptions): Promise<Bulletin> {
  const viewer = await client.viewer();
  const resolver = new NameResolver(client);
  const draft = await client.createDraft(await draftInput(resolver, document));
  const approver = document.approver;
  const approverUserId = approver
    ? await stepOnDraft(draft, 'naming the approver', () => resolver.approverId(draft.id, approver))
    : undefined;
  const submitted = await stepOnDraft(draft, 'submitting', () =>
    client.submit({ id: draft.id, approverUserId, expectedVersion: draft.version }),
  );
  if (options.submitOnly) {
    process.stderr.write(`bulwark: submitted for review (--submit-only)\n`);
    return submitted;
  }
  if (!mayPublish(viewer)) {
    process.stderr.write('bulwark: submitted for review: a publisher of your organization releases it\n');
    return submitted;
  }
  if (!RELEASED_BY_THE_AUTHOR.has(document.tier)) {
    process.stderr.write(
      `bulwark: submitted for review: a ${document.tier} bulletin is released by a publisher other than its author` +
        `${document.approver ? ` (${document.approver})` : ''}\n`,
    );
    return submitted;
  }
  return stepOnDraft(draft, 'publishing', () => client.publish({ id: draft.id, expectedVersion: submitted.version }));
}

function mayPublish(viewer: Viewer): boolean {
  return (viewer.permissions as readonly string[]).includes('BULLETIN_PUBLISH');
}

/** A step after the draft exists: on failure, say which draft is left so the user can finish it elsewhere. */
async function stepOnDraft<T>(draft: Bulletin, step: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const failure = describeFailure(error);
    throw new CliError(`draft ${draft.id} created, but ${step} failed: ${failure.message}`, failure.exitCode);
  }
}

async function draftInput(resolver: NameResolver, document: BulletinDocument): Promise<CreateBulletinInput> {
  const input: CreateBulletinInput = {
    title: document.title,
    summary: document.summary,
    body: document.body,
    tier: document.tier,
    severity: document.severity,
    category: document.category,
  };
  if (document.jurisdictions) input.jurisdictions = document.jurisdictions;
  if (document.tags) input.tags = document.tags;
  if (document.references) input.references = document.references;
  if (document.indicators) input.indicators = document.indicators;
  if (document.expiresAt) input.expiresAt = document.expiresAt;
  if (document.originators)
    input.originatorOrganizationIds = await resolver.organizationIds('originators', document.originators);
  if (document.recipients?.length)
    return { ...input, ...(await resolver.audience(document.tier, document.recipients)) };
  return input;
}
