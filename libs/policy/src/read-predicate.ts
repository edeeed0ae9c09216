import { type BulletinStatus, Tier, tierCovers, tiersUpTo } from '@bulwark/domain';
import { activeReader, type ActiveReader } from './active-reader';
import { RELEASED_STATUSES, UNRELEASED_STATUSES } from './release-status';
import { BULLETIN_ONLY, REPORT_ONLY, type MarkingColumns, type MarkingKind } from './revision-marking';
import type { ViewerContext } from './viewer-context';

/** Registers a bound parameter and returns its placeholder text (`$3`, `:p3`, …), as the caller's driver wants. */
export type BindParam = (value: unknown) => string;

/**
 * The SQL twin of `decideRead`: a boolean expression, for PostgreSQL 15+ and PGlite, true exactly for the
 * revisions (and incident reports) this viewer may read. Every viewer value is bound through `param`; only the policy's own enum
 * constants are written into the text. Tier and status columns may be enums or text. With the marking columns
 * NOT NULL (the approver aside) the result is never NULL, so `NOT (…)` is safe too.
 *
 * `columns.kind` chooses what the rows are (see `MarkingColumns.kind`):
 * - absent or `BULLETIN_ONLY`: bulletin revisions (R1–R14), the very text this function wrote before reports
 *   existed, so existing queries, plans and partial indexes are untouched;
 * - `REPORT_ONLY`: incident reports (R19) only, with no kind test; `FALSE` for a viewer who reads no report
 *   (anonymous, inactive, without an organization). `reportMarkingColumns` builds these columns;
 * - any other expression: a column telling each row's kind, for bulletins and reports in one query.
 */
export function readPredicate(viewer: ViewerContext, columns: MarkingColumns, param: BindParam): string {
  const reader = activeReader(viewer);
  const kind = columns.kind ?? BULLETIN_ONLY;
  if (kind === BULLETIN_ONLY) {
    if (reader === null) return releasedClear(columns);
    return withinClearance(reader, columns, param, (bound) => bulletinAudience(reader, columns, bound));
  }
  if (kind === REPORT_ONLY) {
    if (reader === null || reader.organizationId === null) return 'FALSE';
    return withinClearance(reader, columns, param, (bound) => reportAudience(reader, columns, bound));
  }
  const isKind = (value: MarkingKind): string => `${kind} = ${quoted(value)}`;
  if (reader === null) return `(${isKind('BULLETIN')} AND ${releasedClear(columns)})`;
  return withinClearance(reader, columns, param, (bound) => {
    const bulletins = `(${isKind('BULLETIN')} AND ${bulletinAudience(reader, columns, bound)})`;
    if (reader.organizationId === null) return bulletins;
    return `(${bulletins} OR (${isKind('INCIDENT_REPORT')} AND ${reportAudience(reader, columns, bound)}))`;
  });
}

/** R1, R8: what an anonymous or inactive viewer reads. No report: R19 wants an active member. */
function releasedClear(columns: MarkingColumns): string {
  return `(${isOneOf(columns.status, RELEASED_STATUSES)} AND ${columns.tier} = ${quoted(Tier.CLEAR)})`;
}

/** R6 around an audience: the tiers the clearance covers, bound before the audience binds its own values. */
function withinClearance(
  reader: ActiveReader,
  columns: MarkingColumns,
  param: BindParam,
  audience: (bound: Bindings) => string,
): string {
  const bound = lazyBindings(reader, param);
  // Untyped placeholders take the column's type, so one form serves enum and text columns and keeps their index.
  const allowedTiers = tiersUpTo(reader.clearance).map((tier) => param(tier));
  return `(${columns.tier} IN (${allowedTiers.join(', ')}) AND ${audience(bound)})`;
}

/** R1–R5 and R11 for a bulletin revision, inside `withinClearance`. */
function bulletinAudience(reader: ActiveReader, columns: MarkingColumns, bound: Bindings): string {
  const branches = [
    `(${isOneOf(columns.status, RELEASED_STATUSES)} AND (${releasedAudience(reader, columns, bound).join(' OR ')}))`,
  ];
  const drafts = unreleasedAudience(reader, columns, bound);
  if (drafts.length > 0)
    branches.push(`(${isOneOf(columns.status, UNRELEASED_STATUSES)} AND (${drafts.join(' OR ')}))`);
  return `(${branches.join(' OR ')})`;
}

/**
 * R19 for a reader with an organization, inside `withinClearance`: their own organization reported it or receives
 * it (`@>` on the exact organization, never the lineage); RED also wants the reporter or a named recipient user.
 * Status and approver are not read.
 */
function reportAudience(reader: ActiveReader, c: MarkingColumns, bound: Bindings): string {
  const isParty = `(${c.originatorOrgIds} @> ${bound.organization()} OR ${c.recipientOrgIds} @> ${bound.organization()})`;
  if (!tierCovers(reader.clearance, Tier.RED)) return isParty;
  const notRed = `${c.tier} <> ${quoted(Tier.RED)}`;
  const named =
    reader.userId === null
      ? notRed
      : `(${notRed} OR ${c.authorUserId} = ${bound.user()} OR ${c.recipientUserIds} @> ARRAY[${bound.user()}])`;
  return `(${isParty} AND ${named})`;
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
function quoted(value: Tier | BulletinStatus | MarkingKind): string {
  return `'${value}'`;
}
