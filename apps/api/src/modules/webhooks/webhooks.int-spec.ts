import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  countRows,
  createSignedInUser,
  DEMO,
  demoOrganizationId,
  errorOf,
  startTestApp,
  type TestApp,
  tokenOf,
} from '@bulwark/testing';

const WEBHOOK_FIELDS = `id name url clearance enabled disabledReason disabledAt consecutiveFailures lastEventSequence
  secretRotatedAt previousSecretExpiresAt filter { tags minSeverity categories }`;
const CREATE = `mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { secret webhook { ${WEBHOOK_FIELDS} } } }`;
const UPDATE = `mutation($input: UpdateWebhookInput!) { updateWebhook(input: $input) { ${WEBHOOK_FIELDS} } }`;
const DISABLE = `mutation($input: DisableWebhookInput!) { disableWebhook(input: $input) { ${WEBHOOK_FIELDS} } }`;
const ENABLE = `mutation($id: ID!) { enableWebhook(input: { id: $id }) { ${WEBHOOK_FIELDS} } }`;
const DELETE = 'mutation($id: ID!) { deleteWebhook(input: { id: $id }) }';
const ROTATE = `mutation($id: ID!, $keep: Int!) { rotateWebhookSecret(input: { id: $id, keepOldSecretForSeconds: $keep }) {
  secret webhook { ${WEBHOOK_FIELDS} } } }`;
const GET = `query($id: ID!) { webhook(id: $id) { ${WEBHOOK_FIELDS} } }`;
const LIST = `query { webhooks(first: 100) { totalCount edges { node { id name } } } }`;
const DELIVERIES = `query($id: ID!) { webhookDeliveries(webhookId: $id, first: 10) { totalCount edges { node { id } } } }`;

interface WebhookNode {
  id: string;
  name: string;
  url: string;
  clearance: string;
  enabled: boolean;
  disabledReason: string | null;
  lastEventSequence: number;
  secretRotatedAt: string | null;
  previousSecretExpiresAt: string | null;
  filter: { tags: string[] | null; minSeverity: string | null; categories: string[] | null };
}

describe('webhooks of an organization: registration and management', () => {
  let t: TestApp;
  let gaAdmin: string;
  let paAdmin: string;
  let georgia: string;
  const input = (overrides: Record<string, unknown> = {}) => ({
    name: 'Georgia SIEM',
    url: 'http://127.0.0.1:9/hook',
    clearance: 'GREEN',
    ...overrides,
  });

  beforeAll(async () => {
    t = await startTestApp();
    gaAdmin = await tokenOf(t, DEMO.gaAdmin);
    georgia = await demoOrganizationId(t, 'GA-SOS');
    paAdmin = (
      await createSignedInUser(t, await tokenOf(t, DEMO.platformAdmin), {
        organizationId: await demoOrganizationId(t, 'PA-SOS'),
        roles: ['ORG_ADMIN'],
        clearance: 'GREEN',
      })
    ).accessToken;
  });
  afterAll(() => t.close());

  const webhooksOfGeorgia = () => countRows(t, 'SELECT count(*) FROM webhooks WHERE organization_id = $1', [georgia]);

  async function create(overrides: Record<string, unknown> = {}) {
    const { createWebhook } = await t.gql.data<{ createWebhook: { secret: string; webhook: WebhookNode } }>(
      CREATE,
      { input: input(overrides) },
      { token: gaAdmin },
    );
    return createWebhook;
  }

  it('registers a webhook: the secret is shown once, stored to sign, never returned again', async () => {
    const created = await create({
      name: '  Georgia SIEM  ',
      filter: { tags: ['ga-elections'], minSeverity: 'HIGH' },
      clearance: 'AMBER',
    });
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(created.webhook).toMatchObject({
      name: 'Georgia SIEM',
      url: 'http://127.0.0.1:9/hook',
      clearance: 'AMBER',
      enabled: true,
      disabledReason: null,
      filter: { tags: ['ga-elections'], minSeverity: 'HIGH', categories: null },
    });
    const [head] = await t.dataSource.query<{ last_sequence: string }[]>(
      'SELECT last_sequence FROM event_sequence WHERE id = 1',
    );
    expect(created.webhook.lastEventSequence).toBe(Number(head.last_sequence));

    const listed = await t.gql.request(LIST, {}, { token: gaAdmin });
    const read = await t.gql.request(GET, { id: created.webhook.id }, { token: gaAdmin });
    expect(JSON.stringify([listed, read])).not.toContain(created.secret);
    expect(read.data).toMatchObject({ webhook: { id: created.webhook.id, name: 'Georgia SIEM' } });
    const [row] = await t.dataSource.query<{ secret: string }[]>('SELECT secret FROM webhooks WHERE id = $1', [
      created.webhook.id,
    ]);
    expect(row.secret).toBe(created.secret);
    expect(
      errorOf(await t.gql.request('{ webhooks { edges { node { secret } } } }', {}, { token: gaAdmin })).code,
    ).toBe('BAD_USER_INPUT');
  });

  it.each([
    ['not a URL', { url: 'not a url' }, /not a URL/],
    ['an ftp:// URL', { url: 'ftp://files.example.com/hook' }, /https/],
    ['credentials in the URL', { url: 'https://user:secret@127.0.0.1/hook' }, /credentials/],
    ['a URL over 2048 characters', { url: `https://example.com/${'a'.repeat(2040)}` }, /2048|url/],
    ['a private address', { url: 'https://10.20.30.40/hook' }, /private address/],
    ['the cloud metadata address', { url: 'https://169.254.169.254/latest' }, /private address/],
    ['a CGNAT address', { url: 'https://100.64.1.2/hook' }, /private address/],
    ['a unique-local IPv6 address', { url: 'https://[fd12:3456::1]/hook' }, /private address/],
    ['an IPv4-mapped private address', { url: 'https://[::ffff:192.168.1.1]/hook' }, /private address/],
    ['the unspecified address', { url: 'https://0.0.0.0/hook' }, /non-routable/],
    ['a host that does not resolve', { url: 'https://does-not-exist.invalid/hook' }, /does not resolve/],
    ['http:// to a public address', { url: 'http://93.184.216.34/hook' }, /https/],
    ["clearance above the organization's vetting", { clearance: 'RED' }, /vetting \(AMBER_STRICT\)/],
    ["clearance above the administrator's own", { clearance: 'AMBER_STRICT' }, /your own clearance \(AMBER\)/],
    ['an empty name', { name: '' }, /name/],
    ['a filter with an unknown value', { filter: { tiers: ['PURPLE'] } }, /./],
  ])('refuses %s: BAD_USER_INPUT, nothing created', async (_name, overrides, message) => {
    const before = await webhooksOfGeorgia();
    const response = await t.gql.request(CREATE, { input: input(overrides) }, { token: gaAdmin });
    const error = errorOf(response);
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(message);
    expect(await webhooksOfGeorgia()).toBe(before);
  });

  it('updates name, URL, filter and clearance, with the same checks', async () => {
    const { webhook } = await create();
    const { updateWebhook } = await t.gql.data<{ updateWebhook: WebhookNode }>(
      UPDATE,
      {
        input: {
          id: webhook.id,
          name: 'Renamed',
          url: 'http://localhost:8080/other',
          filter: { categories: ['PHYSICAL_THREAT'] },
          clearance: 'AMBER',
        },
      },
      { token: gaAdmin },
    );
    expect(updateWebhook).toMatchObject({
      name: 'Renamed',
      url: 'http://localhost:8080/other',
      clearance: 'AMBER',
      filter: { categories: ['PHYSICAL_THREAT'], tags: null },
    });
    const refused = await t.gql.request(
      UPDATE,
      { input: { id: webhook.id, url: 'https://192.168.0.1/' } },
      { token: gaAdmin },
    );
    expect(errorOf(refused).code).toBe('BAD_USER_INPUT');
    const after = await t.gql.data<{ webhook: WebhookNode }>(GET, { id: webhook.id }, { token: gaAdmin });
    expect(after.webhook.url).toBe('http://localhost:8080/other');
  });

  it('disables with a visible reason, enables again from the head of the log, and deletes', async () => {
    const { webhook } = await create();
    const { disableWebhook } = await t.gql.data<{ disableWebhook: WebhookNode }>(
      DISABLE,
      { input: { id: webhook.id, reason: 'Receiver maintenance' } },
      { token: gaAdmin },
    );
    expect(disableWebhook).toMatchObject({ enabled: false, disabledReason: 'Receiver maintenance' });
    const { enableWebhook } = await t.gql.data<{ enableWebhook: WebhookNode }>(
      ENABLE,
      { id: webhook.id },
      { token: gaAdmin },
    );
    expect(enableWebhook).toMatchObject({ enabled: true, disabledReason: null });
    expect(await t.gql.data(DELETE, { id: webhook.id }, { token: gaAdmin })).toEqual({ deleteWebhook: webhook.id });
    expect(errorOf(await t.gql.request(GET, { id: webhook.id }, { token: gaAdmin })).code).toBe('NOT_FOUND');
  });

  it('rotates the secret: a new one shown once, the old one kept for the grace period asked for', async () => {
    const { webhook, secret } = await create();
    const { rotateWebhookSecret } = await t.gql.data<{ rotateWebhookSecret: { secret: string; webhook: WebhookNode } }>(
      ROTATE,
      { id: webhook.id, keep: 600 },
      { token: gaAdmin },
    );
    expect(rotateWebhookSecret.secret).not.toBe(secret);
    expect(rotateWebhookSecret.webhook.secretRotatedAt).not.toBeNull();
    expect(new Date(rotateWebhookSecret.webhook.previousSecretExpiresAt!).getTime()).toBeGreaterThan(Date.now());
    const [row] = await t.dataSource.query<{ secret: string; previous_secret: string }[]>(
      'SELECT secret, previous_secret FROM webhooks WHERE id = $1',
      [webhook.id],
    );
    expect(row).toEqual({ secret: rotateWebhookSecret.secret, previous_secret: secret });
  });

  it('puts every change of a webhook on the audit trail, naming its host and never its path or secret (R18)', async () => {
    const { webhook, secret } = await create({ url: 'http://127.0.0.1:9/hook?token=abc' });
    await t.gql.data(UPDATE, { input: { id: webhook.id, name: 'Georgia SIEM (renamed)' } }, { token: gaAdmin });
    await t.gql.data(DISABLE, { input: { id: webhook.id, reason: 'Receiver moved' } }, { token: gaAdmin });
    await t.gql.data(ENABLE, { id: webhook.id }, { token: gaAdmin });
    await t.gql.data(ROTATE, { id: webhook.id, keep: 60 }, { token: gaAdmin });
    await t.gql.data(DELETE, { id: webhook.id }, { token: gaAdmin });
    const records: { action: string; target_type: string; details: string | Record<string, unknown> }[] =
      await t.dataSource.query(
        'SELECT action, target_type, details FROM audit_events WHERE target_id = $1 ORDER BY position',
        [webhook.id],
      );
    expect(records.map((record) => record.action)).toEqual([
      'WEBHOOK_CREATED',
      'WEBHOOK_UPDATED',
      'WEBHOOK_DISABLED',
      'WEBHOOK_ENABLED',
      'WEBHOOK_SECRET_ROTATED',
      'WEBHOOK_DELETED',
    ]);
    expect(new Set(records.map((record) => record.target_type))).toEqual(new Set(['WEBHOOK']));
    const details = JSON.stringify(records.map((record) => record.details));
    expect(details).toContain('127.0.0.1:9');
    expect(details).toContain('Receiver moved');
    expect(details).not.toContain('token=abc');
    expect(details).not.toContain('/hook');
    expect(details).not.toContain(secret);
  });

  it("another organization's admin gets NOT_FOUND for every operation, and nothing changes", async () => {
    const { webhook } = await create();
    const snapshot = () => t.dataSource.query('SELECT * FROM webhooks WHERE id = $1', [webhook.id]);
    const before = await snapshot();
    const attempts = [
      t.gql.request(GET, { id: webhook.id }, { token: paAdmin }),
      t.gql.request(DELIVERIES, { id: webhook.id }, { token: paAdmin }),
      t.gql.request(UPDATE, { input: { id: webhook.id, name: 'hijacked' } }, { token: paAdmin }),
      t.gql.request(DISABLE, { input: { id: webhook.id } }, { token: paAdmin }),
      t.gql.request(ENABLE, { id: webhook.id }, { token: paAdmin }),
      t.gql.request(ROTATE, { id: webhook.id, keep: 0 }, { token: paAdmin }),
      t.gql.request(DELETE, { id: webhook.id }, { token: paAdmin }),
    ];
    for (const response of await Promise.all(attempts)) {
      expect(errorOf(response)).toEqual({ code: 'NOT_FOUND', message: 'Webhook not found.' });
    }
    const { webhooks } = await t.gql.data<{ webhooks: { edges: { node: { id: string } }[] } }>(
      LIST,
      {},
      { token: paAdmin },
    );
    expect(webhooks.edges.map((edge) => edge.node.id)).not.toContain(webhook.id);
    expect(await snapshot()).toEqual(before);
    expect(
      await countRows(
        t,
        "SELECT count(*) FROM audit_events WHERE target_id = $1 AND action LIKE 'WEBHOOK_%' AND action <> 'WEBHOOK_CREATED'",
        [webhook.id],
      ),
    ).toBe(0);
  });

  it('refuses a plain VIEWER and the anonymous: FORBIDDEN / UNAUTHENTICATED', async () => {
    const asViewer = await t.gql.request(CREATE, { input: input() }, { token: await tokenOf(t, DEMO.gaOfficial) });
    expect(errorOf(asViewer).code).toBe('FORBIDDEN');
    expect(errorOf(await t.gql.request(LIST)).code).toBe('UNAUTHENTICATED');
  });
});
