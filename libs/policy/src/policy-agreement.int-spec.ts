/* eslint-disable no-restricted-imports -- the agreement test needs a real database */
import { PGlite } from '@electric-sql/pglite';
import fc from 'fast-check';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BulletinStatus, TIERS_IN_ORDER } from '@bulwark/domain';
import { decideRead, type ReadDecision } from './read-decision';
import { readPredicate } from './read-predicate';
import type { MarkingColumns, RevisionMarking } from './revision-marking';
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

async function storeRevisions(db: ScratchDatabase, revisions: readonly RevisionMarking[]): Promise<void> {
  const params: unknown[] = [];
  const bind = (value: unknown): string => `$${params.push(value)}`;
  const rows = revisions.map(
    (r, id) =>
      `(${id}, ${bind(r.tier)}, ${bind(r.tier)}, ${bind(r.status)}, ${bind(r.status)}, ${bind(r.originatorOrgIds)}::uuid[], ` +
      `${bind(r.recipientOrgIds)}::uuid[], ${bind(r.recipientUserIds)}::uuid[], ${bind(r.authorUserId)}::uuid, ${bind(r.approverUserId)}::uuid)`,
  );
  await db.query('DELETE FROM revisions');
  await db.query(`INSERT INTO revisions VALUES ${rows.join(', ')}`, params);
}

interface SqlAnswer {
  id: number;
  by_enum: boolean | null;
  by_text: boolean | null;
}

/** One query per viewer: the predicate's value for every stored revision, on enum and on text columns. */
async function askDatabase(db: ScratchDatabase, viewer: ViewerContext): Promise<SqlAnswer[]> {
  const params: unknown[] = [];
  const bind = (value: unknown): string => `$${params.push(value)}`;
  const onEnum = readPredicate(viewer, ENUM_COLUMNS, bind);
  const onText = readPredicate(viewer, TEXT_COLUMNS, bind);
  return db.query<SqlAnswer>(
    `SELECT r.id, ${onEnum} AS by_enum, ${onText} AS by_text FROM revisions r ORDER BY r.id`,
    params,
  );
}

function disagreement(viewer: ViewerContext, marking: RevisionMarking, memory: ReadDecision, sql: SqlAnswer): Error {
  const predicate = readPredicate(viewer, ENUM_COLUMNS, (value) => JSON.stringify(value));
  const details = {
    viewer,
    marking,
    inMemory: memory,
    sqlOnEnumColumns: sql.by_enum,
    sqlOnTextColumns: sql.by_text,
    predicate,
  };
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

  it('agree on every (viewer, revision) pair of random communities (R1–R14)', async ({ annotate }) => {
    let compared = 0;
    const outcomes = new Map<string, number>();
    const check = async ({ viewers, revisions }: Batch): Promise<void> => {
      await storeRevisions(db, revisions);
      for (const viewer of viewers) {
        const answers = await askDatabase(db, viewer);
        expect(answers).toHaveLength(revisions.length);
        for (const answer of answers) {
          const marking = revisions[answer.id];
          const memory = decideRead(viewer, marking);
          if (answer.by_enum !== memory.allowed || answer.by_text !== memory.allowed) {
            throw disagreement(viewer, marking, memory, answer);
          }
          const outcome = `${memory.allowed ? 'allow' : 'deny'} ${memory.rule}`;
          outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
          compared++;
        }
      }
    };

    await fc.assert(fc.asyncProperty(batchArb, check), { numRuns: 200 });

    await annotate(`${compared} (viewer, revision) pairs compared on ${db.engine}`);
    expect(compared).toBeGreaterThan(1_000);
    // The generator must reach every rule both ways, or agreement would prove little.
    for (const outcome of ['allow R1', 'allow R2', 'allow R3', 'allow R4', 'allow R5', 'allow R11']) {
      expect(outcomes.get(outcome), outcome).toBeGreaterThan(0);
    }
    for (const outcome of ['deny R1', 'deny R2', 'deny R3', 'deny R4', 'deny R5', 'deny R6', 'deny R8', 'deny R11']) {
      expect(outcomes.get(outcome), outcome).toBeGreaterThan(0);
    }
  });
});
