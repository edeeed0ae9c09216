import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TOTP_SECRET } from '../support/black-box-sign-in';
import { freePort, graphql, MAIN, runServer, type ServerProcess, signIn, tempDataDir } from '../support/server-process';
import { CLI, runCli, tempCliHome } from './support/cli-process';
import { parseCsv } from './support/csv';

const PASSWORD = 'demo-password';
const TAG = 'ioc-export';
const COLUMNS = [
  'type',
  'value',
  'tier',
  'severity',
  'category',
  'reference',
  'bulletinId',
  'revision',
  'status',
  'publishedAt',
  'firstPublishedAt',
  'expiresAt',
  'originators',
  'jurisdictions',
  'title',
] as const;

type Row = Record<(typeof COLUMNS)[number], string>;

/** The CSV as records by column name, after checking its header. */
function records(csv: string): Row[] {
  const [header, ...rows] = parseCsv(csv);
  expect(header).toEqual(COLUMNS);
  return rows.map((row) => Object.fromEntries(COLUMNS.map((name, index) => [name, row[index] ?? ''])) as Row);
}

interface Exchange {
  query: string;
  variables: { first?: number };
  status: number;
  errors: unknown;
}

/** A pass-through to the server that keeps every GraphQL request the CLI sends and what came back. */
async function recordingProxy(target: string): Promise<{ url: string; exchanges: Exchange[]; close(): void }> {
  const exchanges: Exchange[] = [];
  const proxy: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString();
      void fetch(`${target}${request.url ?? ''}`, {
        method: request.method,
        headers: Object.fromEntries(
          Object.entries(request.headers).filter(
            (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[0] !== 'host',
          ),
        ),
        body: request.method === 'POST' ? body : undefined,
      }).then(async (answer) => {
        const text = await answer.text();
        const sent = JSON.parse(body || '{}') as { query?: string; variables?: Exchange['variables'] };
        const answered = JSON.parse(text) as { errors?: unknown };
        exchanges.push({
          query: sent.query ?? '',
          variables: sent.variables ?? {},
          status: answer.status,
          errors: answered.errors,
        });
        response.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'text/plain' });
        response.end(text);
      });
    });
  });
  const port = await freePort();
  await new Promise<void>((done) => proxy.listen(port, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${port}`, exchanges, close: () => proxy.close() };
}

const pairs = (rows: Row[]) => rows.map((row) => `${row.reference} ${row.tier} ${row.type} ${row.value}`).sort();

describe('bulwark export --format indicators, the built command line against the built server', () => {
  const data = tempDataDir();
  const publisher = tempCliHome();
  const reader = tempCliHome();
  let server: ServerProcess;
  let env: Record<string, string>;
  let readerEnv: Record<string, string>;
  // Filled in beforeAll.
  const published = {} as Record<'green' | 'amber' | 'retracted', { reference: string; id: string }>;

  /** Published by the CLI, signed in as CISA's publisher. */
  async function publish(name: string, frontMatter: string): Promise<{ reference: string; id: string }> {
    const path = join(publisher.path, `${name}.md`);
    writeFileSync(path, `---\n${frontMatter}\ntags: [${TAG}]\n---\n\nBlock these.\n`);
    const result = await runCli(['publish', path, '--json'], env);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    return JSON.parse(result.stdout) as { reference: string; id: string };
  }

  /** Published, then retracted, through GraphQL by the FBI's publisher (the CLI has no retract command). */
  async function publishAndRetract(token: string): Promise<{ reference: string; id: string }> {
    const call = async (query: string, input: Record<string, unknown>) => {
      const result = await graphql(server.url, query, { input }, { authorization: `Bearer ${token}` });
      expect(result.errors).toBeUndefined();
      return result.data ?? {};
    };
    const { createBulletin: draft } = await call(
      'mutation ($input: CreateBulletinInput!) { createBulletin(input: $input) { id } }',
      {
        title: 'Mistaken attribution',
        summary: 'To be retracted',
        body: 'Block these.',
        tier: 'GREEN',
        severity: 'MEDIUM',
        category: 'CYBER_THREAT',
        tags: [TAG],
        indicators: [
          { type: 'IPV4', value: '192.0.2.99' },
          { type: 'DOMAIN', value: 'innocent.example' },
        ],
      },
    );
    const id = draft.id as string;
    await call('mutation ($input: SubmitBulletinInput!) { submitBulletin(input: $input) { id } }', { id });
    const { publishBulletin } = await call(
      'mutation ($input: BulletinRefInput!) { publishBulletin(input: $input) { reference indicators { value } } }',
      { id },
    );
    expect(publishBulletin.indicators).toHaveLength(2);
    const { retractBulletin } = await call(
      'mutation ($input: RetractBulletinInput!) { retractBulletin(input: $input) { status indicators { value } } }',
      { id, reason: 'The addresses belong to a hosting provider.' },
    );
    // The API already serves no indicators for a retracted bulletin (R13); the export skips it regardless.
    expect(retractBulletin).toEqual({ status: 'RETRACTED', indicators: [] });
    return { reference: publishBulletin.reference as string, id };
  }

  beforeAll(async () => {
    if (!existsSync(MAIN) || !existsSync(CLI)) throw new Error('build first: npm run build && npx nx run cli:build');
    server = runServer({ BULWARK_DATA_DIR: data.path }, await freePort());
    await server.waitUntilReady();
    env = { ...publisher.env, BULWARK_URL: server.url };
    const code = TOTP.generate({ secret: Secret.fromBase32(DEMO_TOTP_SECRET) });
    const login = await runCli(
      ['login', '--email', 'publisher@cisa.demo', '--password-stdin', '--code', code],
      env,
      `${PASSWORD}\n`,
    );
    if (login.code !== 0) throw new Error(`login failed: ${login.stderr}`);

    // A state's SIEM: a key of another organization, cleared for GREEN only.
    const admin = await signIn(server.url, 'admin@ga.demo', PASSWORD);
    const key = await graphql(
      server.url,
      'mutation { createApiKey(input: {name: "SIEM", roles: [VIEWER], clearance: GREEN}) { secret } }',
      {},
      { authorization: `Bearer ${admin}` },
    );
    readerEnv = {
      ...reader.env,
      BULWARK_URL: server.url,
      BULWARK_API_KEY: key.data?.['createApiKey']?.secret as string,
    };

    published.green = await publish(
      'green',
      `title: "Botnet C2, \\"wave 2\\""
summary: Block at the edge
tier: GREEN
severity: HIGH
category: CYBER_THREAT
jurisdictions: [GA]
indicators:
  - ipv4: 198.51.100.23
  - ipv4: 198.51.100.23
  - cidr: 203.0.113.0/24
  - domain: c2.evil.example
  - url: "https://evil.example/login?a=1,b=2"
  - sha256: ${'ab'.repeat(32)}
  - cve: CVE-2026-12345`,
    );
    published.amber = await publish(
      'amber',
      `title: Targeted intrusion set
summary: For the MS-ISAC only
tier: AMBER
severity: CRITICAL
category: CYBER_THREAT
recipients: [MS-ISAC]
indicators:
  - ipv4: 198.51.100.23
  - domain: amber-only.example`,
    );
    // Signed in as another user than the CLI: a demo code is accepted once per user.
    published.retracted = await publishAndRetract(await signIn(server.url, 'publisher@fbi.demo', PASSWORD));
  });
  afterAll(async () => {
    await server?.stop('SIGKILL');
    data.remove();
    publisher.remove();
    reader.remove();
  });

  it('writes each indicator of each readable bulletin once, with its bulletin’s tier; none of a retracted one', async () => {
    const result = await runCli(
      ['export', '--format', 'indicators', '--tag', TAG, '--status', 'PUBLISHED,RETRACTED'],
      env,
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const rows = records(result.stdout);
    const { green, amber, retracted } = published;
    expect(pairs(rows)).toEqual(
      [
        `${green.reference} GREEN IPV4 198.51.100.23`,
        `${green.reference} GREEN CIDR 203.0.113.0/24`,
        `${green.reference} GREEN DOMAIN c2.evil.example`,
        `${green.reference} GREEN URL https://evil.example/login?a=1,b=2`,
        `${green.reference} GREEN SHA256 ${'ab'.repeat(32)}`,
        `${green.reference} GREEN CVE CVE-2026-12345`,
        `${amber.reference} AMBER IPV4 198.51.100.23`,
        `${amber.reference} AMBER DOMAIN amber-only.example`,
      ].sort(),
    );
    expect(rows.some((row) => row.bulletinId === retracted.id || row.reference === retracted.reference)).toBe(false);
    expect(rows.find((row) => row.type === 'CVE')).toMatchObject({
      bulletinId: green.id,
      severity: 'HIGH',
      category: 'CYBER_THREAT',
      revision: '1',
      status: 'PUBLISHED',
      originators: 'CISA',
      jurisdictions: 'GA',
      title: 'Botnet C2, "wave 2"',
      expiresAt: '',
    });
    for (const row of rows) expect(Date.parse(row.publishedAt)).not.toBeNaN();

    // The retracted bulletin was among those matched (3), and gave no rows.
    const output = join(publisher.path, 'with-retracted.csv');
    const saved = await runCli(
      ['export', '--format', 'indicators', '--tag', TAG, '--status', 'PUBLISHED,RETRACTED', '--output', output],
      env,
    );
    expect(saved.stderr).toBe(`exported 8 indicators of 3 bulletins to ${output}\n`);
    expect(readFileSync(output, 'utf8')).toBe(result.stdout);
  });

  it('leaves out what the reader may not read: a GREEN-cleared key of another state gets the GREEN rows only', async () => {
    const output = join(reader.path, 'indicators.csv');
    const result = await runCli(['export', '--format', 'indicators', '--tag', TAG, '--output', output], readerEnv);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(`exported 6 indicators of 1 bulletin to ${output}\n`);
    const rows = records(readFileSync(output, 'utf8'));
    expect(rows).toHaveLength(6);
    expect(new Set(rows.map((row) => `${row.reference} ${row.tier}`))).toEqual(
      new Set([`${published.green.reference} GREEN`]),
    );
    expect(rows.some((row) => row.value === 'amber-only.example')).toBe(false);
  });

  it('--indicator-type keeps only the types asked for, and is refused without --format indicators', async () => {
    const network = await runCli(
      ['export', '--format', 'indicators', '--tag', TAG, '--indicator-type', 'IPV4,cidr'],
      env,
    );
    expect(network.code).toBe(0);
    expect(pairs(records(network.stdout))).toEqual(
      [
        `${published.green.reference} GREEN IPV4 198.51.100.23`,
        `${published.green.reference} GREEN CIDR 203.0.113.0/24`,
        `${published.amber.reference} AMBER IPV4 198.51.100.23`,
      ].sort(),
    );
    const repeated = await runCli(
      ['export', '--format', 'indicators', '--tag', TAG, '--indicator-type', 'url', '--indicator-type', 'Sha256'],
      env,
    );
    expect(
      records(repeated.stdout)
        .map((row) => row.type)
        .sort(),
    ).toEqual(['SHA256', 'URL']);

    const unknown = await runCli(['export', '--format', 'indicators', '--indicator-type', 'MD6'], env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^bulwark: .*"MD6" is not one of IPV4, IPV6, CIDR/);
    const wrongFormat = await runCli(['export', '--format', 'csv', '--indicator-type', 'IPV4'], env);
    expect(wrongFormat).toEqual({
      code: 2,
      stdout: '',
      stderr: 'bulwark: --indicator-type: only with --format indicators\n',
    });
  });

  it('asks for the bulletins and their indicators in pages of 100, within the server’s default query cost', async () => {
    const total = await graphql(
      server.url,
      '{ bulletins { totalCount } }',
      {},
      { 'x-api-key': readerEnv['BULWARK_API_KEY'] ?? '' },
    );
    const readable = total.data?.['bulletins']?.totalCount as number;
    expect(readable).toBeGreaterThan(1);

    const proxy = await recordingProxy(server.url);
    try {
      const result = await runCli(['export', '--format', 'indicators'], { ...readerEnv, BULWARK_URL: proxy.url });
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      const pages = proxy.exchanges.filter((exchange) => exchange.query.includes('indicators'));
      // One request per page of 100 bulletins, never one per bulletin, and none refused as too costly.
      expect(pages.map((page) => [page.variables.first, page.status, page.errors])).toEqual(
        Array.from({ length: Math.ceil(readable / 100) }, () => [100, 200, undefined]),
      );
      expect(proxy.exchanges).toHaveLength(pages.length);

      const rows = records(result.stdout);
      expect(rows.every((row) => row.tier === 'CLEAR' || row.tier === 'GREEN')).toBe(true);
      expect(rows.filter((row) => row.reference === published.green.reference)).toHaveLength(6);
      const perBulletin = new Set(rows.map((row) => `${row.bulletinId} ${row.type} ${row.value}`));
      expect(perBulletin.size).toBe(rows.length);
    } finally {
      proxy.close();
    }
  });
});
