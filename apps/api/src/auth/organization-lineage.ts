import { type Expression, type QueryCreator, type RawBuilder, sql } from 'kysely';
import type { DB } from '@api/database/typed-sql';

/**
 * The ids of the ancestors of an organization, given its `parent_id` in the caller's query
 * (`eb.ref('o.parent_id')`), nearest first, as text[]: a viewer's lineage (R3). Depth-bounded so a corrupted tree
 * cannot loop. The one definition, for every query that builds a viewer (auth's, and a webhook's).
 */
export function ancestorIdsOf(db: QueryCreator<DB>, parentId: Expression<string | null>): RawBuilder<string[]> {
  const lineage = db
    .withRecursive('up(id, parent_id, depth)', (up) =>
      up
        .selectFrom('organizations as p')
        .select((eb) => ['p.id', 'p.parent_id', eb.lit(1).as('depth')])
        .where('p.id', '=', parentId)
        .unionAll((next) =>
          next
            .selectFrom('organizations as p')
            .innerJoin('up', 'p.id', 'up.parent_id')
            .select((eb) => ['p.id', 'p.parent_id', eb('up.depth', '+', eb.lit(1)).as('depth')])
            .where((eb) => eb('up.depth', '<', eb.lit(32))),
        ),
    )
    .selectFrom('up')
    .select('id')
    .orderBy('depth');
  // A subquery inside `sql` brings its own parentheses: ARRAY(WITH RECURSIVE … SELECT id FROM up ORDER BY depth).
  return sql<string[]>`ARRAY${lineage}::text[]`;
}
