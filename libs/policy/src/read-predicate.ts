import { type BulletinStatus, Tier, tierCovers, tiersUpTo } from '@bulwark/domain';
import { activeReader, type ActiveReader } from './active-reader';
import { RELEASED_STATUSES, UNRELEASED_STATUSES } from './release-status';
import type { MarkingColumns } from './revision-marking';
import type { ViewerContext } from './viewer-context';

/** Registers a bound parameter and returns its placeholder text (`$3`, `:p3`, …), as the caller's driver wants. */
export type BindParam = (value: unknown) => string;

/**
 * The SQL twin of `decideRead`: a boolean expression, for PostgreSQL 15+ and PGlite, true exactly for the
 * revisions this viewer may read. Every viewer value is bound through `param`; only the policy's own enum
 * constants are written into the text. Tier and status columns may be enums or text. With the marking columns
 * NOT NULL (the approver aside) the result is never NULL, so `NOT (…)` is safe too.
 */
export function readPredicate(viewer: ViewerContext, columns: MarkingColumns, param: BindParam): string {
  const reader = activeReader(viewer);
  if (reader === null)
    return `(${isOneOf(columns.status, RELEASED_STATUSES)} AND ${columns.tier} = ${quoted(Tier.CLEAR)})`;
  const bound = lazyBindings(reader, param);
  // Untyped placeholders take the column's type, so one form serves enum and text columns and keeps their index.
  const allowedTiers = tiersUpTo(reader.clearance).map((tier) => param(tier));
  const branches = [
    `(${isOneOf(columns.status, RELEASED_STATUSES)} AND (${releasedAudience(reader, columns, bound).join(' OR ')}))`,
  ];
  const drafts = unreleasedAudience(reader, columns, bound);
  if (drafts.length > 0)
    branches.push(`(${isOneOf(columns.status, UNRELEASED_STATUSES)} AND (${drafts.join(' OR ')}))`);
  return `(${columns.tier} IN (${allowedTiers.join(', ')}) AND (${branches.join(' OR ')}))`;
}

interface Bindings {
  /** `$n::uuid`, the signed-in user. */
  user(): string;
  /** `ARRAY[$n::uuid]`, the viewer's organization, for `@>` on a GIN-indexable uuid[] column. */
  organization(): string;
  /** `$n::uuid[]`, the viewer's organization and its ancestors, for `&&`. */
  lineage(): string;
}

/** Binds each viewer value once, and only if used: an unused positional parameter is an error in PostgreSQL. */
function lazyBindings(reader: ActiveReader, param: BindParam): Bindings {
  const once = (make: () => string): (() => string) => {
    let text: string | undefined;
    return () => (text ??= make());
  };
  return {
    user: once(() => `${param(reader.userId)}::uuid`),
    organization: once(() => `ARRAY[${param(reader.organizationId)}::uuid]`),
    lineage: once(() => `${param(reader.organizationLineage)}::uuid[]`),
  };
}

/** R1–R5 for published and retracted revisions (R13), one clause per tier the viewer's clearance covers (R6). */
function releasedAudience(reader: ActiveReader, c: MarkingColumns, bound: Bindings): string[] {
  const hasOrganization = reader.organizationId !== null;
  const isTier = (tier: Tier): string => `${c.tier} = ${quoted(tier)}`;
  const byTier: Record<Tier, () => string | null> = {
    [Tier.CLEAR]: () => isTier(Tier.CLEAR),
    [Tier.GREEN]: () => (hasOrganization ? isTier(Tier.GREEN) : null),
    [Tier.AMBER]: () =>
      hasOrganization
        ? `(${isTier(Tier.AMBER)} AND (${c.recipientOrgIds} && ${bound.lineage()} OR ${c.originatorOrgIds} @> ${bound.organization()}))`
        : null,
    [Tier.AMBER_STRICT]: () =>
      hasOrganization
        ? `(${isTier(Tier.AMBER_STRICT)} AND (${c.recipientOrgIds} @> ${bound.organization()} OR ${c.originatorOrgIds} @> ${bound.organization()}))`
        : null,
    [Tier.RED]: () =>
      reader.userId !== null
        ? `(${isTier(Tier.RED)} AND (${c.recipientUserIds} @> ARRAY[${bound.user()}] OR ${c.authorUserId} = ${bound.user()} OR ${isApprover(c, bound)}))`
        : null,
  };
  return tiersUpTo(reader.clearance)
    .map((tier) => byTier[tier]())
    .filter((clause): clause is string => clause !== null);
}

/** R11 for drafts and revisions in review; the caller's tier list already applies R6. */
function unreleasedAudience(reader: ActiveReader, c: MarkingColumns, bound: Bindings): string[] {
  if (reader.userId === null) return [];
  const clauses = [`${c.authorUserId} = ${bound.user()}`];
  if (tierCovers(reader.clearance, Tier.RED))
    clauses.push(`(${c.tier} = ${quoted(Tier.RED)} AND ${isApprover(c, bound)})`);
  if (reader.publisher && reader.organizationId !== null) {
    clauses.push(`(${c.tier} <> ${quoted(Tier.RED)} AND ${c.originatorOrgIds} @> ${bound.organization()})`);
  }
  return clauses;
}

/** The IS NOT NULL keeps the answer FALSE, not NULL, for a revision without an approver. */
function isApprover(c: MarkingColumns, bound: Bindings): string {
  return `(${c.approverUserId} IS NOT NULL AND ${c.approverUserId} = ${bound.user()})`;
}

function isOneOf(column: string, statuses: readonly BulletinStatus[]): string {
  return `${column} IN (${statuses.map(quoted).join(', ')})`;
}

/** Our own enum members only, never viewer data. An untyped literal takes the column's type, enum or text. */
function quoted(value: Tier | BulletinStatus): string {
  return `'${value}'`;
}
