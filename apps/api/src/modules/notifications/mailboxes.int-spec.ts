import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accountToken,
  countRows,
  createOfficeWithAdmin,
  createSignedInUser,
  DEMO,
  demoOrganizationId,
  errorOf,
  startTestApp,
  type TestApp,
  uniqueTag,
} from '@bulwark/testing';

const DELIVERY = 'mail { immediateMinSeverity digest digestHour timeZone nextDigestAt }';
const SUBSCRIPTION = `id name filter { minSeverity categories jurisdictions } ${DELIVERY} createdAt`;
const MAILBOX = `id name address active createdAt subscriptions { ${SUBSCRIPTION} }`;
const LIST = `query($organizationId: ID) { organizationMailboxes(organizationId: $organizationId) { ${MAILBOX} } }`;
const CREATE = `mutation($input: CreateOrganizationMailboxInput!) { createOrganizationMailbox(input: $input) { ${MAILBOX} } }`;
const UPDATE = `mutation($input: UpdateOrganizationMailboxInput!) { updateOrganizationMailbox(input: $input) { ${MAILBOX} } }`;
const DELETE = 'mutation($id: ID!) { deleteOrganizationMailbox(id: $id) }';
const SUBSCRIBE = `mutation($input: CreateMailboxSubscriptionInput!) { createMailboxSubscription(input: $input) { ${SUBSCRIPTION} } }`;
const UPDATE_SUBSCRIPTION = `mutation($input: UpdateMailboxSubscriptionInput!) {
  updateMailboxSubscription(input: $input) { ${SUBSCRIPTION} } }`;
const UNSUBSCRIBE = 'mutation($id: ID!) { deleteMailboxSubscription(id: $id) }';
const SET_DETAIL = `mutation($input: SetOrganizationMailDetailInput!) { setOrganizationMailDetail(input: $input) { id mailDetail } }`;
const DETAIL = 'query($id: ID!) { organization(id: $id) { id mailDetail } }';

interface Subscription {
  id: string;
  name: string;
  filter: { minSeverity: string | null; categories: string[] | null };
  mail: { immediateMinSeverity: string | null; digest: string; nextDigestAt: string | null; timeZone: string };
}

interface Mailbox {
  id: string;
  name: string;
  address: string;
  active: boolean;
  subscriptions: Subscription[];
}

describe('organization mailboxes and mail detail, through the API', () => {
  let t: TestApp;
  let gaAdmin: string;
  let paAdmin: string;
  let platform: string;
  let georgia: string;
  let pennsylvania: string;

  beforeAll(async () => {
    t = await startTestApp();
    gaAdmin = await accountToken(t, DEMO.gaAdmin);
    platform = await accountToken(t, DEMO.platformAdmin);
    georgia = await demoOrganizationId(t, 'GA-SOS');
    pennsylvania = await demoOrganizationId(t, 'PA-SOS');
    paAdmin = (
      await createSignedInUser(t, platform, {
        organizationId: pennsylvania,
        roles: ['ORG_ADMIN', 'VIEWER'],
        clearance: 'GREEN',
      })
    ).accessToken;
  });
  afterAll(() => t.close());

  async function createMailbox(token: string, input: Record<string, unknown> = {}): Promise<Mailbox> {
    const { createOrganizationMailbox } = await t.gql.data<{ createOrganizationMailbox: Mailbox }>(
      CREATE,
      { input: { name: 'Elections desk', address: `desk-${uniqueTag()}@county.example`, ...input } },
      { token },
    );
    return createOrganizationMailbox;
  }

  const subscribe = (token: string, mailboxId: string, overrides: Record<string, unknown> = {}) =>
    t.gql.request<{ createMailboxSubscription: Subscription }>(
      SUBSCRIBE,
      {
        input: {
          mailboxId,
          name: 'Critical cyber',
          filter: { minSeverity: 'HIGH', categories: ['CYBER_THREAT'] },
          delivery: { immediateMinSeverity: 'CRITICAL', digest: 'DAILY', digestHour: 8, timeZone: 'America/New_York' },
          ...overrides,
        },
      },
      { token },
    );

  const auditOf = async (targetId: string) =>
    (
      await t.dataSource.query<{ action: string; details: Record<string, unknown> }[]>(
        'SELECT action, details FROM audit_events WHERE target_id = $1 ORDER BY position',
        [targetId],
      )
    ).map((row) => row.action);

  it('lets an administrator add, change and remove a mailbox and its subscriptions, each on the trail', async () => {
    const address = `Elections-${uniqueTag()}@SOS.GA.example`;
    const mailbox = await createMailbox(gaAdmin, { name: '  Georgia elections desk ', address });
    expect(mailbox).toMatchObject({
      name: 'Georgia elections desk',
      address: address.toLowerCase(),
      active: true,
      subscriptions: [],
    });

    const duplicate = await t.gql.request(
      CREATE,
      { input: { name: 'Again', address: address.toUpperCase() } },
      { token: gaAdmin },
    );
    expect(errorOf(duplicate).code).toBe('CONFLICT');

    const created = await subscribe(gaAdmin, mailbox.id);
    expect(created.errors).toBeUndefined();
    const subscription = created.data!.createMailboxSubscription;
    expect(subscription).toMatchObject({
      name: 'Critical cyber',
      filter: { minSeverity: 'HIGH', categories: ['CYBER_THREAT'] },
      mail: { immediateMinSeverity: 'CRITICAL', digest: 'DAILY', timeZone: 'America/New_York' },
    });
    expect(new Date(subscription.mail.nextDigestAt!).getTime()).toBeGreaterThan(Date.now());
    // It mails what is published from now on: its cursor is the event log's head.
    const [row] = await t.dataSource.query<{ cursor: string; head: string }[]>(
      `SELECT s.cursor_sequence::text AS cursor, e.last_sequence::text AS head
         FROM mail_subscriptions s, event_sequence e WHERE s.id = $1 AND e.id = 1`,
      [subscription.id],
    );
    expect(row.cursor).toBe(row.head);

    const { organizationMailboxes } = await t.gql.data<{ organizationMailboxes: Mailbox[] }>(
      LIST,
      {},
      { token: gaAdmin },
    );
    const listed = organizationMailboxes.find((m) => m.id === mailbox.id);
    expect(listed?.subscriptions.map((s) => s.id)).toEqual([subscription.id]);

    const renamed = await t.gql.data<{ updateMailboxSubscription: Subscription }>(
      UPDATE_SUBSCRIPTION,
      { input: { id: subscription.id, name: 'Everything, hourly', filter: {}, delivery: { digest: 'HOURLY' } } },
      { token: gaAdmin },
    );
    expect(renamed.updateMailboxSubscription).toMatchObject({
      name: 'Everything, hourly',
      filter: { minSeverity: null, categories: null },
      mail: { immediateMinSeverity: null, digest: 'HOURLY', timeZone: 'UTC' },
    });

    const deactivated = await t.gql.data<{ updateOrganizationMailbox: Mailbox }>(
      UPDATE,
      { input: { id: mailbox.id, active: false, name: 'Old desk' } },
      { token: gaAdmin },
    );
    expect(deactivated.updateOrganizationMailbox).toMatchObject({ active: false, name: 'Old desk' });
    expect(deactivated.updateOrganizationMailbox.subscriptions).toHaveLength(1);

    expect(
      await t.gql.data<{ deleteMailboxSubscription: boolean }>(
        UNSUBSCRIBE,
        { id: subscription.id },
        { token: gaAdmin },
      ),
    ).toEqual({ deleteMailboxSubscription: true });
    expect(
      await t.gql.data<{ deleteOrganizationMailbox: boolean }>(DELETE, { id: mailbox.id }, { token: gaAdmin }),
    ).toEqual({ deleteOrganizationMailbox: true });
    expect(await countRows(t, 'SELECT count(*) FROM organization_mailboxes WHERE id = $1', [mailbox.id])).toBe(0);

    expect(await auditOf(mailbox.id)).toEqual([
      'ORGANIZATION_MAILBOX_CREATED',
      'ORGANIZATION_MAILBOX_UPDATED',
      'ORGANIZATION_MAILBOX_DELETED',
    ]);
    expect(await auditOf(subscription.id)).toEqual([
      'MAILBOX_SUBSCRIPTION_CREATED',
      'MAILBOX_SUBSCRIPTION_UPDATED',
      'MAILBOX_SUBSCRIPTION_DELETED',
    ]);
  });

  it('refuses bad input as BAD_USER_INPUT: address, name, delivery', async () => {
    const tooLong = `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}.example`;
    expect(tooLong.length).toBeGreaterThan(254);
    for (const input of [
      { name: 'Desk', address: tooLong },
      { name: 'Desk', address: 'not an address' },
      { name: '', address: 'desk@county.example' },
      { name: 'x'.repeat(101), address: 'desk@county.example' },
    ]) {
      const response = await t.gql.request(CREATE, { input }, { token: gaAdmin });
      expect(errorOf(response).code, JSON.stringify(input).slice(0, 80)).toBe('BAD_USER_INPUT');
    }
    const mailbox = await createMailbox(gaAdmin);
    const badZone = await subscribe(gaAdmin, mailbox.id, { delivery: { digest: 'DAILY', timeZone: 'Nowhere/City' } });
    expect(errorOf(badZone).code).toBe('BAD_USER_INPUT');
    const badHour = await subscribe(gaAdmin, mailbox.id, { delivery: { digest: 'DAILY', digestHour: 24 } });
    expect(errorOf(badHour).code).toBe('BAD_USER_INPUT');
    const badAddress = await t.gql.request(UPDATE, { input: { id: mailbox.id, address: tooLong } }, { token: gaAdmin });
    expect(errorOf(badAddress).code).toBe('BAD_USER_INPUT');
    await t.gql.data(DELETE, { id: mailbox.id }, { token: gaAdmin });
  });

  it("hides one organization's mailboxes and subscriptions from another's administrator (NOT_FOUND)", async () => {
    const mailbox = await createMailbox(gaAdmin);
    const subscription = (await subscribe(gaAdmin, mailbox.id)).data!.createMailboxSubscription;

    const attempts: [string, Record<string, unknown>][] = [
      [LIST, { organizationId: georgia }],
      [CREATE, { input: { organizationId: georgia, name: 'Mine now', address: 'x@pa.example' } }],
      [UPDATE, { input: { id: mailbox.id, active: false } }],
      [DELETE, { id: mailbox.id }],
      [SUBSCRIBE, { input: { mailboxId: mailbox.id, name: 'Peek', filter: {}, delivery: { digest: 'DAILY' } } }],
      [UPDATE_SUBSCRIPTION, { input: { id: subscription.id, filter: {} } }],
      [UNSUBSCRIBE, { id: subscription.id }],
      [SET_DETAIL, { input: { organizationId: georgia, detail: 'NOTICE' } }],
    ];
    for (const [query, variables] of attempts) {
      const response = await t.gql.request(query, variables, { token: paAdmin });
      expect(errorOf(response).code, query.slice(0, 60)).toBe('NOT_FOUND');
    }
    // An id that exists nowhere answers the same.
    expect(errorOf(await t.gql.request(DELETE, { id: randomUUID() }, { token: gaAdmin })).code).toBe('NOT_FOUND');

    const own = await t.gql.data<{ organizationMailboxes: Mailbox[] }>(LIST, {}, { token: paAdmin });
    expect(own.organizationMailboxes.some((m) => m.id === mailbox.id)).toBe(false);
    const [still] = await t.dataSource.query<{ active: boolean; name: string }[]>(
      'SELECT m.active, s.name FROM organization_mailboxes m JOIN mail_subscriptions s ON s.mailbox_id = m.id WHERE m.id = $1',
      [mailbox.id],
    );
    expect(still).toEqual({ active: true, name: 'Critical cyber' });
    await t.gql.data(DELETE, { id: mailbox.id }, { token: gaAdmin });
  });

  it("treats a feed's subscription as no mailbox subscription (NOT_FOUND)", async () => {
    const clerk = await accountToken(t, DEMO.fultonClerk);
    const { createFeed } = await t.gql.data<{ createFeed: { id: string } }>(
      'mutation($input: CreateFeedInput!) { createFeed(input: $input) { id } }',
      { input: { name: `Feed ${uniqueTag()}`, filter: {} } },
      { token: clerk },
    );
    await t.gql.data(
      'mutation($input: SetFeedMailDeliveryInput!) { setFeedMailDelivery(input: $input) { id } }',
      { input: { feedId: createFeed.id, delivery: { digest: 'DAILY' } } },
      { token: clerk },
    );
    const [feedSubscription] = await t.dataSource.query<{ id: string }[]>(
      'SELECT id FROM mail_subscriptions WHERE feed_id = $1',
      [createFeed.id],
    );
    for (const token of [gaAdmin, platform]) {
      const response = await t.gql.request(UNSUBSCRIBE, { id: feedSubscription.id }, { token });
      expect(errorOf(response).code).toBe('NOT_FOUND');
    }
  });

  it('refuses mailbox management to members without the role (FORBIDDEN)', async () => {
    const viewer = await accountToken(t, DEMO.gaOfficial);
    for (const [query, variables] of [
      [LIST, {}],
      [CREATE, { input: { name: 'Desk', address: 'desk@ga.example' } }],
      [SET_DETAIL, { input: { detail: 'NOTICE' } }],
    ] as const) {
      const response = await t.gql.request(query, variables, { token: viewer });
      expect(errorOf(response).code).toBe('FORBIDDEN');
    }
  });

  it('bounds an organization to 10 mailboxes and a mailbox to 20 subscriptions', async () => {
    const { admin } = await createOfficeWithAdmin(t, platform);
    const mailboxes: Mailbox[] = [];
    for (let i = 0; i < 10; i++) mailboxes.push(await createMailbox(admin.accessToken));
    const eleventh = await t.gql.request(
      CREATE,
      { input: { name: 'One too many', address: 'eleven@office.example' } },
      { token: admin.accessToken },
    );
    expect(errorOf(eleventh).code).toBe('BAD_USER_INPUT');
    expect(errorOf(eleventh).message).toContain('at most 10');

    const mailbox = mailboxes[0];
    for (let i = 0; i < 20; i++) expect((await subscribe(admin.accessToken, mailbox.id)).errors).toBeUndefined();
    const twentyFirst = await subscribe(admin.accessToken, mailbox.id);
    expect(errorOf(twentyFirst).code).toBe('BAD_USER_INPUT');
    expect(await countRows(t, 'SELECT count(*) FROM mail_subscriptions WHERE mailbox_id = $1', [mailbox.id])).toBe(20);
  });

  it("lets a platform administrator manage any organization's mailboxes", async () => {
    const mailbox = await createMailbox(platform, { organizationId: pennsylvania });
    const { organizationMailboxes } = await t.gql.data<{ organizationMailboxes: Mailbox[] }>(
      LIST,
      {},
      { token: paAdmin },
    );
    expect(organizationMailboxes.map((m) => m.id)).toContain(mailbox.id);
    const nowhere = await t.gql.request(LIST, { organizationId: randomUUID() }, { token: platform });
    expect(errorOf(nowhere).code).toBe('NOT_FOUND');
    await t.gql.data(DELETE, { id: mailbox.id }, { token: platform });
  });

  it("sets an organization's mail detail: its administrators for their own, shown on the organization", async () => {
    const before = await t.gql.data<{ organization: { mailDetail: string } }>(
      DETAIL,
      { id: georgia },
      { token: gaAdmin },
    );
    expect(before.organization.mailDetail).toBe('STANDARD');
    const set = await t.gql.data<{ setOrganizationMailDetail: { id: string; mailDetail: string } }>(
      SET_DETAIL,
      { input: { detail: 'HEADLINES' } },
      { token: gaAdmin },
    );
    expect(set.setOrganizationMailDetail).toEqual({ id: georgia, mailDetail: 'HEADLINES' });
    const shown = await t.gql.data<{ organization: { mailDetail: string } }>(
      DETAIL,
      { id: georgia },
      { token: await accountToken(t, DEMO.fultonClerk) },
    );
    expect(shown.organization.mailDetail).toBe('HEADLINES');

    const bad = await t.gql.request(SET_DETAIL, { input: { detail: 'EVERYTHING' } }, { token: gaAdmin });
    expect(errorOf(bad).code).toBe('BAD_USER_INPUT');

    await t.gql.data(SET_DETAIL, { input: { organizationId: georgia, detail: 'STANDARD' } }, { token: platform });
    const [change] = await t.dataSource.query<{ details: unknown }[]>(
      `SELECT details FROM audit_events WHERE action = 'ORGANIZATION_MAIL_DETAIL_CHANGED' AND target_id = $1
        ORDER BY position LIMIT 1`,
      [georgia],
    );
    expect(change?.details).toEqual({ before: { mailDetail: 'STANDARD' }, after: { mailDetail: 'HEADLINES' } });
  });
});
