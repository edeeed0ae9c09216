import { sql, type SqlBool } from 'kysely';
import { describe, expect, it } from 'vitest';
import { newestPageQuery, relevancePageQuery } from './page-queries';

const where = sql<SqlBool>`<where>`;
const tsquery = sql`<tsquery>`;
const after = { rank: '0.5', listedAt: '2026-01-01 00:00:00+00', id: 'id', windowTop: '2026-01-02 00:00:00+00' };

/** The statement, one clause a line, with BULLETIN_COLUMNS (typed and tested elsewhere) left out. */
function shape(text: string): string {
  return text
    .replace(/select "b"\."id", .*? as "listed_at_key"/, 'select <BULLETIN_COLUMNS>')
    .replace(/ (?=from |where |order by |limit |union all |inner join |select <|"\w+" as (materialized )?\()/g, '\n');
}

// The plan of these statements is benchmarked (docs/benchmarks.md): a change here must be measured again.
describe('page queries', () => {
  it('keeps the benchmarked shape of a newest-first page', () => {
    expect(shape(newestPageQuery(where, after, 20).sql)).toMatchInlineSnapshot(`
      "with
      "walked" as (select "r"."id", "r"."listed_at"
      from (select "r".*
      from "bulletin_revisions" as "r"
      where "r"."is_current" and ("r"."listed_at", "r"."id") < ($1::timestamptz, $2::uuid)
      order by "r"."listed_at" desc, "r"."id" desc
      limit 10000) as "r"
      where <where>
      order by "r"."listed_at" desc, "r"."id" desc
      limit 21),
      "rest" as materialized (select "r"."id", "r"."listed_at"
      from "bulletin_revisions" as "r"
      where "r"."is_current" and ("r"."listed_at", "r"."id") < ($3::timestamptz, $4::uuid) and <where> and ("r"."listed_at", "r"."id") < (select "s"."listed_at", "s"."id"
      from "bulletin_revisions" as "s"
      where "s"."is_current" and ("s"."listed_at", "s"."id") < ($5::timestamptz, $6::uuid)
      order by "s"."listed_at" desc, "s"."id" desc
      limit 1 offset 9999)),
      "matches" as (select "id", "listed_at"
      from "walked"
      union all (select "id", "listed_at"
      from "rest"
      where (select count("id") as "found"
      from "walked") < 21
      order by "listed_at" desc, "id" desc
      limit 21))
      select <BULLETIN_COLUMNS>, NULL as "rank", NULL as "window_top"
      from "matches" as "m"
      inner join "bulletin_revisions" as "r" on "r"."id" = "m"."id"
      inner join "bulletins" as "b" on "b"."id" = "r"."bulletin_id"
      order by "m"."listed_at" desc, "m"."id" desc
      limit 21"
    `);
  });

  it('keeps the benchmarked shape of a RELEVANCE page', () => {
    expect(shape(relevancePageQuery(where, tsquery, after, 20).sql)).toMatchInlineSnapshot(`
      "with
      "walked" as (select "r"."id", "r"."listed_at"
      from (select "r".*
      from "bulletin_revisions" as "r"
      where "r"."is_current" and "r"."listed_at" <= $1::timestamptz
      order by "r"."listed_at" desc, "r"."id" desc
      limit 20000) as "r"
      where <where>
      order by "r"."listed_at" desc, "r"."id" desc
      limit 500),
      "rest" as materialized (select "r"."id", "r"."listed_at"
      from "bulletin_revisions" as "r"
      where "r"."is_current" and "r"."listed_at" <= $2::timestamptz and <where> and ("r"."listed_at", "r"."id") < (select "s"."listed_at", "s"."id"
      from "bulletin_revisions" as "s"
      where "s"."is_current" and "s"."listed_at" <= $3::timestamptz
      order by "s"."listed_at" desc, "s"."id" desc
      limit 1 offset 19999)),
      "matches" as (select "id", "listed_at"
      from "walked"
      union all (select "id", "listed_at"
      from "rest"
      where (select count("id") as "found"
      from "walked") < 500
      order by "listed_at" desc, "id" desc
      limit 500)),
      "candidates" as (select "r"."id", "r"."listed_at", ts_rank("r"."search_vector", <tsquery>) as "rank"
      from "matches" as "m"
      inner join "bulletin_revisions" as "r" on "r"."id" = "m"."id")
      select <BULLETIN_COLUMNS>, cast("c"."rank" as text) as "rank", cast((select max("listed_at") as "top"
      from "candidates") as text) as "window_top"
      from "candidates" as "c"
      inner join "bulletin_revisions" as "r" on "r"."id" = "c"."id"
      inner join "bulletins" as "b" on "b"."id" = "r"."bulletin_id"
      where ("c"."rank", "c"."listed_at", "c"."id") < ($4::real, $5::timestamptz, $6::uuid)
      order by "c"."rank" desc, "c"."listed_at" desc, "c"."id" desc
      limit $7"
    `);
  });
});
