import { describe, expect, it } from 'vitest';
import { Role, Tier } from '@bulwark/domain';
import { readPredicate } from './read-predicate';
import type { MarkingColumns } from './revision-marking';
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

function compile(viewer: ViewerContext): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const sql = readPredicate(viewer, COLUMNS, (value) => {
    params.push(value);
    return `$${params.length}`;
  });
  return { sql, params };
}

const RELEASED_CLEAR_ONLY = `(r.status IN ('PUBLISHED', 'RETRACTED') AND r.tier = 'CLEAR')`;

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
});
