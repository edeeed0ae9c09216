/**
 * SQL: the ids of the ancestors of the organization row `organization` (the alias the caller's query gives its
 * organizations row), nearest first, as text[]: a viewer's lineage (R3). Depth-bounded so a corrupted tree cannot
 * loop. The one definition, for every query that builds a viewer (auth's, and a webhook's).
 */
export function ancestorIdsOf(organization: string): string {
  return `ARRAY(
  WITH RECURSIVE up(id, parent_id, depth) AS (
    SELECT p.id, p.parent_id, 1 FROM organizations p WHERE p.id = ${organization}.parent_id
    UNION ALL
    SELECT p.id, p.parent_id, up.depth + 1 FROM organizations p JOIN up ON p.id = up.parent_id WHERE up.depth < 32
  ) SELECT id FROM up ORDER BY depth)::text[]`;
}
