/* eslint-disable no-restricted-imports -- the agreement test needs a real database */
import { PGlite } from '@electric-sql/pglite';
import fc from 'fast-check';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BulletinStatus, Tier, TIERS_IN_ORDER } from '@bulwark/domain';
import { decideRead, type ReadDecision } from './read-decision';
import { readPredicate } from './read-predicate';
import { reportMarkingColumns } from './report-marking';
import { REPORT_ONLY, type MarkingColumns, type RevisionMarking } from './revision-marking';
import { batchArb, type Batch } from './testing/community.arbitraries';
import type { ViewerContext } from './viewer-context';

interface ScratchDatabase {
  readonly engine: string;
  query<Row>(sql: string, params?: unknown[]): Promise<Row[]>;
  close(): Promise<void>;
}

/** PostgreSQL when TEST_DATABASE_URL is set, else an in-memory PGlite. Everything created is session-temporary. */
async function openScratchDatabase(): Promise<ScratchDatabase> {
  const url = process.env['TEST_DATABASE_URL'] || undefined;
  if (url) {
    const client = new Client({ connectionString: url });
    await client.connect();
    return {
      engine: 'PostgreSQL',
      query: async <Row>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as Row[],
      close: () => client.end(),
    };
  }
  const db = new PGlite();
  await db.waitReady;
  return {
    engine: 'PGlite',
    query: async <Row>(sql: string, params?: unknown[]) => (await db.query<Row>(sql, params)).rows,
    close: () => db.close(),
  };
}

const enumLabels = (values: readonly string[]): string => values.map((value) => `'${value}'`).join(', ');

// The same marking twice, as the app's enum types and as text, so the predicate is checked on both column kinds.
const SCHEMA = [
  `CREATE TYPE pg_temp.tier AS ENUM (${enumLabels(TIERS_IN_ORDER)})`,
  `CREATE TYPE pg_temp.bulletin_status AS ENUM (${enumLabels(Object.values(BulletinStatus))})`,
  `CREATE TEMP TABLE revisions (
    id integer PRIMARY KEY,
    kind text NOT NULL,
    tier_enum pg_temp.tier NOT NULL,
    tier_text text NOT NULL,
    status_enum pg_temp.bulletin_status NOT NULL,
    status_text text NOT NULL,
    originator_org_ids uuid[] NOT NULL,
    recipient_org_ids uuid[] NOT NULL,
    recipient_user_ids uuid[] NOT NULL,
    author_user_id uuid NOT NULL,
    approver_user_id uuid
  )`,
];

const SHARED_COLUMNS = {
  originatorOrgIds: 'r.originator_org_ids',
  recipientOrgIds: 'r.recipient_org_ids',
  recipientUserIds: 'r.recipient_user_ids',
  authorUserId: 'r.author_user_id',
  approverUserId: 'r.approver_user_id',
};
const ENUM_COLUMNS: MarkingColumns = { tier: 'r.tier_enum', status: 'r.status_enum', ...SHARED_COLUMNS };
const TEXT_COLUMNS: MarkingColumns = { tier: 'r.tier_text', status: 'r.status_text', ...SHARED_COLUMNS };
/** A reports table as the incidents module has one: one reporting organization, no status, approver or named users. */
const REPORT_TABLE_COLUMNS = reportMarkingColumns({
  tier: 'r.tier_enum',
  reportingOrgId: 'r.originator_org_ids[1]',
  recipientOrgIds: 'r.recipient_org_ids',
  reporterUserId: 'r.author_user_id',
});

/** The stored marking as the reports table above keeps it: its constants instead of the row's other columns. */
const withReportFillers = (marking: RevisionMarking): RevisionMarking => ({
  ...marking,
  status: BulletinStatus.PUBLISHED,
  originatorOrgIds: marking.originatorOrgIds.slice(0, 1),
  recipientUserIds: [],
  approverUserId: null,
});

/**
 * One way of calling `readPredicate` on the stored rows, and what each row then means to `decideRead`: a query
 * without `kind` reads every row as a bulletin, `REPORT_ONLY` every row as a report, a kind column each row as marked.
 */
interface Variant {
  readonly name: string;
  readonly columns: MarkingColumns;
  readonly asMarked: (stored: RevisionMarking) => RevisionMarking;
}

const asBulletin = (marking: RevisionMarking): RevisionMarking => ({ ...marking, kind: 'BULLETIN' });
const asReport = (marking: RevisionMarking): RevisionMarking => ({ ...marking, kind: 'INCIDENT_REPORT' });
const asStored = (marking: RevisionMarking): RevisionMarking => marking;

const VARIANTS: readonly Variant[] = [
  { name: 'bulletins, enum columns', columns: ENUM_COLUMNS, asMarked: asBulletin },
  { name: 'bulletins, text columns', columns: TEXT_COLUMNS, asMarked: asBulletin },
  { name: 'mixed, enum columns', columns: { ...ENUM_COLUMNS, kind: 'r.kind' }, asMarked: asStored },
  { name: 'mixed, text columns', columns: { ...TEXT_COLUMNS, kind: 'r.kind' }, asMarked: asStored },
  { name: 'reports only', columns: { ...TEXT_COLUMNS, kind: REPORT_ONLY }, asMarked: asReport },
  { name: 'reports table', columns: REPORT_TABLE_COLUMNS, asMarked: (m) => asReport(withReportFillers(m)) },
  // The reports table's constants (status, approver, named users) in a mixed query, where they are all written.
  {
    name: 'mixed, reports table constants',
    columns: { ...REPORT_TABLE_COLUMNS, kind: 'r.kind' },
    asMarked: withReportFillers,
  },
];
/** Rule outcomes are counted on this variant: every row as it was generated. */
const AS_STORED = VARIANTS.findIndex((variant) => variant.name === 'mixed, enum columns');

async function storeRevisions(db: ScratchDatabase, revisions: readonly RevisionMarking[]): Promise<void> {
  const params: unknown[] = [];
  const bind = (value: unknown): string => `$${params.push(value)}`;
  const rows = revisions.map(
    (r, id) =>
      `(${id}, ${bind(r.kind ?? 'BULLETIN')}, ${bind(r.tier)}, ${bind(r.tier)}, ${bind(r.status)}, ${bind(r.status)}, ` +
      `${bind(r.originatorOrgIds)}::uuid[], ${bind(r.recipientOrgIds)}::uuid[], ${bind(r.recipientUserIds)}::uuid[], ` +
      `${bind(r.authorUserId)}::uuid, ${bind(r.approverUserId)}::uuid)`,
  );
  await db.query('DELETE FROM revisions');
  await db.query(`INSERT INTO revisions VALUES ${rows.join(', ')}`, params);
}

/** A row id, then the predicate's value under each variant in order (`v0`, `v1`, …). */
type SqlAnswer = { id: number } & Record<`v${number}`, boolean | null>;

/** One query per viewer: the predicate's value for every stored revision, under every variant. */
async function askDatabase(db: ScratchDatabase, viewer: ViewerContext): Promise<SqlAnswer[]> {
  const params: unknown[] = [];
  const bind = (value: unknown): string => `$${params.push(value)}`;
  const values = VARIANTS.map((variant, i) => `${readPredicate(viewer, variant.columns, bind)} AS v${i}`);
  return db.query<SqlAnswer>(`SELECT r.id, ${values.join(', ')} FROM revisions r ORDER BY r.id`, params);
}

function disagreement(
  viewer: ViewerContext,
  variant: Variant,
  marking: RevisionMarking,
  memory: ReadDecision,
  sql: boolean | null,
): Error {
  const predicate = readPredicate(viewer, variant.columns, (value) => JSON.stringify(value));
  const details = { variant: variant.name, viewer, marking, inMemory: memory, sql, predicate };
  return new Error(`The evaluators disagree:\n${JSON.stringify(details, null, 2)}`);
}

describe('policy agreement: decideRead and readPredicate on a real database', () => {
  let db: ScratchDatabase;

  beforeAll(async () => {
    db = await openScratchDatabase();
    for (const statement of SCHEMA) await db.query(statement);
  });

  afterAll(async () => {
    await db?.close();
  });

  it('agree on every (viewer, revision or report) pair of random communities (R1–R14, R19)', async ({ annotate }) => {
    let compared = 0;
    const outcomes = new Map<string, number>();
    const count = (outcome: string): void => void outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    const check = async ({ viewers, revisions }: Batch): Promise<void> => {
      await storeRevisions(db, revisions);
      for (const viewer of viewers) {
        const answers = await askDatabase(db, viewer);
        expect(answers).toHaveLength(revisions.length);
        for (const answer of answers) {
          const stored = revisions[answer.id];
          VARIANTS.forEach((variant, i) => {
            const marking = variant.asMarked(stored);
            const memory = decideRead(viewer, marking);
            const sql = answer[`v${i}`];
            if (sql !== memory.allowed) throw disagreement(viewer, variant, marking, memory, sql);
            if (i === AS_STORED) {
              const outcome = `${memory.allowed ? 'allow' : 'deny'} ${memory.rule}`;
              count(outcome);
              // R19 on RED (named people only) is counted apart too: it is the report rule's narrowest case.
              if (memory.rule === 'R19' && marking.tier === Tier.RED) count(`${outcome} RED`);
              compared++;
            }
          });
        }
      }
    };

    await fc.assert(fc.asyncProperty(batchArb, check), { numRuns: 200 });

    await annotate(
      `${compared} (viewer, marking) pairs compared on ${db.engine}, under ${VARIANTS.length} column sets`,
    );
    expect(compared).toBeGreaterThan(1_000);
    // The generator must reach every rule both ways, or agreement would prove little.
    for (const outcome of [
      'allow R1',
      'allow R2',
      'allow R3',
      'allow R4',
      'allow R5',
      'allow R11',
      'allow R19',
      'allow R19 RED',
    ]) {
      expect(outcomes.get(outcome), outcome).toBeGreaterThan(0);
    }
    for (const outcome of [
      'deny R1',
      'deny R2',
      'deny R3',
      'deny R4',
      'deny R5',
      'deny R6',
      'deny R8',
      'deny R11',
      'deny R19',
      'deny R19 RED',
    ]) {
      expect(outcomes.get(outcome), outcome).toBeGreaterThan(0);
    }
  });
});
