import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accountToken,
  ACKNOWLEDGE_BULLETIN,
  acknowledgeBulletin,
  AMEND_BULLETIN,
  amendBulletin,
  attemptBulletinMutation,
  bulletinMutation,
  bulletinSnapshot,
  type BulletinSpec,
  CISA_ANALYST,
  CISA_PUBLISHER,
  countRows,
  CREATE_BULLETIN,
  createApiKey,
  createInputOf,
  FBI_PUBLISHER,
  type GraphqlResponse,
  orgId,
  publishBulletin,
  PUBLISH_BULLETIN,
  RETRACT_BULLETIN,
  retractBulletin,
  startTestApp,
  SUBMIT_BULLETIN,
  type TestApp,
  uniqueBulletinTag,
  UPDATE_BULLETIN,
  userId,
} from '@bulwark/testing';

/* Bad input and the life cycle: DRAFT → IN_REVIEW → PUBLISHED → (AMENDED …) → RETRACTED, R7, R10. */

const YEAR = new Date().getUTCFullYear();
const EIISAC = 'analyst@eiisac.demo';

interface Refusal {
  code: string | undefined;
  message: string;
  fields: { field: string; problems: string[] }[];
}

function refusal(response: GraphqlResponse<unknown>): Refusal {
  const error = response.errors?.[0];
  if (!error) throw new Error(`expected an error, got ${JSON.stringify(response.data)}`);
  return {
    code: error.extensions?.code,
    message: error.message,
    fields: (error.extensions?.['fields'] as Refusal['fields'] | undefined) ?? [],
  };
}

describe('bulletin life cycle and bad input', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  const bulletinCount = () => countRows(t, 'SELECT count(*) FROM bulletins');
  const counters = () =>
    t.dataSource.query('SELECT organization_id, year, last_number FROM reference_counters ORDER BY organization_id');

  /** A createBulletin attempt as `email` (default the CISA analyst) with the spec's content, raw. */
  async function attemptCreate(spec: BulletinSpec, extra: Record<string, unknown> = {}) {
    const input = { ...(await createInputOf(t, spec, uniqueBulletinTag())), ...extra };
    return attemptBulletinMutation(t, spec.author ?? CISA_ANALYST, CREATE_BULLETIN, input);
  }

  /** Runs a call that must be refused with `code`; proves the bulletin is exactly as before. */
  async function refusedWithoutChange(
    id: string,
    code: string,
    call: () => Promise<GraphqlResponse<unknown>>,
  ): Promise<Refusal> {
    const before = await bulletinSnapshot(t, id);
    const countersBefore = await counters();
    const result = refusal(await call());
    expect(result.code, result.message).toBe(code);
    expect(await bulletinSnapshot(t, id)).toEqual(before);
    expect(await counters()).toEqual(countersBefore);
    return result;
  }

  it('reference numbers are <ORG>-<year>-0001, 0002 … per first originator, gap-free; a refused publication takes none', async () => {
    const first = await publishBulletin(t, { tier: 'GREEN' });
    const second = await publishBulletin(t, { tier: 'AMBER', recipientOrganizations: ['GA-SOS'] });
    expect([first.reference, second.reference]).toEqual([`CISA-${YEAR}-0001`, `CISA-${YEAR}-0002`]);

    const refused = await publishBulletin(t, {
      tier: 'AMBER_STRICT',
      stage: 'DRAFT',
      recipientOrganizations: ['GA-FULTON'],
    });
    expect(refused.reference).toBeNull();
    await refusedWithoutChange(refused.id, 'BAD_USER_INPUT', () =>
      attemptBulletinMutation(t, CISA_PUBLISHER, PUBLISH_BULLETIN, { id: refused.id }),
    );

    const eiIsac = await publishBulletin(t, { tier: 'GREEN', author: EIISAC, publisher: EIISAC });
    const joint = await publishBulletin(t, { tier: 'GREEN', originators: ['FBI', 'CISA'] });
    const third = await publishBulletin(t, { tier: 'CLEAR' });
    expect(eiIsac.reference).toBe(`EI-ISAC-${YEAR}-0001`);
    expect(joint.reference).toBe(`FBI-${YEAR}-0001`);
    expect(third.reference).toBe(`CISA-${YEAR}-0003`);

    // Amending and retracting keep the number.
    const amended = await amendBulletin(t, first.id, 1, { title: 'Renamed advisory' });
    expect(amended.reference).toBe(first.reference);
    const retracted = await retractBulletin(t, second.id, 'Withdrawn for the test');
    expect(retracted.reference).toBe(second.reference);
    const cisa = await orgId(t, 'CISA');
    expect(
      await countRows(t, 'SELECT last_number AS count FROM reference_counters WHERE organization_id = $1', [cisa]),
    ).toBe(3);
  });

  it('AMBER and AMBER_STRICT need known recipient organizations, RED known named people; CLEAR and GREEN take none', async () => {
    const gaSos = await orgId(t, 'GA-SOS');
    const official = await userId(t, 'official@ga.demo');
    const cases: [string, BulletinSpec, Record<string, unknown>, string][] = [
      ['AMBER without recipients', { tier: 'AMBER' }, {}, 'recipientOrganizationIds'],
      ['AMBER with an empty list', { tier: 'AMBER' }, { recipientOrganizationIds: [] }, 'recipientOrganizationIds'],
      [
        'AMBER to an unknown organization',
        { tier: 'AMBER' },
        { recipientOrganizationIds: [randomUUID()] },
        'recipientOrganizationIds',
      ],
      [
        'AMBER to people',
        { tier: 'AMBER' },
        { recipientOrganizationIds: [gaSos], recipientUserIds: [official] },
        'recipientUserIds',
      ],
      ['AMBER_STRICT without recipients', { tier: 'AMBER_STRICT' }, {}, 'recipientOrganizationIds'],
      [
        'AMBER_STRICT to an unknown organization',
        { tier: 'AMBER_STRICT' },
        { recipientOrganizationIds: [randomUUID()] },
        'recipientOrganizationIds',
      ],
      ['RED without named recipients', { tier: 'RED' }, {}, 'recipientUserIds'],
      ['RED with an empty list', { tier: 'RED' }, { recipientUserIds: [] }, 'recipientUserIds'],
      ['RED to an unknown person', { tier: 'RED' }, { recipientUserIds: [randomUUID()] }, 'recipientUserIds'],
      [
        'RED to an organization',
        { tier: 'RED' },
        { recipientUserIds: [official], recipientOrganizationIds: [gaSos] },
        'recipientOrganizationIds',
      ],
      [
        'CLEAR to an organization',
        { tier: 'CLEAR' },
        { recipientOrganizationIds: [gaSos] },
        'recipientOrganizationIds',
      ],
      [
        'GREEN to an organization',
        { tier: 'GREEN' },
        { recipientOrganizationIds: [gaSos] },
        'recipientOrganizationIds',
      ],
      ['GREEN to a person', { tier: 'GREEN' }, { recipientUserIds: [official] }, 'recipientUserIds'],
      ['CLEAR to a person', { tier: 'CLEAR' }, { recipientUserIds: [official] }, 'recipientUserIds'],
      [
        'an unknown co-originator',
        { tier: 'GREEN' },
        { originatorOrganizationIds: [await orgId(t, 'CISA'), randomUUID()] },
        'originatorOrganizationIds',
      ],
      [
        'originators without the author’s own organization',
        { tier: 'GREEN' },
        { originatorOrganizationIds: [gaSos] },
        'originatorOrganizationIds',
      ],
    ];
    const before = await bulletinCount();
    const failures: string[] = [];
    for (const [what, spec, extra, field] of cases) {
      const result = refusal(await attemptCreate(spec, extra));
      const fields = result.fields.map((f) => f.field);
      if (result.code !== 'BAD_USER_INPUT' || !fields.includes(field)) {
        failures.push(`${what}: expected BAD_USER_INPUT on ${field}, got ${result.code} ${JSON.stringify(result)}`);
      }
    }
    expect(failures, failures.join('\n')).toEqual([]);
    expect(await bulletinCount()).toBe(before);

    // The same rules hold when a draft is edited.
    const draft = await publishBulletin(t, { tier: 'GREEN', stage: 'DRAFT' });
    await refusedWithoutChange(draft.id, 'BAD_USER_INPUT', () =>
      attemptBulletinMutation(t, CISA_ANALYST, UPDATE_BULLETIN, { id: draft.id, expectedVersion: 1, tier: 'AMBER' }),
    );
  });

  it('R7: publishing refuses a recipient not vetted or cleared for the tier, naming it, and changes nothing', async () => {
    const strictToFulton = await publishBulletin(t, {
      tier: 'AMBER_STRICT',
      stage: 'DRAFT',
      recipientOrganizations: ['GA-SOS', 'GA-FULTON'],
    });
    const fulton = await refusedWithoutChange(strictToFulton.id, 'BAD_USER_INPUT', () =>
      attemptBulletinMutation(t, CISA_PUBLISHER, PUBLISH_BULLETIN, { id: strictToFulton.id }),
    );
    expect(fulton.message).toContain('Fulton County Elections');
    expect(fulton.message).not.toContain('Georgia Secretary of State'); // only the one that fails

    const amberToVendor = await publishBulletin(t, {
      tier: 'AMBER',
      stage: 'DRAFT',
      recipientOrganizations: ['VENDOR-BSI'],
    });
    const vendor = await refusedWithoutChange(amberToVendor.id, 'BAD_USER_INPUT', () =>
      attemptBulletinMutation(t, CISA_PUBLISHER, PUBLISH_BULLETIN, { id: amberToVendor.id }),
    );
    expect(vendor.message).toContain('Ballot Systems Inc.');

    // RED to a person cleared AMBER_STRICT, submitted to the CISA publisher, who tries to publish.
    const redToOfficial = await publishBulletin(t, {
      tier: 'RED',
      stage: 'IN_REVIEW',
      approver: CISA_PUBLISHER,
      recipientUsers: ['official@ga.demo', FBI_PUBLISHER],
    });
    const official = await refusedWithoutChange(redToOfficial.id, 'BAD_USER_INPUT', () =>
      attemptBulletinMutation(t, CISA_PUBLISHER, PUBLISH_BULLETIN, { id: redToOfficial.id }),
    );
    expect(official.message).toMatch(/official@ga\.demo|Georgia Election Official/);
    expect(official.message).not.toContain(FBI_PUBLISHER);

    // Amending a published bulletin up to AMBER_STRICT with Fulton among the recipients: the same refusal.
    const amber = await publishBulletin(t, { tier: 'AMBER', recipientOrganizations: ['GA-FULTON'] });
    const amend = await refusedWithoutChange(amber.id, 'BAD_USER_INPUT', () =>
      attemptBulletinMutation(t, CISA_PUBLISHER, AMEND_BULLETIN, {
        id: amber.id,
        expectedRevision: 1,
        changeNote: 'Tighten',
        tier: 'AMBER_STRICT',
      }),
    );
    expect(amend.message).toContain('Fulton County Elections');
  });

  it('an invalid indicator is refused naming its field; nothing is created', async () => {
    const before = await bulletinCount();
    const one = refusal(await attemptCreate({ tier: 'GREEN', indicators: [{ type: 'IPV4', value: '999.1.1.1' }] }));
    expect(one.code).toBe('BAD_USER_INPUT');
    expect(one.fields.map((f) => f.field)).toEqual(['indicators.0.value']);
    expect(one.message).toContain('indicators.0.value');

    const second = refusal(
      await attemptCreate({
        tier: 'GREEN',
        indicators: [
          { type: 'DOMAIN', value: 'evil.example' },
          { type: 'CIDR', value: '10.0.0.0/33' },
          { type: 'CVE', value: 'CVE-2024-0001' },
          { type: 'SHA256', value: 'abc' },
        ],
      }),
    );
    expect(second.code).toBe('BAD_USER_INPUT');
    expect(second.fields.map((f) => f.field)).toEqual(['indicators.1.value', 'indicators.3.value']);
    expect(await bulletinCount()).toBe(before);

    const draft = await publishBulletin(t, { tier: 'GREEN', stage: 'DRAFT' });
    const onUpdate = await refusedWithoutChange(draft.id, 'BAD_USER_INPUT', () =>
      attemptBulletinMutation(t, CISA_ANALYST, UPDATE_BULLETIN, {
        id: draft.id,
        expectedVersion: 1,
        indicators: [{ type: 'IPV4', value: '999.1.1.1' }],
      }),
    );
    expect(onUpdate.fields.map((f) => f.field)).toEqual(['indicators.0.value']);
  });

  it('a body over 100,000 characters is refused on create, update and amend; 100,000 is accepted', async () => {
    const before = await bulletinCount();
    const tooLong = 'x'.repeat(100_001);
    const created = refusal(await attemptCreate({ tier: 'GREEN', body: tooLong }));
    expect(created.code).toBe('BAD_USER_INPUT');
    expect(created.fields.map((f) => f.field)).toContain('body');
    expect(await bulletinCount()).toBe(before);

    const longest = await publishBulletin(t, { tier: 'GREEN', body: 'y'.repeat(100_000) });
    const stored = await t.dataSource.query(
      'SELECT length(body) AS length FROM bulletin_revisions WHERE bulletin_id = $1',
      [longest.id],
    );
    expect(Number(stored[0].length)).toBe(100_000);

    const draft = await publishBulletin(t, { tier: 'GREEN', stage: 'DRAFT' });
    await refusedWithoutChange(draft.id, 'BAD_USER_INPUT', () =>
      attemptBulletinMutation(t, CISA_ANALYST, UPDATE_BULLETIN, { id: draft.id, expectedVersion: 1, body: tooLong }),
    );
    await refusedWithoutChange(longest.id, 'BAD_USER_INPUT', () =>
      attemptBulletinMutation(t, CISA_PUBLISHER, AMEND_BULLETIN, {
        id: longest.id,
        expectedRevision: 1,
        changeNote: 'Longer',
        body: tooLong,
      }),
    );
  });

  it('a stale expectedVersion or expectedRevision is CONFLICT and changes nothing', async () => {
    const draft = await publishBulletin(t, { tier: 'GREEN', stage: 'DRAFT' });
    const edited = await bulletinMutation(t, CISA_ANALYST, UPDATE_BULLETIN, {
      id: draft.id,
      expectedVersion: draft.version,
      title: 'Edited once',
    });
    expect(edited.version).toBe(draft.version + 1);
    await refusedWithoutChange(draft.id, 'CONFLICT', () =>
      attemptBulletinMutation(t, CISA_ANALYST, UPDATE_BULLETIN, {
        id: draft.id,
        expectedVersion: draft.version,
        title: 'Lost update',
      }),
    );
    await refusedWithoutChange(draft.id, 'CONFLICT', () =>
      attemptBulletinMutation(t, CISA_ANALYST, SUBMIT_BULLETIN, { id: draft.id, expectedVersion: draft.version }),
    );
    await refusedWithoutChange(draft.id, 'CONFLICT', () =>
      attemptBulletinMutation(t, CISA_PUBLISHER, PUBLISH_BULLETIN, { id: draft.id, expectedVersion: draft.version }),
    );
    const published = await bulletinMutation(t, CISA_PUBLISHER, PUBLISH_BULLETIN, {
      id: draft.id,
      expectedVersion: edited.version,
    });
    await refusedWithoutChange(draft.id, 'CONFLICT', () =>
      attemptBulletinMutation(t, CISA_PUBLISHER, RETRACT_BULLETIN, {
        id: draft.id,
        expectedVersion: edited.version,
        reason: 'Stale',
      }),
    );
    const amended = await amendBulletin(t, draft.id, published.revision, { title: 'Second revision' });
    expect(amended.revision).toBe(2);
    await refusedWithoutChange(draft.id, 'CONFLICT', () =>
      attemptBulletinMutation(t, CISA_PUBLISHER, AMEND_BULLETIN, {
        id: draft.id,
        expectedRevision: 1,
        changeNote: 'Based on revision 1',
        title: 'Lost amendment',
      }),
    );
  });

  it('two-person rule (R10): AMBER_STRICT and RED are published by a publisher other than the author', async () => {
    // A publisher who writes an AMBER_STRICT bulletin cannot publish it; another publisher of an originator can.
    const byPublisher = await publishBulletin(t, {
      tier: 'AMBER_STRICT',
      stage: 'DRAFT',
      author: CISA_PUBLISHER,
      originators: ['CISA', 'FBI'],
      recipientOrganizations: ['GA-SOS'],
    });
    const self = await refusedWithoutChange(byPublisher.id, 'FORBIDDEN', () =>
      attemptBulletinMutation(t, CISA_PUBLISHER, PUBLISH_BULLETIN, { id: byPublisher.id }),
    );
    expect(self.message).toMatch(/two-person/i);
    expect((await bulletinMutation(t, FBI_PUBLISHER, PUBLISH_BULLETIN, { id: byPublisher.id })).status).toBe(
      'PUBLISHED',
    );

    // The EI-ISAC analyst is also a publisher: still not for their own AMBER_STRICT bulletin.
    const byEiIsac = await publishBulletin(t, {
      tier: 'AMBER_STRICT',
      stage: 'DRAFT',
      author: EIISAC,
      recipientOrganizations: ['GA-SOS'],
    });
    await refusedWithoutChange(byEiIsac.id, 'FORBIDDEN', () =>
      attemptBulletinMutation(t, EIISAC, PUBLISH_BULLETIN, { id: byEiIsac.id }),
    );

    // AMBER is not under the rule.
    const amber = await publishBulletin(t, {
      tier: 'AMBER',
      author: CISA_PUBLISHER,
      publisher: CISA_PUBLISHER,
      recipientOrganizations: ['GA-SOS'],
    });
    expect(amber.status).toBe('PUBLISHED');
    // … but an amendment up to AMBER_STRICT is: it waits, and its author cannot release it (amendment-review.int-spec.ts).
    const tightened = await bulletinMutation(t, CISA_PUBLISHER, AMEND_BULLETIN, {
      id: amber.id,
      expectedRevision: 1,
      changeNote: 'Tighten',
      tier: 'AMBER_STRICT',
    });
    expect(tightened).toMatchObject({ revision: 1, tier: 'AMBER' });
    await refusedWithoutChange(amber.id, 'FORBIDDEN', () =>
      attemptBulletinMutation(t, CISA_PUBLISHER, PUBLISH_BULLETIN, { id: amber.id }),
    );

    // RED: submitting needs a named approver, who may not be the author, and only they publish.
    const red = await publishBulletin(t, {
      tier: 'RED',
      stage: 'DRAFT',
      author: CISA_PUBLISHER,
      originators: ['CISA', 'FBI'],
      recipientUsers: [CISA_ANALYST],
    });
    const noApprover = await refusedWithoutChange(red.id, 'BAD_USER_INPUT', () =>
      attemptBulletinMutation(t, CISA_PUBLISHER, SUBMIT_BULLETIN, { id: red.id }),
    );
    expect(noApprover.fields.map((f) => f.field)).toEqual(['approverUserId']);
    // The author cannot approve their own, nor can a publisher of an organization that does not originate it.
    for (const approver of [CISA_PUBLISHER, 'publisher@eac.demo', CISA_ANALYST]) {
      const approverUserId = await userId(t, approver);
      const named = await refusedWithoutChange(red.id, 'BAD_USER_INPUT', () =>
        attemptBulletinMutation(t, CISA_PUBLISHER, SUBMIT_BULLETIN, { id: red.id, approverUserId }),
      );
      expect(
        named.fields.map((f) => f.field),
        approver,
      ).toEqual(['approverUserId']);
    }
    await bulletinMutation(t, CISA_PUBLISHER, SUBMIT_BULLETIN, {
      id: red.id,
      approverUserId: await userId(t, FBI_PUBLISHER),
    });
    await refusedWithoutChange(red.id, 'FORBIDDEN', () =>
      attemptBulletinMutation(t, CISA_PUBLISHER, PUBLISH_BULLETIN, { id: red.id }),
    );
    expect((await bulletinMutation(t, FBI_PUBLISHER, PUBLISH_BULLETIN, { id: red.id })).status).toBe('PUBLISHED');

    // A RED draft in review to the CISA publisher: the FBI publisher (not named) cannot see it, let alone publish.
    const redForCisa = await publishBulletin(t, {
      tier: 'RED',
      stage: 'IN_REVIEW',
      originators: ['CISA', 'FBI'],
      approver: CISA_PUBLISHER,
      recipientUsers: [FBI_PUBLISHER],
    });
    await refusedWithoutChange(redForCisa.id, 'NOT_FOUND', () =>
      attemptBulletinMutation(t, FBI_PUBLISHER, PUBLISH_BULLETIN, { id: redForCisa.id }),
    );
  });

  it('updateBulletin edits drafts only; submit, publish, retract and acknowledge keep to their stage', async () => {
    const draft = await publishBulletin(t, { tier: 'GREEN', stage: 'DRAFT' });
    const edited = await bulletinMutation(t, CISA_ANALYST, UPDATE_BULLETIN, {
      id: draft.id,
      expectedVersion: 1,
      title: 'A better title',
    });
    expect(edited.title).toBe('A better title');
    await refusedWithoutChange(draft.id, 'CONFLICT', () =>
      attemptBulletinMutation(t, CISA_PUBLISHER, RETRACT_BULLETIN, { id: draft.id, reason: 'Not yet out' }),
    );
    await refusedWithoutChange(draft.id, 'CONFLICT', () =>
      attemptBulletinMutation(t, CISA_ANALYST, ACKNOWLEDGE_BULLETIN, { id: draft.id }),
    );

    const inReview = await publishBulletin(t, { tier: 'GREEN', stage: 'IN_REVIEW' });
    await refusedWithoutChange(inReview.id, 'CONFLICT', () =>
      attemptBulletinMutation(t, CISA_ANALYST, UPDATE_BULLETIN, {
        id: inReview.id,
        expectedVersion: inReview.version,
        title: 'Too late',
      }),
    );
    await refusedWithoutChange(inReview.id, 'CONFLICT', () =>
      attemptBulletinMutation(t, CISA_ANALYST, SUBMIT_BULLETIN, { id: inReview.id }),
    );

    const published = await publishBulletin(t, { tier: 'GREEN' });
    for (const [email, mutation, input] of [
      [CISA_ANALYST, UPDATE_BULLETIN, { expectedVersion: published.version, title: 'Too late' }],
      [CISA_ANALYST, SUBMIT_BULLETIN, {}],
      [CISA_PUBLISHER, PUBLISH_BULLETIN, {}],
    ] as const) {
      await refusedWithoutChange(published.id, 'CONFLICT', () =>
        attemptBulletinMutation(t, email, mutation, { id: published.id, ...input }),
      );
    }

    const retracted = await publishBulletin(t, { tier: 'GREEN' });
    await retractBulletin(t, retracted.id, 'Withdrawn');
    for (const [email, mutation, input] of [
      [CISA_ANALYST, UPDATE_BULLETIN, { expectedVersion: 99, title: 'Too late' }],
      [CISA_PUBLISHER, AMEND_BULLETIN, { expectedRevision: 1, changeNote: 'Revive', title: 'Back again' }],
      [CISA_PUBLISHER, RETRACT_BULLETIN, { reason: 'Twice' }],
      [CISA_PUBLISHER, PUBLISH_BULLETIN, {}],
      ['official@ga.demo', ACKNOWLEDGE_BULLETIN, {}],
    ] as const) {
      const input2 = { id: retracted.id, ...input };
      // A stale version on a retracted bulletin may be CONFLICT either way; the point is that nothing changes.
      await refusedWithoutChange(retracted.id, 'CONFLICT', () => attemptBulletinMutation(t, email, mutation, input2));
    }

    // Only the author submits; a viewer cannot draft; an API key cannot publish.
    const other = await publishBulletin(t, { tier: 'GREEN', stage: 'DRAFT' });
    await refusedWithoutChange(other.id, 'FORBIDDEN', () =>
      attemptBulletinMutation(t, CISA_PUBLISHER, SUBMIT_BULLETIN, { id: other.id }),
    );
    await refusedWithoutChange(other.id, 'FORBIDDEN', () =>
      attemptBulletinMutation(t, 'official@ga.demo', UPDATE_BULLETIN, {
        id: other.id,
        expectedVersion: 1,
        title: 'Mine',
      }),
    );
  });

  it('acknowledgeBulletin is idempotent, and the publisher’s report lists who acknowledged and who has not', async () => {
    const amber = await publishBulletin(t, { tier: 'AMBER', recipientOrganizations: ['GA-SOS'] });
    const first = await acknowledgeBulletin(t, amber.id, 'official@ga.demo');
    const second = await acknowledgeBulletin(t, amber.id, 'official@ga.demo');
    expect(first).toMatchObject({ id: amber.id, acknowledgedByMe: true });
    expect(second).toMatchObject({ id: amber.id, acknowledgedByMe: true });
    expect(
      await countRows(t, 'SELECT count(*) FROM bulletin_acknowledgements WHERE bulletin_id = $1', [amber.id]),
    ).toBe(1);

    const REPORT = `query($id: ID!) { bulletin(id: $id) { acknowledgedByMe acknowledgements {
      revision acknowledgedCount pendingCount
      organizations { organization { shortName } acknowledged { email acknowledgedAt } pending { email } }
    } } }`;
    const report = await t.gql.data<{
      bulletin: {
        acknowledgements: {
          revision: number;
          acknowledgedCount: number;
          pendingCount: number;
          organizations: {
            organization: { shortName: string };
            acknowledged: { email: string; acknowledgedAt: string }[];
            pending: { email: string }[];
          }[];
        };
      };
    }>(REPORT, { id: amber.id }, { token: await accountToken(t, CISA_PUBLISHER) });
    const georgia = report.bulletin.acknowledgements.organizations.find((o) => o.organization.shortName === 'GA-SOS');
    expect(report.bulletin.acknowledgements).toMatchObject({ revision: 1, acknowledgedCount: 1 });
    expect(georgia?.acknowledged.map((a) => a.email)).toEqual(['official@ga.demo']);
    expect(georgia?.acknowledged[0]?.acknowledgedAt).toBeTruthy();
    expect(georgia?.pending.map((p) => p.email)).toEqual(['admin@ga.demo']);
    // AMBER reaches the organizations under a recipient too (R3): Fulton County's clerk is expected to acknowledge.
    const fulton = report.bulletin.acknowledgements.organizations.find((o) => o.organization.shortName === 'GA-FULTON');
    expect(fulton?.pending.map((p) => p.email)).toEqual(['clerk@fulton.ga.demo']);
    expect(report.bulletin.acknowledgements.pendingCount).toBe(2);

    // Readers who are not publishers of an originator see no report.
    for (const email of ['official@ga.demo', CISA_ANALYST]) {
      const seen = await t.gql.data<{ bulletin: { acknowledgements: unknown } }>(
        REPORT,
        { id: amber.id },
        { token: await accountToken(t, email) },
      );
      expect(seen.bulletin.acknowledgements, email).toBeNull();
    }

    // An API key does not acknowledge (a person does), and that changes nothing.
    const key = await createApiKey(t, await accountToken(t, 'admin@ga.demo'), { clearance: 'AMBER' });
    const before = await bulletinSnapshot(t, amber.id);
    const byKey = await t.gql.request(ACKNOWLEDGE_BULLETIN, { input: { id: amber.id } }, { apiKey: key.secret });
    expect(byKey.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await bulletinSnapshot(t, amber.id)).toEqual(before);

    // An amendment is a new revision: acknowledged afresh.
    await amendBulletin(t, amber.id, 1, { summary: 'Updated guidance' });
    const afterAmend = await t.gql.data<{ bulletin: { acknowledgedByMe: boolean } }>(
      REPORT,
      { id: amber.id },
      { token: await accountToken(t, 'official@ga.demo') },
    );
    expect(afterAmend.bulletin.acknowledgedByMe).toBe(false);
  });
});
