import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TOTP_SECRET } from '../support/black-box-sign-in';
import { freePort, graphql, MAIN, runServer, type ServerProcess, signIn, tempDataDir } from '../support/server-process';
import { CLI, eventually, runCli, startCli, tempCliHome } from './support/cli-process';
import { parseCsv } from './support/csv';

const PASSWORD = 'demo-password';

interface TailEvent {
  sequence: number;
  type: string;
  bulletin: { reference: string; title: string };
}

const parseEvent = (line: string) => JSON.parse(line) as TailEvent;

function totpCode(): string {
  return TOTP.generate({ secret: Secret.fromBase32(DEMO_TOTP_SECRET) });
}

function bulletinFile(fields: Record<string, unknown> | string, body = 'Block the domain at the resolver.\n') {
  const front =
    typeof fields === 'string'
      ? fields
      : Object.entries(fields)
          .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
          .join('\n');
  return `---\n${front}\n---\n\n${body}`;
}

describe('bulwark, the built command line, against the built server', () => {
  const data = tempDataDir();
  const publisher = tempCliHome();
  let server: ServerProcess;
  let env: Record<string, string>;
  const homes = [publisher];

  function file(name: string, content: string): string {
    const path = join(publisher.path, name);
    writeFileSync(path, content);
    return path;
  }

  async function publish(title: string, extra: Record<string, unknown> = {}): Promise<string> {
    const path = file(
      `${title.replace(/\W+/g, '-')}.md`,
      bulletinFile({
        title,
        summary: 'Made by the CLI test',
        tier: 'GREEN',
        severity: 'HIGH',
        category: 'CYBER_THREAT',
        ...extra,
      }),
    );
    const result = await runCli(['publish', path], env);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    return result.stdout.trim();
  }

  beforeAll(async () => {
    if (!existsSync(MAIN) || !existsSync(CLI)) throw new Error('build first: npm run build && npx nx run cli:build');
    server = runServer({ BULWARK_DATA_DIR: data.path }, await freePort());
    await server.waitUntilReady();
    env = { ...publisher.env, BULWARK_URL: server.url };
    const login = await runCli(
      ['login', '--email', 'publisher@cisa.demo', '--password-stdin', '--code', totpCode()],
      env,
      `${PASSWORD}\n`,
    );
    if (login.code !== 0) throw new Error(`login failed: ${login.stderr}`);
  });
  afterAll(async () => {
    await server?.stop('SIGKILL');
    data.remove();
    homes.forEach((home) => home.remove());
  });

  it('signs in with --password-stdin and --code, keeps the session only the user may read, and whoami answers', async () => {
    const home = tempCliHome();
    homes.push(home);
    const own = { ...home.env, BULWARK_URL: server.url };
    const login = await runCli(
      ['login', '--email', 'publisher@fbi.demo', '--password-stdin', '--code', totpCode()],
      own,
      `${PASSWORD}\n`,
    );
    expect(login.stderr).toBe('');
    expect(login.code).toBe(0);
    expect(login.stdout).toMatch(/^signed in to http:\/\/127\.0\.0\.1:\d+ as publisher@fbi\.demo/);

    const path = join(home.env['BULWARK_CONFIG_DIR'], 'credentials.json');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(home.env['BULWARK_CONFIG_DIR']).mode & 0o777).toBe(0o700);
    const stored = JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>;
    expect(stored).toMatchObject({ url: server.url, email: 'publisher@fbi.demo' });
    expect(stored['refreshToken']).toBeTruthy();

    const whoami = await runCli(['whoami', '--json'], own);
    expect(whoami.code).toBe(0);
    expect(JSON.parse(whoami.stdout)).toMatchObject({
      kind: 'USER',
      user: { email: 'publisher@fbi.demo' },
      organization: { shortName: 'FBI' },
      roles: ['PUBLISHER'],
    });
    // The refresh token rotated on resuming, and the new one was written back: the old one no longer works.
    const rotated = JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>;
    expect(rotated['refreshToken']).not.toBe(stored['refreshToken']);
    expect(statSync(path).mode & 0o777).toBe(0o600);

    const text = await runCli(['whoami'], own);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('email:        publisher@fbi.demo');
    expect(text.stdout).toMatch(/organization: .+ \(FBI\)/);

    const wrong = await runCli(
      ['login', '--email', 'publisher@fbi.demo', '--password-stdin'],
      own,
      'not-the-password\n',
    );
    expect(wrong.code).toBe(3);
    expect(wrong.stderr.split('\n')).toHaveLength(2); // one line, then the final newline

    const logout = await runCli(['logout'], own);
    expect(logout.code).toBe(0);
    expect(existsSync(path)).toBe(false);
    const after = await runCli(['whoami'], own);
    expect(after.code).toBe(3);
    expect(after.stderr).toBe('bulwark: not signed in: run bulwark login, or set BULWARK_API_KEY\n');
  });

  it('publishes a Markdown file with front matter, prints its reference, and bulletins show finds it', async () => {
    const path = file(
      'phishing.md',
      `---
title: Phishing wave against county clerks
summary: Credential phishing with a fake state portal
tier: green
severity: high
category: CYBER_THREAT
jurisdictions: [GA]
tags: [phishing, cli-test]
references: [https://example.gov/advisory]
indicators:
  - domain: sos-ga-verify.example
  - { type: IPV4, value: 198.51.100.23 }
---

# What happened

Block the domain and the address.
`,
    );
    const result = await runCli(['publish', path], env);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const reference = result.stdout.trim();
    expect(reference).toMatch(/^CISA-\d{4}-\d{4}$/);

    const shown = await runCli(['bulletins', 'show', reference], env);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('Phishing wave against county clerks');
    expect(shown.stdout).toContain(`reference:     ${reference}`);
    expect(shown.stdout).toContain('DOMAIN  sos-ga-verify.example');
    expect(shown.stdout).toContain('# What happened');

    const json = await runCli(['bulletins', 'show', reference.toLowerCase(), '--json'], env);
    expect(JSON.parse(json.stdout)).toMatchObject({
      reference,
      status: 'PUBLISHED',
      tier: 'GREEN',
      jurisdictions: ['GA'],
      tags: ['phishing', 'cli-test'],
      indicators: expect.arrayContaining([{ type: 'IPV4', value: '198.51.100.23' }]) as unknown,
    });

    const listed = await runCli(['bulletins', 'list', '--tag', 'cli-test', '--json'], env);
    expect(
      listed.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { reference: string }),
    ).toEqual([expect.objectContaining({ reference })]);
    const table = await runCli(['bulletins', 'list', '--tag', 'cli-test'], env);
    expect(table.stdout.split('\n')[0]).toMatch(/^REFERENCE\s+PUBLISHED\s+TIER\s+SEVERITY\s+STATUS\s+TITLE$/);
    expect(table.stdout).toContain(reference);

    const missing = await runCli(['bulletins', 'show', 'CISA-1999-0001'], env);
    expect(missing.code).toBe(5);
    expect(missing.stderr).toBe('bulwark: no bulletin CISA-1999-0001 that you may read\n');
  });

  it('resolves recipients by short name: AMBER is published, AMBER_STRICT waits for a second publisher', async () => {
    const amber = await publish('AMBER to Fulton County', { tier: 'AMBER', recipients: ['GA-FULTON'] });
    expect(amber).toMatch(/^CISA-\d{4}-\d{4}$/);

    const strictPath = file(
      'strict.md',
      bulletinFile({
        title: 'AMBER+STRICT to the MS-ISAC',
        summary: 'Needs two publishers',
        tier: 'AMBER+STRICT',
        severity: 'CRITICAL',
        category: 'VULNERABILITY',
        recipients: ['ms-isac'],
      }),
    );
    const strict = await runCli(['publish', strictPath], env);
    expect(strict.code).toBe(0);
    expect(strict.stdout).toMatch(/^[0-9a-f-]{36} IN_REVIEW\n$/);
    expect(strict.stderr).toContain('released by a publisher other than its author');

    const unknown = await runCli(
      [
        'publish',
        file(
          'unknown.md',
          bulletinFile({
            title: 't',
            summary: 's',
            tier: 'AMBER',
            severity: 'LOW',
            category: 'GENERAL',
            recipients: ['NO-SUCH-ORG'],
          }),
        ),
      ],
      env,
    );
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe(
      'bulwark: front matter: recipients: no organization with the short name or name "NO-SUCH-ORG"\n',
    );
  });

  it('amends a published bulletin from a file and retracts it with a reason; refuses what would change nothing', async () => {
    const reference = await publish('Scanning of registration look-ups', { tags: ['cli-amend'] });
    const changes = file(
      'amendment.md',
      bulletinFile({ title: 'Scanning of registration look-ups, two more states', severity: 'CRITICAL' }, ''),
    );
    const amended = await runCli(['amend', reference, changes, '--note', 'Two more states saw it'], env);
    expect(amended.stderr).toBe('');
    expect(amended.code).toBe(0);
    expect(amended.stdout).toBe(`${reference} revision 2\n`);
    const shown = JSON.parse((await runCli(['bulletins', 'show', reference, '--json'], env)).stdout) as Record<
      string,
      unknown
    >;
    expect(shown).toMatchObject({
      title: 'Scanning of registration look-ups, two more states',
      severity: 'CRITICAL',
      revision: 2,
      changeNote: 'Two more states saw it',
      summary: 'Made by the CLI test',
      body: 'Block the domain at the resolver.',
    });

    // Refused before anything reaches the server: no change note, nothing to change, an unknown field.
    const noNote = await runCli(['amend', reference, changes], env);
    expect([noNote.code, noNote.stderr]).toEqual([
      2,
      'bulwark: amend: say what changed with --note or the front matter’s changeNote\n',
    ]);
    const empty = await runCli(
      ['amend', reference, file('empty.md', bulletinFile({ changeNote: 'nothing' }, ''))],
      env,
    );
    expect([empty.code, empty.stderr]).toEqual([
      2,
      'bulwark: amend: nothing to change: give a front matter field or a body\n',
    ]);
    const unknown = await runCli(
      ['amend', reference, file('originators.md', bulletinFile({ originators: ['FBI'] }, 'New text.')), '--note', 'x'],
      env,
    );
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(
      /^bulwark: front matter: originators: unknown field \(known: title, .*changeNote\)\n$/,
    );

    const noReason = await runCli(['retract', reference], env);
    expect([noReason.code, noReason.stderr]).toEqual([
      2,
      'bulwark: retract: --reason is required: readers are told why the bulletin is withdrawn\n',
    ]);
    const retracted = await runCli(['retract', reference.toLowerCase(), '--reason', 'Sensor misconfiguration'], env);
    expect(retracted.stderr).toBe('');
    expect([retracted.code, retracted.stdout]).toEqual([0, `${reference} RETRACTED\n`]);
    expect(JSON.parse((await runCli(['bulletins', 'show', reference, '--json'], env)).stdout)).toMatchObject({
      status: 'RETRACTED',
      retractionReason: 'Sensor misconfiguration',
    });
    // A retracted bulletin is not amended: the server's refusal (CONFLICT, exit 8), on one line.
    const late = await runCli(['amend', reference, changes, '--note', 'too late'], env);
    expect(late.code).toBe(8);
    expect(late.stderr).toMatch(/^bulwark: Only a published bulletin can be amended\..*\n$/);
    expect(late.stdout).toBe('');
  });

  it('refuses bad front matter with exit code 2 and one line naming the field, and a bad flag on one line', async () => {
    const cases: [string, string, RegExp][] = [
      [
        'bad-tier.md',
        bulletinFile({ title: 'T', summary: 'S', tier: 'PURPLE', severity: 'LOW', category: 'GENERAL' }),
        /^bulwark: front matter: tier: "PURPLE" is not one of /,
      ],
      [
        'no-title.md',
        bulletinFile({ summary: 'S', tier: 'GREEN', severity: 'LOW', category: 'GENERAL' }),
        /^bulwark: front matter: title: required\n$/,
      ],
      [
        'unknown.md',
        bulletinFile({ title: 'T', summary: 'S', tier: 'GREEN', severity: 'LOW', category: 'GENERAL', colour: 'red' }),
        /^bulwark: front matter: colour: unknown field/,
      ],
      [
        'bad-indicator.md',
        bulletinFile('title: T\nsummary: S\ntier: GREEN\nseverity: LOW\ncategory: GENERAL\nindicators:\n  - md6: abc'),
        /^bulwark: front matter: indicators: item 1: "md6" is not one of /,
      ],
      [
        'red.md',
        bulletinFile({
          title: 'T',
          summary: 'S',
          tier: 'RED',
          severity: 'LOW',
          category: 'GENERAL',
          recipients: ['publisher@fbi.demo'],
        }),
        /^bulwark: front matter: approver: required for RED/,
      ],
      ['yaml.md', '---\ntitle: [unclosed\n---\nbody\n', /^bulwark: front matter: not valid YAML/],
      ['none.md', 'just text\n', /^bulwark: front matter: the file must start with a --- line\n$/],
    ];
    for (const [name, content, message] of cases) {
      const result = await runCli(['publish', file(name, content)], env);
      expect({ name, code: result.code, stdout: result.stdout }).toEqual({ name, code: 2, stdout: '' });
      expect(result.stderr).toMatch(message);
      expect(result.stderr.split('\n')).toHaveLength(2);
    }
    const flag = await runCli(['bulletins', 'list', '--colour'], env);
    expect(flag.code).not.toBe(0);
    expect(flag.stderr).toBe("bulwark: unknown option '--colour'\n");
    const value = await runCli(['bulletins', 'list', '--limit', 'many'], env);
    expect(value.code).toBe(2);
    expect(value.stderr.split('\n')).toHaveLength(2);
  });

  it('exports CSV that parses back to the bulletins, quotes and line breaks included', async () => {
    const title = 'Quoted, "tricky" title';
    const reference = await publish(title, { summary: 'line one\nline two, with a comma', tags: ['csv-test'] });
    const output = join(publisher.path, 'export.csv');
    const result = await runCli(['export', '--format', 'csv', '--tag', 'csv-test', '--output', output], env);
    expect(result.code).toBe(0);
    const rows = parseCsv(readFileSync(output, 'utf8'));
    const [header, ...records] = rows;
    expect(header?.slice(0, 9)).toEqual([
      'reference',
      'id',
      'status',
      'revision',
      'tier',
      'severity',
      'category',
      'title',
      'summary',
    ]);
    expect(records).toHaveLength(1);
    const record = Object.fromEntries(header.map((name, index) => [name, records[0][index]]));
    expect(record).toMatchObject({
      reference,
      title,
      summary: 'line one\nline two, with a comma',
      tags: 'csv-test',
      originators: 'CISA',
      status: 'PUBLISHED',
    });

    const all = await runCli(['export', '--format', 'csv', '--limit', '3'], env);
    expect(parseCsv(all.stdout)).toHaveLength(4);

    const stix = await runCli(['export', '--format', 'stix', '--tag', 'csv-test'], env);
    expect(stix.code).toBe(0);
    const bundles = stix.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { type: string; objects: unknown[] });
    expect(bundles).toHaveLength(1);
    expect(bundles[0]).toMatchObject({ type: 'bundle' });
  });

  it('shares one stored session between processes started at once: none reuses a refresh token', async () => {
    const results = await Promise.all(Array.from({ length: 5 }, () => runCli(['whoami', '--json'], env)));
    expect(results.map((result) => [result.code, result.stderr])).toEqual(Array.from({ length: 5 }, () => [0, '']));
    const after = await runCli(['whoami', '--json'], env);
    expect(after.code).toBe(0);
  });

  it('uses BULWARK_API_KEY instead of a sign-in, and a key may not write (exit code 4)', async () => {
    const admin = await signIn(server.url, 'admin@ga.demo', PASSWORD);
    const created = await graphql(
      server.url,
      'mutation { createApiKey(input: {name: "CLI test", roles: [VIEWER], clearance: GREEN}) { secret } }',
      {},
      { authorization: `Bearer ${admin}` },
    );
    const key = created.data?.['createApiKey']?.secret as string;
    expect(key).toMatch(/^bwk_/);
    const keyHome = tempCliHome();
    homes.push(keyHome);
    const keyEnv = { ...keyHome.env, BULWARK_URL: server.url, BULWARK_API_KEY: key };

    const whoami = await runCli(['whoami'], keyEnv);
    expect(whoami.code).toBe(0);
    expect(whoami.stdout).toMatch(/^kind: +API_KEY\n/);
    expect(whoami.stdout).toMatch(/api key: +CLI test\n/);
    const listed = await runCli(['bulletins', 'list', '--json', '--limit', '2'], keyEnv);
    expect(listed.code).toBe(0);
    expect(listed.stdout.trim().split('\n')).toHaveLength(2);

    const path = file(
      'by-key.md',
      bulletinFile({ title: 'By key', summary: 'S', tier: 'GREEN', severity: 'LOW', category: 'GENERAL' }),
    );
    const refused = await runCli(['publish', path], keyEnv);
    expect(refused.code).toBe(4);
    expect(refused.stderr).toMatch(/^bulwark: [^\n]+\n$/);

    const badKey = await runCli(['whoami'], { ...keyEnv, BULWARK_API_KEY: 'bwk_nope_nope' });
    expect(badKey.code).toBe(3);
  });

  it('tail --cursor-file, stopped and restarted, prints each event exactly once', async () => {
    const cursor = join(publisher.path, 'tail.cursor');
    const printed: TailEvent[] = [];
    const tail = () => startCli(['tail', '--tag', 'tail-test', '--cursor-file', cursor], env);

    const first = tail();
    await eventually(() => existsSync(cursor), 'the cursor file');
    const one = await publish('Tail one', { tags: ['tail-test'] });
    await first.waitForLines(1);
    expect(await first.stop('SIGTERM')).toEqual({ code: 0, signal: null });
    expect(first.stderr()).toBe('');
    printed.push(...first.lines.map(parseEvent));
    expect(Number(readFileSync(cursor, 'utf8'))).toBe(printed[0].sequence);

    const two = await publish('Tail two', { tags: ['tail-test'] }); // while no tail runs
    const second = tail();
    await second.waitForLines(1);
    const three = await publish('Tail three', { tags: ['tail-test'] });
    await second.waitForLines(2);
    expect(await second.stop('SIGINT')).toEqual({ code: 0, signal: null });
    printed.push(...second.lines.map(parseEvent));

    // A third start prints nothing old: the next line is the next publication.
    const third = tail();
    await eventually(() => third.child.pid !== undefined, 'the third tail');
    const four = await publish('Tail four', { tags: ['tail-test'] });
    await third.waitForLines(1);
    expect(await third.stop('SIGTERM')).toEqual({ code: 0, signal: null });
    printed.push(...third.lines.map(parseEvent));

    expect(printed.map((event) => event.bulletin.reference)).toEqual([one, two, three, four]);
    expect(printed.every((event) => event.type === 'PUBLISHED')).toBe(true);
    const sequences = printed.map((event) => event.sequence);
    expect([...sequences].sort((a, b) => a - b)).toEqual(sequences);
    expect(Number(readFileSync(cursor, 'utf8'))).toBe(sequences.at(-1));
  });
});
