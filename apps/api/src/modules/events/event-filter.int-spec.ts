import { PGlite } from '@electric-sql/pglite';
import { BulletinEventType, Category, Severity, Tier } from '@bulwark/domain';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqlOfText } from '@api/database/typed-sql';
// eslint-disable-next-line import-x/no-restricted-paths -- the one test that holds BulletinReader's SQL filter and the fan-out's in-memory one in step
import { eventFilterConditions } from '@api/modules/bulletins/content-filter-conditions';
import type { BulletinEventFilter } from './dto/bulletin-events.args';
import { type FilterableEvent, matchesEventFilter } from './event-filter';

const ORGS = [
  '00000000-0000-4000-8000-000000000001',
  '00000000-0000-4000-8000-000000000002',
  '00000000-0000-4000-8000-000000000003',
];
const STATES = ['GA', 'PA', 'AZ'];
const TAGS = ['phishing', 'albert', 'ddos'];

const someOf = <T>(values: readonly T[]) => fc.subarray([...values], { minLength: 0 });
const optionalList = <T>(values: readonly T[]) =>
  fc.option(fc.subarray([...values], { minLength: 1 }), { nil: undefined });

const eventArb: fc.Arbitrary<FilterableEvent> = fc.record({
  type: fc.constantFrom(...Object.values(BulletinEventType)),
  tier: fc.constantFrom(...Object.values(Tier)),
  category: fc.constantFrom(...Object.values(Category)),
  severity: fc.constantFrom(...Object.values(Severity)),
  jurisdictions: someOf(STATES),
  originatorOrgIds: fc.subarray(ORGS, { minLength: 1 }),
  tags: someOf(TAGS),
});

const filterArb: fc.Arbitrary<BulletinEventFilter> = fc.record({
  types: optionalList(Object.values(BulletinEventType)),
  tiers: optionalList(Object.values(Tier)),
  categories: optionalList(Object.values(Category)),
  minSeverity: fc.option(fc.constantFrom(...Object.values(Severity)), { nil: undefined }),
  jurisdictions: optionalList(STATES),
  originatorIds: optionalList(ORGS),
  tags: optionalList(TAGS),
});

/** Lists as array literals, as node-postgres sends them (PGlite's own client knows no enum array type). */
function asNodePostgresSends(value: unknown): unknown {
  return Array.isArray(value) ? `{${value.map((item) => `"${String(item)}"`).join(',')}}` : value;
}

describe('the event filter, in memory and in SQL', () => {
  let db: PGlite;
  beforeAll(async () => {
    db = new PGlite();
    // The revision's enum columns as the schema types them: the filter compares them as their own type.
    const enumType = (name: string, values: readonly string[]) =>
      `CREATE TYPE ${name} AS ENUM (${values.map((value) => `'${value}'`).join(', ')});`;
    await db.exec(`${enumType('tier', Object.values(Tier))} ${enumType('category', Object.values(Category))}
      ${enumType('severity', Object.values(Severity))}
      CREATE TABLE e (id int PRIMARY KEY, type text);
      CREATE TABLE r (id int PRIMARY KEY, tier tier, category category, severity severity, jurisdictions varchar[], originator_org_ids uuid[], tags varchar[]);`);
  });
  afterAll(() => db.close());

  it('agrees on random filters and events', async () => {
    await fc.assert(
      fc.asyncProperty(filterArb, fc.array(eventArb, { minLength: 1, maxLength: 12 }), async (filter, events) => {
        await db.exec('DELETE FROM e; DELETE FROM r;');
        for (const [i, ev] of events.entries()) {
          await db.query('INSERT INTO e VALUES ($1, $2)', [i, ev.type]);
          await db.query('INSERT INTO r VALUES ($1, $2, $3, $4, $5, $6, $7)', [
            i,
            ev.tier,
            ev.category,
            ev.severity,
            ev.jurisdictions,
            ev.originatorOrgIds,
            ev.tags,
          ]);
        }
        const where = sql.join([sql`true`, ...eventFilterConditions(filter)], sql` AND `);
        const statement = sqlOfText(sql`SELECT e.id FROM e JOIN r ON r.id = e.id WHERE ${where} ORDER BY e.id`);
        const rows = await db.query<{ id: number }>(statement.sql, statement.parameters.map(asNodePostgresSends));
        const memory = events.flatMap((ev, i) => (matchesEventFilter(filter, ev) ? [i] : []));
        expect(rows.rows.map((row) => row.id)).toEqual(memory);
      }),
      { numRuns: 150 },
    );
  });
});
