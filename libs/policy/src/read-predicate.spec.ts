import { describe, expect, it } from 'vitest';
import { Role, Tier } from '@bulwark/domain';
import { readPredicate } from './read-predicate';
import { reportMarkingColumns } from './report-marking';
import { BULLETIN_ONLY, REPORT_ONLY, type MarkingColumns } from './revision-marking';
import { anApiKey, aUser, ORG, USER } from './testing/policy.factories';
import { ANONYMOUS_VIEWER, type ViewerContext } from './viewer-context';

const COLUMNS: MarkingColumns = {
  tier: 'r.tier',
  status: 'r.status',
  originatorOrgIds: 'r.originator_org_ids',
  recipientOrgIds: 'r.recipient_org_ids',
  recipientUserIds: 'r.recipient_user_ids',
  authorUserId: 'r.author_user_id',
  approverUserId: 'r.approver_user_id',
};

function compile(viewer: ViewerContext, columns: MarkingColumns = COLUMNS): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const sql = readPredicate(viewer, columns, (value) => {
    params.push(value);
    return `$${params.length}`;
  });
  return { sql, params };
}

const RELEASED_CLEAR_ONLY = `(r.status IN ('PUBLISHED', 'RETRACTED') AND r.tier = 'CLEAR')`;

// The bulletin predicate's text before reports existed, verbatim: queries, plans and partial indexes depend on it.
const BULLETIN_TEXT_BEFORE_R19: ReadonlyArray<[string, ViewerContext, string]> = [
  ['anonymous', ANONYMOUS_VIEWER, `(r.status IN ('PUBLISHED', 'RETRACTED') AND r.tier = 'CLEAR')`],
  [
    'a Fulton publisher cleared for RED',
    aUser(USER.recipient, ORG.fulton, { roles: [Role.PUBLISHER] }),
    `(r.tier IN ($1, $2, $3, $4, $5) AND ((r.status IN ('PUBLISHED', 'RETRACTED') AND (r.tier = 'CLEAR' OR r.tier = 'GREEN' OR (r.tier = 'AMBER' AND (r.recipient_org_ids && $6::uuid[] OR r.originator_org_ids @> ARRAY[$7::uuid])) OR (r.tier = 'AMBER_STRICT' AND (r.recipient_org_ids @> ARRAY[$7::uuid] OR r.originator_org_ids @> ARRAY[$7::uuid])) OR (r.tier = 'RED' AND (r.recipient_user_ids @> ARRAY[$8::uuid] OR r.author_user_id = $8::uuid OR (r.approver_user_id IS NOT NULL AND r.approver_user_id = $8::uuid))))) OR (r.status IN ('DRAFT', 'IN_REVIEW') AND (r.author_user_id = $8::uuid OR (r.tier = 'RED' AND (r.approver_user_id IS NOT NULL AND r.approver_user_id = $8::uuid)) OR (r.tier <> 'RED' AND r.originator_org_ids @> ARRAY[$7::uuid])))))`,
  ],
  [
    'a GREEN user',
    aUser(USER.outsider, ORG.vendor, { clearance: Tier.GREEN }),
    `(r.tier IN ($1, $2) AND ((r.status IN ('PUBLISHED', 'RETRACTED') AND (r.tier = 'CLEAR' OR r.tier = 'GREEN')) OR (r.status IN ('DRAFT', 'IN_REVIEW') AND (r.author_user_id = $3::uuid))))`,
  ],
  [
    'an AMBER_STRICT API key',
    anApiKey(ORG.georgia, { clearance: Tier.AMBER_STRICT }),
    `(r.tier IN ($1, $2, $3, $4) AND ((r.status IN ('PUBLISHED', 'RETRACTED') AND (r.tier = 'CLEAR' OR r.tier = 'GREEN' OR (r.tier = 'AMBER' AND (r.recipient_org_ids && $5::uuid[] OR r.originator_org_ids @> ARRAY[$6::uuid])) OR (r.tier = 'AMBER_STRICT' AND (r.recipient_org_ids @> ARRAY[$6::uuid] OR r.originator_org_ids @> ARRAY[$6::uuid]))))))`,
  ],
];

const MIXED: MarkingColumns = { ...COLUMNS, kind: 'r.kind' };
const REPORTS = reportMarkingColumns({
  tier: 'i.tier',
  reportingOrgId: 'i.reporting_org_id',
  recipientOrgIds: 'i.recipient_org_ids',
  reporterUserId: 'i.reporter_user_id',
});

// Semantics are checked against a real database in policy-agreement.int-spec.ts; these pin the shape.
describe('readPredicate', () => {
  it('R1: an anonymous viewer gets the short released-CLEAR predicate and binds nothing', () => {
    expect(compile(ANONYMOUS_VIEWER)).toEqual({ sql: RELEASED_CLEAR_ONLY, params: [] });
  });

  it('R8: a deactivated user or revoked key gets the same short predicate', () => {
    expect(compile(aUser(USER.author, ORG.cisa, { active: false, roles: [Role.PUBLISHER] })).sql).toBe(
      RELEASED_CLEAR_ONLY,
    );
    expect(compile(anApiKey(ORG.cisa, { active: false })).sql).toBe(RELEASED_CLEAR_ONLY);
  });

  it('never writes viewer data into the text, and binds each value once', () => {
    const viewer = aUser(USER.recipient, ORG.fulton, { roles: [Role.PUBLISHER] });
    const { sql, params } = compile(viewer);
    for (const id of [USER.recipient, ORG.fulton, ORG.georgia]) expect(sql).not.toContain(id);
    expect(params).toEqual([
      Tier.CLEAR,
      Tier.GREEN,
      Tier.AMBER,
      Tier.AMBER_STRICT,
      Tier.RED,
      [ORG.fulton, ORG.georgia],
      ORG.fulton,
      USER.recipient,
    ]);
  });

  it('uses every parameter it binds: an unused positional parameter fails in PostgreSQL', () => {
    const viewers = [
      aUser(USER.author, ORG.cisa, { clearance: Tier.GREEN }),
      aUser(USER.author, ORG.cisa, { organizationId: null, organizationAncestorIds: [] }),
      anApiKey(ORG.georgia, { clearance: Tier.AMBER_STRICT }),
      anApiKey(ORG.georgia, { organizationId: null, organizationAncestorIds: [] }),
    ];
    for (const viewer of viewers) {
      const { sql, params } = compile(viewer);
      params.forEach((_, i) => expect(sql).toMatch(new RegExp(`\\$${i + 1}(?!\\d)`)));
    }
  });

  it('R6: binds the tiers the clearance covers and writes no clause for higher tiers', () => {
    const { sql, params } = compile(aUser(USER.outsider, ORG.vendor, { clearance: Tier.GREEN }));
    expect(params.slice(0, 2)).toEqual([Tier.CLEAR, Tier.GREEN]);
    expect(sql).toContain('r.tier IN ($1, $2)');
    expect(sql).not.toMatch(/AMBER|RED'/);
  });

  it('R2–R4: a viewer without an organization gets no organization clauses, and no FALSE placeholder', () => {
    const { sql, params } = compile(
      aUser(USER.outsider, ORG.vendor, { organizationId: null, organizationAncestorIds: [] }),
    );
    expect(sql).not.toMatch(/GREEN|AMBER|FALSE|originator|recipient_org/);
    expect(params).not.toContain(null);
  });

  it('R5, R11: an API key gets no RED clause and no draft clause, whatever roles it claims', () => {
    const { sql, params } = compile(anApiKey(ORG.cisa, { roles: [Role.PUBLISHER, Role.PLATFORM_ADMIN] }));
    expect(sql).not.toMatch(/'RED'|DRAFT|author|approver|recipient_user/);
    expect(params).not.toContain(null);
  });

  it('R11: only a PUBLISHER gets the originator draft clause', () => {
    expect(compile(aUser(USER.author, ORG.cisa, { roles: [Role.ANALYST] })).sql).not.toContain(`<> 'RED'`);
    expect(compile(aUser(USER.author, ORG.cisa, { roles: [Role.PUBLISHER] })).sql).toContain(
      `(r.tier <> 'RED' AND r.originator_org_ids @> ARRAY[$7::uuid])`,
    );
  });

  describe('kind: which rows are bulletins and which are incident reports', () => {
    it.each(BULLETIN_TEXT_BEFORE_R19)(
      'R19: without a kind, or with BULLETIN_ONLY, %s gets the bulletin text unchanged',
      (_, viewer, before) => {
        expect(compile(viewer).sql).toBe(before);
        expect(compile(viewer, { ...COLUMNS, kind: undefined }).sql).toBe(before);
        expect(compile(viewer, { ...COLUMNS, kind: BULLETIN_ONLY }).sql).toBe(before);
      },
    );

    it('R19: a reports table gets R19 alone, on the exact organization, with no kind, status or approver', () => {
      const { sql, params } = compile(aUser(USER.recipient, ORG.fulton, { clearance: Tier.AMBER_STRICT }), REPORTS);
      expect(sql).toBe(
        `(i.tier IN ($1, $2, $3, $4) AND (ARRAY[i.reporting_org_id] @> ARRAY[$5::uuid] OR i.recipient_org_ids @> ARRAY[$5::uuid]))`,
      );
      expect(params).toEqual([Tier.CLEAR, Tier.GREEN, Tier.AMBER, Tier.AMBER_STRICT, ORG.fulton]);
    });

    it('R19, R5: a RED-cleared user reads RED reports only as their reporter or a named user', () => {
      expect(compile(aUser(USER.recipient, ORG.fulton), REPORTS).sql).toBe(
        `(i.tier IN ($1, $2, $3, $4, $5) AND ((ARRAY[i.reporting_org_id] @> ARRAY[$6::uuid] OR i.recipient_org_ids @> ARRAY[$6::uuid]) AND (i.tier <> 'RED' OR i.reporter_user_id = $7::uuid OR '{}'::uuid[] @> ARRAY[$7::uuid])))`,
      );
      expect(compile(anApiKey(ORG.fulton), REPORTS).sql).toContain(`AND i.tier <> 'RED')`);
    });

    it('R19: REPORT_ONLY with the caller’s own columns reads no status and no approver', () => {
      const { sql } = compile(aUser(USER.recipient, ORG.fulton, { roles: [Role.PUBLISHER] }), {
        ...COLUMNS,
        kind: REPORT_ONLY,
      });
      expect(sql).not.toMatch(/r\.status|approver|&&|r\.kind|INCIDENT_REPORT|BULLETIN/);
    });

    it('R19, R8: anonymous, inactive and organization-less viewers get FALSE on reports, and bind nothing', () => {
      const nobody = [
        ANONYMOUS_VIEWER,
        aUser(USER.author, ORG.fulton, { active: false }),
        anApiKey(ORG.fulton, { active: false }),
        aUser(USER.author, ORG.fulton, { organizationId: null, organizationAncestorIds: [] }),
      ];
      for (const viewer of nobody) expect(compile(viewer, REPORTS)).toEqual({ sql: 'FALSE', params: [] });
    });

    it('R19, R1: in a mixed query an anonymous viewer reads released CLEAR bulletins, never a report', () => {
      expect(compile(ANONYMOUS_VIEWER, MIXED)).toEqual({
        sql: `(r.kind = 'BULLETIN' AND ${RELEASED_CLEAR_ONLY})`,
        params: [],
      });
    });

    it('R19: in a mixed query each kind gets its own audience, and a viewer without organization no report clause', () => {
      const { sql } = compile(aUser(USER.recipient, ORG.fulton), MIXED);
      expect(sql).toMatch(
        /^\(r\.tier IN \(\$1, \$2, \$3, \$4, \$5\) AND \(\(r\.kind = 'BULLETIN' AND .+\) OR \(r\.kind = 'INCIDENT_REPORT' AND .+\)\)\)$/,
      );
      const stray = compile(
        aUser(USER.recipient, ORG.fulton, { organizationId: null, organizationAncestorIds: [] }),
        MIXED,
      );
      expect(stray.sql).toContain(`r.kind = 'BULLETIN'`);
      expect(stray.sql).not.toContain('INCIDENT_REPORT');
    });

    it('R19: uses every parameter it binds, for reports and mixed queries too', () => {
      const viewers = [
        aUser(USER.author, ORG.cisa, { clearance: Tier.GREEN }),
        aUser(USER.author, ORG.cisa),
        aUser(USER.author, ORG.cisa, { organizationId: null, organizationAncestorIds: [] }),
        anApiKey(ORG.georgia),
        anApiKey(ORG.georgia, { clearance: Tier.AMBER }),
      ];
      for (const columns of [REPORTS, MIXED, { ...COLUMNS, kind: REPORT_ONLY }])
        for (const viewer of viewers) {
          const { sql, params } = compile(viewer, columns);
          params.forEach((_, i) => expect(sql).toMatch(new RegExp(`\\$${i + 1}(?!\\d)`)));
          for (const id of [ORG.cisa, ORG.georgia, USER.author]) expect(sql).not.toContain(id);
        }
    });
  });
});
