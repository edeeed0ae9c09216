import type { Runner } from './database-target';
import type { ResultRow } from './results-table';

/**
 * After the run: every bulletin the bench published (all but the generator's BENCH-… references) has exactly one
 * PUBLISHED event and one BULLETIN_PUBLISHED audit record, and the audit chain has no gap. Returns the problems.
 */
export async function checkPublishRecords(db: Runner, rows: ResultRow[]): Promise<string[]> {
  const [counts] = await db.query(`
    SELECT (SELECT count(*) FROM bulletins WHERE reference NOT LIKE 'BENCH-%' AND status = 'PUBLISHED')::int AS published,
           (SELECT count(*) FROM bulletin_events WHERE type = 'PUBLISHED')::int AS events,
           (SELECT count(DISTINCT bulletin_id) FROM bulletin_events WHERE type = 'PUBLISHED')::int AS event_bulletins,
           (SELECT count(*) FROM audit_events WHERE action = 'BULLETIN_PUBLISHED')::int AS audited,
           (SELECT count(*) FROM audit_events)::int AS audit_rows,
           (SELECT max(position) - min(position) + 1 FROM audit_events)::int AS audit_span`);
  const c = (counts ?? {}) as Record<string, number>;
  const problems: string[] = [];
  if (c['events'] !== c['published'] || c['event_bulletins'] !== c['published'])
    problems.push(`${c['published']} bulletins published but ${c['events']} PUBLISHED events`);
  if (c['audited'] !== c['published'])
    problems.push(`${c['published']} bulletins published but ${c['audited']} BULLETIN_PUBLISHED audit records`);
  if (c['audit_rows'] !== c['audit_span'])
    problems.push(`audit positions have gaps (${c['audit_rows']} rows, span ${c['audit_span']})`);
  rows.push({
    scenario: 'publish records check (after the run)',
    target: 'database',
    errors: problems.length,
    note: `${c['published']} published by the bench, ${c['events']} PUBLISHED events, ${c['audited']} BULLETIN_PUBLISHED audit records, ${c['audit_rows']} audit rows${problems.length ? `; ${problems.join('; ')}` : ''}`,
  });
  return problems;
}
