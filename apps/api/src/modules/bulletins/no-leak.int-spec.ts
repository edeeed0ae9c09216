import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accountToken,
  ACKNOWLEDGE_BULLETIN,
  AMEND_BULLETIN,
  bulletinSnapshot,
  CISA_PUBLISHER,
  createApiKey,
  createSignedInUser,
  type CreatedBulletin,
  type Credentials,
  FBI_PUBLISHER,
  type GraphqlResponse,
  openSocketSession,
  orgId,
  publishBulletin,
  retractBulletin,
  PUBLISH_BULLETIN,
  RETRACT_BULLETIN,
  signIn,
  startTestApp,
  SUBMIT_BULLETIN,
  type TestApp,
  UPDATE_BULLETIN,
  uniqueIpv4,
  uniqueWord,
  userId,
} from '@bulwark/testing';

/*
 * R15 and friends: a reader who may not see a bulletin learns nothing — not from ids, references, mutations,
 * errors, counts, cursors or search syntax — and R8/R9 leave no side door.
 */

const YEAR = new Date().getUTCFullYear();

const FULL_BULLETIN = `id reference status version revision tier title summary body bodyHtml category severity
  jurisdictions tags references changeNote createdAt updatedAt firstPublishedAt publishedAt expiresAt retractedAt
  retractionReason acknowledgedByMe indicators { type value } originators { shortName }
  recipientOrganizations { shortName } recipientUserIds acknowledgements { revision pendingCount }
  revisions { revision tier title body }`;

const BY_ID = `query ById($id: ID!) { bulletin(id: $id) { ${FULL_BULLETIN} } }`;
const BY_REFERENCE = `query ByReference($reference: String!) { bulletinByReference(reference: $reference) { ${FULL_BULLETIN} } }`;
const COUNTS = `query Counts($search: String) {
  published: bulletins(first: 1) { totalCount }
  everyStatus: bulletins(first: 1, filter: { statuses: [DRAFT, IN_REVIEW, PUBLISHED, RETRACTED] }) { totalCount }
  searched: bulletins(first: 1, filter: { search: $search, statuses: [DRAFT, IN_REVIEW, PUBLISHED, RETRACTED] }) { totalCount }
}`;
const LIST = `query List($first: Int!, $after: String, $filter: BulletinFilter, $orderBy: BulletinOrder) {
  bulletins(first: $first, after: $after, filter: $filter, orderBy: $orderBy) { totalCount edges { cursor node { id title } } pageInfo { hasNextPage endCursor } }
}`;

const TIER_WORDS = /\b(CLEAR|GREEN|AMBER|AMBER_STRICT|RED)\b/;

/** A response with the per-request id taken out, so two responses can be compared whole. */
function comparable(response: GraphqlResponse<unknown>): unknown {
  return {
    status: response.status,
    data: response.data,
    errors: response.errors?.map((error) => {
      const { requestId: _requestId, ...extensions } = error.extensions ?? {};
      return { ...error, extensions };
    }),
  };
}

function errorText(response: GraphqlResponse<unknown>): string {
  return JSON.stringify(response.errors ?? []);
}

describe('no leaks (R15, R8, R9)', () => {
  let t: TestApp;
  let gaKey: string;
  let amberStrictToGeorgia: CreatedBulletin;
  let redJointApprovedByFbi: CreatedBulletin;
  let cisaAmberDraft: CreatedBulletin;
  let redJointInReview: CreatedBulletin;
  let amberToFulton: CreatedBulletin;

  const as = async (email: string | null): Promise<Credentials> =>
    email === 'GA key' ? { apiKey: gaKey } : email ? { token: await accountToken(t, email) } : {};

  beforeAll(async () => {
    t = await startTestApp();
    gaKey = (await createApiKey(t, await accountToken(t, 'admin@ga.demo'), { clearance: 'AMBER' })).secret;
    amberStrictToGeorgia = await publishBulletin(t, {
      tier: 'AMBER_STRICT',
      title: 'Secret strict advisory for Georgia',
      recipientOrganizations: ['GA-SOS'],
      indicators: [{ type: 'IPV4', value: '203.0.113.10' }],
    });
    redJointApprovedByFbi = await publishBulletin(t, {
      tier: 'RED',
      title: 'Secret red joint advisory',
      originators: ['CISA', 'FBI'],
      approver: FBI_PUBLISHER,
      recipientUsers: [FBI_PUBLISHER],
    });
    cisaAmberDraft = await publishBulletin(t, {
      tier: 'AMBER',
      stage: 'DRAFT',
      title: 'Secret amber draft',
      recipientOrganizations: ['GA-SOS'],
    });
    redJointInReview = await publishBulletin(t, {
      tier: 'RED',
      stage: 'IN_REVIEW',
      title: 'Secret red draft in review',
      originators: ['CISA', 'FBI'],
      approver: FBI_PUBLISHER,
      recipientUsers: [FBI_PUBLISHER],
    });
    amberToFulton = await publishBulletin(t, {
      tier: 'AMBER',
      title: 'Secret amber advisory for Fulton',
      recipientOrganizations: ['GA-FULTON'],
    });
  });
  afterAll(() => t?.close());

  /** Who may not read which hidden bulletin (each pair checked by hand against DOMAIN.md). */
  function hiddenPairs(): [string | null, CreatedBulletin][] {
    return [
      [null, amberStrictToGeorgia],
      ['contact@vendor.demo', amberStrictToGeorgia],
      ['admin@ga.demo', amberStrictToGeorgia], // R6: a recipient's member cleared AMBER only
      ['clerk@fulton.ga.demo', amberStrictToGeorgia], // R4: no descendants
      ['publisher@eac.demo', amberStrictToGeorgia],
      ['publisher@fbi.demo', amberStrictToGeorgia],
      ['admin@platform.demo', amberStrictToGeorgia], // R9
      ['GA key', amberStrictToGeorgia], // R6: the key's clearance is AMBER
      ['publisher@cisa.demo', redJointApprovedByFbi], // R5: an originator's publisher, not named
      ['official@ga.demo', redJointApprovedByFbi],
      ['GA key', redJointApprovedByFbi],
      ['official@ga.demo', amberToFulton], // R3: the parent of a recipient is not a recipient
      ['GA key', amberToFulton],
      ['official@pa.demo', amberToFulton],
    ];
  }

  it('an unreadable id or reference answers exactly like one that does not exist', async () => {
    const failures: string[] = [];
    for (const [email, hidden] of hiddenPairs()) {
      const credentials = await as(email);
      const who = email ?? 'anonymous';
      const hiddenById = await t.gql.request(BY_ID, { id: hidden.id }, credentials);
      for (const missing of [randomUUID(), '00000000-0000-0000-0000-000000000000']) {
        const missingById = await t.gql.request(BY_ID, { id: missing }, credentials);
        if (JSON.stringify(comparable(hiddenById)) !== JSON.stringify(comparable(missingById))) {
          failures.push(
            `${who}: bulletin(id: hidden ${hidden.title}) ${JSON.stringify(comparable(hiddenById))} ≠ bulletin(id: ${missing}) ${JSON.stringify(comparable(missingById))}`,
          );
        }
      }
      // A malformed id cannot name anything: null or BAD_USER_INPUT, never an INTERNAL (database) error.
      const malformed = await t.gql.request(BY_ID, { id: 'not-a-uuid' }, credentials);
      const malformedCode = malformed.errors?.[0]?.extensions?.code;
      if (malformedCode ? malformedCode !== 'BAD_USER_INPUT' : malformed.data?.bulletin !== null) {
        failures.push(`${who}: bulletin(id: "not-a-uuid") → ${JSON.stringify(comparable(malformed))}`);
      }
      const reference = hidden.reference!;
      const hiddenByReference = await t.gql.request(BY_REFERENCE, { reference }, credentials);
      const spellings = [reference.toLowerCase(), ` ${reference} `];
      for (const variant of spellings) {
        const response = await t.gql.request(BY_REFERENCE, { reference: variant }, credentials);
        if (JSON.stringify(comparable(response)) !== JSON.stringify(comparable(hiddenByReference))) {
          failures.push(`${who}: bulletinByReference(${JSON.stringify(variant)}) differs from the canonical spelling`);
        }
      }
      for (const missing of [`CISA-${YEAR}-9999`, 'NOPE-2000-0001', 'not a reference']) {
        const missingByReference = await t.gql.request(BY_REFERENCE, { reference: missing }, credentials);
        if (JSON.stringify(comparable(hiddenByReference)) !== JSON.stringify(comparable(missingByReference))) {
          failures.push(
            `${who}: bulletinByReference(hidden ${reference}) ${JSON.stringify(comparable(hiddenByReference))} ≠ bulletinByReference(${missing}) ${JSON.stringify(comparable(missingByReference))}`,
          );
        }
      }
      for (const response of [hiddenById, hiddenByReference]) {
        const text = JSON.stringify(response);
        if (text.includes(hidden.title) || text.includes(hidden.id))
          failures.push(`${who}: a trace of ${hidden.title}`);
        if (response.data && Object.values(response.data).some((value) => value !== null)) {
          failures.push(`${who}: read ${hidden.title}: ${text}`);
        }
      }
    }
    expect(failures, failures.join('\n')).toEqual([]);
  });

  it('every mutation on an unreadable bulletin is NOT_FOUND, word for word as on a random id, and changes nothing', async () => {
    const approverId = await userId(t, FBI_PUBLISHER);
    const cases: { who: string; mutation: string; name: string; target: CreatedBulletin; input: object }[] = [
      {
        who: 'analyst@eiisac.demo',
        name: 'updateBulletin',
        mutation: UPDATE_BULLETIN,
        target: cisaAmberDraft,
        input: { expectedVersion: 1, title: 'Overwritten' },
      },
      {
        who: 'analyst@eiisac.demo',
        name: 'updateBulletin (stale version)',
        mutation: UPDATE_BULLETIN,
        target: cisaAmberDraft,
        input: { expectedVersion: 99, title: 'Overwritten' },
      },
      {
        who: 'publisher@cisa.demo',
        name: 'updateBulletin',
        mutation: UPDATE_BULLETIN,
        target: redJointInReview,
        input: { expectedVersion: 1, title: 'Overwritten' },
      },
      {
        who: 'analyst@eiisac.demo',
        name: 'submitBulletin',
        mutation: SUBMIT_BULLETIN,
        target: cisaAmberDraft,
        input: {},
      },
      {
        who: 'publisher@cisa.demo',
        name: 'submitBulletin',
        mutation: SUBMIT_BULLETIN,
        target: redJointInReview,
        input: { approverUserId: approverId },
      },
      {
        who: 'publisher@eac.demo',
        name: 'publishBulletin',
        mutation: PUBLISH_BULLETIN,
        target: cisaAmberDraft,
        input: {},
      },
      {
        who: 'analyst@eiisac.demo',
        name: 'publishBulletin',
        mutation: PUBLISH_BULLETIN,
        target: cisaAmberDraft,
        input: { expectedVersion: 1 },
      },
      {
        who: 'publisher@cisa.demo',
        name: 'publishBulletin (originator publisher, not the approver)',
        mutation: PUBLISH_BULLETIN,
        target: redJointInReview,
        input: {},
      },
      {
        who: 'publisher@cisa.demo',
        name: 'amendBulletin',
        mutation: AMEND_BULLETIN,
        target: redJointApprovedByFbi,
        input: { expectedRevision: 1, changeNote: 'Downgrade', tier: 'GREEN', recipientUserIds: [] },
      },
      {
        who: 'publisher@eac.demo',
        name: 'amendBulletin (stale revision)',
        mutation: AMEND_BULLETIN,
        target: amberStrictToGeorgia,
        input: { expectedRevision: 7, changeNote: 'Downgrade' },
      },
      {
        who: 'publisher@cisa.demo',
        name: 'retractBulletin',
        mutation: RETRACT_BULLETIN,
        target: redJointApprovedByFbi,
        input: { reason: 'Withdrawn' },
      },
      {
        who: 'analyst@eiisac.demo',
        name: 'retractBulletin (stale version)',
        mutation: RETRACT_BULLETIN,
        target: amberStrictToGeorgia,
        input: { reason: 'Withdrawn', expectedVersion: 42 },
      },
      {
        who: 'admin@ga.demo',
        name: 'acknowledgeBulletin',
        mutation: ACKNOWLEDGE_BULLETIN,
        target: amberStrictToGeorgia,
        input: {},
      },
      {
        who: 'clerk@fulton.ga.demo',
        name: 'acknowledgeBulletin',
        mutation: ACKNOWLEDGE_BULLETIN,
        target: amberStrictToGeorgia,
        input: {},
      },
      {
        who: 'official@ga.demo',
        name: 'acknowledgeBulletin',
        mutation: ACKNOWLEDGE_BULLETIN,
        target: amberToFulton,
        input: {},
      },
      {
        who: 'publisher@cisa.demo',
        name: 'acknowledgeBulletin',
        mutation: ACKNOWLEDGE_BULLETIN,
        target: redJointApprovedByFbi,
        input: {},
      },
      {
        who: 'official@ga.demo',
        name: 'acknowledgeBulletin (draft)',
        mutation: ACKNOWLEDGE_BULLETIN,
        target: cisaAmberDraft,
        input: {},
      },
    ];
    const failures: string[] = [];
    for (const c of cases) {
      const credentials = await as(c.who);
      const before = await bulletinSnapshot(t, c.target.id);
      const onHidden = await t.gql.request(c.mutation, { input: { ...c.input, id: c.target.id } }, credentials);
      const onRandom = await t.gql.request(c.mutation, { input: { ...c.input, id: randomUUID() } }, credentials);
      const label = `${c.who} ${c.name} on "${c.target.title}"`;
      if (onHidden.errors?.[0]?.extensions?.code !== 'NOT_FOUND')
        failures.push(`${label}: ${JSON.stringify(onHidden)}`);
      if (JSON.stringify(comparable(onHidden)) !== JSON.stringify(comparable(onRandom))) {
        failures.push(
          `${label}: ${JSON.stringify(comparable(onHidden))} ≠ on a random id ${JSON.stringify(comparable(onRandom))}`,
        );
      }
      const errors = errorText(onHidden);
      if (errors.includes(c.target.title) || TIER_WORDS.test(errors))
        failures.push(`${label}: the error says ${errors}`);
      const after = await bulletinSnapshot(t, c.target.id);
      if (JSON.stringify(after) !== JSON.stringify(before)) failures.push(`${label}: the bulletin changed`);
    }
    expect(failures, failures.join('\n')).toEqual([]);
  });

  it('counts do not move when bulletins the reader may not read are added; they do for readable ones', async () => {
    const word = uniqueWord();
    const readers: (string | null)[] = [
      null,
      'contact@vendor.demo',
      'clerk@maricopa.az.demo',
      'admin@platform.demo',
      'GA key',
      'official@pa.demo',
    ];
    type Totals = Record<string, { totalCount: number }>;
    const counts = async (): Promise<Record<string, Totals>> =>
      Object.fromEntries(
        await Promise.all(
          readers.map(async (email): Promise<[string, Totals]> => [
            email ?? 'anonymous',
            await t.gql.data<Totals>(COUNTS, { search: word }, await as(email)),
          ]),
        ),
      );
    const before = await counts();
    // None of these is readable by any of the readers above.
    // Philadelphia is a child of Pennsylvania: the Pennsylvania official is its parent, not its descendant.
    await publishBulletin(t, { tier: 'AMBER', body: `About ${word}.`, recipientOrganizations: ['PA-PHILA'] });
    await publishBulletin(t, { tier: 'AMBER_STRICT', body: `About ${word}.`, recipientOrganizations: ['GA-SOS'] });
    await publishBulletin(t, { tier: 'RED', body: `About ${word}.`, recipientUsers: [FBI_PUBLISHER] });
    await publishBulletin(t, { tier: 'GREEN', stage: 'DRAFT', body: `About ${word}.` });
    await publishBulletin(t, { tier: 'CLEAR', stage: 'IN_REVIEW', body: `About ${word}.` });
    await publishBulletin(t, {
      tier: 'AMBER',
      body: `About ${word}.`,
      author: 'analyst@eiisac.demo',
      publisher: 'analyst@eiisac.demo',
      recipientOrganizations: ['EAC'],
    });
    expect(await counts()).toEqual(before);

    await publishBulletin(t, { tier: 'GREEN', body: `About ${word}.` });
    const after = await counts();
    for (const email of readers) {
      const who = email ?? 'anonymous';
      const delta = email === null ? 0 : 1;
      for (const key of ['published', 'everyStatus', 'searched']) {
        expect(after[who][key].totalCount, `${who} ${key}`).toBe(before[who][key].totalCount + delta);
      }
    }
  });

  it('a forged cursor is BAD_USER_INPUT, never INTERNAL', async () => {
    const token = await accountToken(t, 'official@ga.demo');
    // A real cursor works (sanity), …
    const firstPage = await t.gql.data<{ bulletins: { pageInfo: { endCursor: string; hasNextPage: boolean } } }>(
      LIST,
      { first: 1 },
      { token },
    );
    expect(firstPage.bulletins.pageInfo.hasNextPage).toBe(true);
    const secondPage = await t.gql.request(
      LIST,
      { first: 1, after: firstPage.bulletins.pageInfo.endCursor },
      { token },
    );
    expect(secondPage.errors).toBeUndefined();
    // … and anything else is refused as the caller's mistake.
    const encode = (key: string, id: string) => Buffer.from(JSON.stringify([key, id])).toString('base64url');
    const id = randomUUID();
    const ranked = { filter: { search: 'advisory' }, orderBy: 'RELEVANCE' };
    const window = '2024-01-01 00:00:00+00';
    const forged: [string, string, Record<string, unknown>][] = [
      ['not base64 at all', '!!!', {}],
      ['base64 of a word', Buffer.from('hello').toString('base64url'), {}],
      ['an object', Buffer.from('{"key":"2024-01-01","id":"x"}').toString('base64url'), {}],
      ['an id that is not a uuid', encode('2024-01-01 00:00:00+00', 'x'), {}],
      ['a key that is not a time', encode('yesterday', id), {}],
      ['a time Date.parse takes and PostgreSQL does not ("1")', encode('1', id), {}],
      ['a time Date.parse takes and PostgreSQL does not ("March 7")', encode('March 7', id), {}],
      [
        'a ranked cursor on a newest-first search',
        encode(`0.1|2024-01-01 00:00:00+00|${window}`, id),
        { filter: { search: 'advisory' } },
      ],
      ['a newest-first cursor on a ranked search', encode('2024-01-01 00:00:00+00', id), ranked],
      ['a ranked cursor without its window', encode('0.1|2024-01-01 00:00:00+00', id), ranked],
      ['a window top that is not a time', encode('0.1|2024-01-01 00:00:00+00|soon', id), ranked],
      ['a rank that is not a number ("-")', encode(`-|2024-01-01 00:00:00+00|${window}`, id), ranked],
      ['a rank out of range ("1e999")', encode(`1e999|2024-01-01 00:00:00+00|${window}`, id), ranked],
    ];
    const failures: string[] = [];
    for (const [what, after, variables] of forged) {
      const response = await t.gql.request(LIST, { first: 5, after, ...variables }, { token });
      const code = response.errors?.[0]?.extensions?.code;
      if (code !== 'BAD_USER_INPUT')
        failures.push(`${what} (after: ${after}): ${code ?? JSON.stringify(response.data)}`);
    }
    expect(failures, failures.join('\n')).toEqual([]);
  });

  it('first: 101 (and 0) is BAD_USER_INPUT', async () => {
    for (const first of [101, 0, -1]) {
      const response = await t.gql.request(LIST, { first }, {});
      expect(response.errors?.[0]?.extensions?.code, `first: ${first}`).toBe('BAD_USER_INPUT');
      expect(response.data ?? null).toBeNull();
    }
  });

  it('search text with SQL or tsquery syntax finds only readable bulletins and never errors', async () => {
    const words = 'drop table bulletins select union password';
    const readable = await publishBulletin(t, { tier: 'GREEN', body: `${words} a b c`, title: `Readable ${words}` });
    const hidden = await publishBulletin(t, {
      tier: 'AMBER_STRICT',
      body: `${words} a b c`,
      title: `Hidden ${words}`,
      recipientOrganizations: ['GA-SOS'],
    });
    const nasty = [
      "'); DROP TABLE bulletins; --",
      'a & !b | (c:*',
      "drop' OR '1'='1",
      'table:* & bulletins:A',
      '!!!',
      '"unterminated',
      '(((',
      '<-> <2> drop',
      '\\ drop \\',
      '$1 $2 :: uuid[]',
      'drop -table',
      'OR',
      '*',
      'select * from users',
      '🔥 drop',
    ];
    const token = await accountToken(t, 'contact@vendor.demo');
    const failures: string[] = [];
    for (const search of nasty) {
      for (const filter of [{ search }, { indicator: search }]) {
        const response = await t.gql.request<{ bulletins: { edges: { node: { id: string } }[] } }>(
          LIST,
          { first: 100, filter },
          { token },
        );
        const ids = response.data?.bulletins.edges.map((edge) => edge.node.id) ?? [];
        if (response.errors) failures.push(`${JSON.stringify(filter)}: ${errorText(response)}`);
        if (/sql|syntax|tsquery|relation|column/i.test(errorText(response))) {
          failures.push(`${JSON.stringify(filter)}: the error talks about SQL`);
        }
        if (ids.includes(hidden.id)) failures.push(`${JSON.stringify(filter)}: found the hidden bulletin`);
        if (ids.some((id) => id !== readable.id))
          failures.push(`${JSON.stringify(filter)}: found other bulletins ${ids.join(', ')}`);
      }
    }
    expect(failures, failures.join('\n')).toEqual([]);
    const [{ count }] = await t.dataSource.query('SELECT count(*)::int AS count FROM bulletins');
    expect(count).toBeGreaterThan(0);
    // And a plain search still works for the reader.
    const found = await t.gql.data<{ bulletins: { edges: { node: { id: string } }[] } }>(
      LIST,
      { first: 100, filter: { search: 'drop table bulletins' } },
      { token },
    );
    expect(found.bulletins.edges.map((edge) => edge.node.id)).toEqual([readable.id]);
  });

  it('a deactivated user reads nothing beyond CLEAR from their next request, on HTTP and on an open socket (R8)', async () => {
    const gaAdmin = await accountToken(t, 'admin@ga.demo');
    const user = await createSignedInUser(t, gaAdmin, { clearance: 'AMBER', displayName: 'Soon Gone' });
    const amber = await publishBulletin(t, { tier: 'AMBER', recipientOrganizations: ['GA-SOS'] });
    const clear = await publishBulletin(t, { tier: 'CLEAR' });
    const read = (id: string, credentials: Credentials) =>
      t.gql.request<{ bulletin: { title: string } | null }>(BY_ID, { id }, credentials);
    expect((await read(amber.id, { token: user.accessToken })).data?.bulletin?.title).toBe(amber.title);
    const socket = await openSocketSession(t, { authorization: `Bearer ${user.accessToken}` });
    try {
      const overSocket = await socket.run<{ bulletin: { title: string } | null }>(BY_ID, { id: amber.id });
      expect(overSocket.data?.bulletin?.title).toBe(amber.title);

      await t.gql.data(
        'mutation($id: ID!) { deactivateUser(input: { id: $id }) { id active } }',
        { id: user.id },
        {
          token: gaAdmin,
        },
      );

      for (const id of [amber.id, clear.id]) {
        const response = await read(id, { token: user.accessToken });
        expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
        expect(response.data?.bulletin ?? null).toBeNull();
      }
      const list = await t.gql.request(LIST, { first: 100 }, { token: user.accessToken });
      expect(list.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(JSON.stringify(list)).not.toContain(amber.title);

      // The server may answer with an error or close the socket; either way the bulletin does not come back.
      const afterOverSocket = await socket
        .run<{ bulletin: { title: string } | null }>(BY_ID, { id: amber.id })
        .catch((error: unknown) => ({ data: null, closed: String(error) }));
      expect(afterOverSocket.data?.bulletin ?? null).toBeNull();
      expect(JSON.stringify(afterOverSocket)).not.toContain(amber.title);
    } finally {
      await socket.close();
    }
    // Without credentials, what anyone reads: CLEAR only.
    expect((await read(clear.id, {})).data?.bulletin?.title).toBe(clear.title);
    expect((await read(amber.id, {})).data?.bulletin ?? null).toBeNull();
  });

  it('a retracted bulletin is no longer found by its withdrawn text or indicators, by anyone (R13)', async () => {
    const token = await accountToken(t, CISA_PUBLISHER);
    const [word, ip] = [uniqueWord(), uniqueIpv4()];
    const bulletin = await publishBulletin(t, {
      tier: 'GREEN',
      title: 'Withdrawn advisory',
      body: `The withdrawn text mentions ${word}.`,
      indicators: [{ type: 'IPV4', value: ip }],
    });
    const everyStatus = ['DRAFT', 'IN_REVIEW', 'PUBLISHED', 'RETRACTED'];
    const found = async (filter: Record<string, unknown>) =>
      (
        await t.gql.data<{ bulletins: { edges: { node: { id: string } }[] } }>(
          LIST,
          { first: 10, filter: { ...filter, statuses: everyStatus } },
          { token },
        )
      ).bulletins.edges.map((edge) => edge.node.id);
    expect(await found({ search: word })).toEqual([bulletin.id]);
    expect(await found({ indicator: ip })).toEqual([bulletin.id]);
    await retractBulletin(t, bulletin.id, 'Issued in error');
    expect(await found({ search: word })).toEqual([]);
    expect(await found({ indicator: ip })).toEqual([]);
    // What a retraction keeps serving still finds it.
    expect(await found({ search: 'Withdrawn advisory', tags: [bulletin.tag] })).toEqual([bulletin.id]);
  });

  it('the platform administrator (GREEN) reads GREEN but not AMBER, AMBER_STRICT or RED (R9)', async () => {
    const token = await accountToken(t, 'admin@platform.demo');
    const word = uniqueWord();
    const green = await publishBulletin(t, { tier: 'GREEN', body: `Platform ${word}` });
    const above = [
      await publishBulletin(t, { tier: 'AMBER', body: `Platform ${word}`, recipientOrganizations: ['GA-SOS'] }),
      amberStrictToGeorgia,
      redJointApprovedByFbi,
    ];
    expect((await t.gql.data<{ bulletin: { id: string } }>(BY_ID, { id: green.id }, { token })).bulletin.id).toBe(
      green.id,
    );
    for (const hidden of above) {
      expect((await t.gql.data<{ bulletin: unknown }>(BY_ID, { id: hidden.id }, { token })).bulletin).toBeNull();
      const byReference = await t.gql.data<{ bulletinByReference: unknown }>(
        BY_REFERENCE,
        { reference: hidden.reference },
        { token },
      );
      expect(byReference.bulletinByReference).toBeNull();
    }
    const listed = await t.gql.data<{ bulletins: { totalCount: number; edges: { node: { id: string } }[] } }>(
      LIST,
      { first: 100, filter: { search: word, statuses: ['DRAFT', 'IN_REVIEW', 'PUBLISHED', 'RETRACTED'] } },
      { token },
    );
    expect(listed.bulletins.edges.map((edge) => edge.node.id)).toEqual([green.id]);
    expect(listed.bulletins.totalCount).toBe(1);
    const all = await t.gql.data<{ bulletins: { edges: { node: { id: string } }[] } }>(
      LIST,
      { first: 100, filter: { tiers: ['AMBER', 'AMBER_STRICT', 'RED'] } },
      { token },
    );
    expect(all.bulletins.edges).toEqual([]);
  });

  it('the platform administrator cannot come to read AMBER_STRICT by minting an account in a recipient organization (R9)', async () => {
    // DOMAIN.md gives PLATFORM_ADMIN "manage organizations and their vetting", not other organizations' people.
    const token = await accountToken(t, 'admin@platform.demo');
    const email = `puppet-${uniqueWord()}@ga.test`;
    const password = 'a password the admin chose';
    const created = await t.gql.request(
      'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
      {
        input: {
          email,
          displayName: 'Sock Puppet',
          roles: ['VIEWER'],
          clearance: 'AMBER_STRICT',
          initialPassword: password,
          organizationId: await orgId(t, 'GA-SOS'),
        },
      },
      { token },
    );
    if (created.errors?.length) return; // refused: nothing to read with
    const puppet = await signIn(t, email, password);
    const seen = await t.gql.data<{ bulletin: { title: string } | null }>(
      BY_ID,
      { id: amberStrictToGeorgia.id },
      { token: puppet.accessToken },
    );
    expect(
      seen.bulletin,
      'admin@platform.demo (GREEN) created a Georgia account with clearance AMBER_STRICT and read through it',
    ).toBeNull();
  });

  it('the members of a deactivated organization read nothing beyond CLEAR from the next request (R8)', async () => {
    const amberToArizona = await publishBulletin(t, { tier: 'AMBER', recipientOrganizations: ['AZ-SOS'] });
    const green = await publishBulletin(t, { tier: 'GREEN' });
    const token = await accountToken(t, 'clerk@maricopa.az.demo');
    const read = (id: string) => t.gql.request<{ bulletin: { id: string } | null }>(BY_ID, { id }, { token });
    expect((await read(amberToArizona.id)).data?.bulletin?.id).toBe(amberToArizona.id); // a descendant of Arizona
    await t.gql.data(
      'mutation($id: ID!) { deactivateOrganization(input: { id: $id }) { id active } }',
      { id: await orgId(t, 'AZ-MARICOPA') },
      { token: await accountToken(t, 'admin@platform.demo') },
    );
    for (const bulletin of [amberToArizona, green]) {
      const response = await read(bulletin.id);
      expect(response.data?.bulletin ?? null, JSON.stringify(response)).toBeNull();
      expect(JSON.stringify(response)).not.toContain(bulletin.title);
    }
    const listed = await t.gql.request(LIST, { first: 100 }, { token });
    for (const bulletin of [amberToArizona, green]) expect(JSON.stringify(listed)).not.toContain(bulletin.id);
  });

  it('an API key reads as the key, not as its creator, and a revoked key reads CLEAR only (R6, R8)', async () => {
    const key = await createApiKey(t, await accountToken(t, 'admin@ga.demo'), { clearance: 'GREEN' });
    const amber = await publishBulletin(t, { tier: 'AMBER', recipientOrganizations: ['GA-SOS'] });
    const green = await publishBulletin(t, { tier: 'GREEN' });
    const read = (id: string) =>
      t.gql.request<{ bulletin: { id: string } | null }>(BY_ID, { id }, { apiKey: key.secret });
    expect((await read(green.id)).data?.bulletin?.id).toBe(green.id);
    expect((await read(amber.id)).data?.bulletin ?? null).toBeNull(); // admin@ga could; the GREEN key may not
    await t.gql.data(
      'mutation($id: ID!) { revokeApiKey(input: { id: $id }) { id } }',
      { id: key.id },
      {
        token: await accountToken(t, 'admin@ga.demo'),
      },
    );
    const afterRevoke = await read(green.id);
    expect(afterRevoke.data?.bulletin ?? null).toBeNull();
    expect(JSON.stringify(afterRevoke)).not.toContain(green.title);
  });
});
