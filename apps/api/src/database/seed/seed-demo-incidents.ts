import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { RequestViewer } from '@api/auth/request-viewer';
import { viewerFromRow } from '@api/auth/viewer-factory';
import { ViewerRepository } from '@api/auth/viewer.repository';
import type { PhaseListener } from '@api/logging/startup-phases';
import { IncidentsService } from '@api/modules/incidents/incidents.service';
import { runFirst, sqlOf } from '../typed-sql';
import { DEMO_INCIDENTS } from './demo-incidents';

/**
 * Writes the demo incident reports, and their handlers' first steps, through the service the API uses (so the same
 * rules: recipients that accept reports, R19), acting as the demo accounts. Runs once, when there are none yet.
 */
export async function seedDemoIncidents(app: INestApplicationContext, onPhase?: PhaseListener): Promise<number> {
  const dataSource = app.get(DataSource);
  const existing: unknown[] = await dataSource.query('SELECT 1 FROM incident_reports LIMIT 1');
  if (existing.length > 0) return 0;
  onPhase?.('demo-incidents', `writing ${DEMO_INCIDENTS.length} demo incident reports`, {
    incidents: DEMO_INCIDENTS.length,
  });
  const incidents = app.get(IncidentsService);
  const viewers = app.get(ViewerRepository);

  const orgId = async (shortName: string): Promise<string> => {
    const row = await runFirst(
      dataSource,
      sqlOf((db) => db.selectFrom('organizations').select('id').where('short_name', '=', shortName)),
    );
    if (!row) throw new Error(`demo organization ${shortName} is missing`);
    return row.id;
  };
  const actingAs = async (email: string): Promise<RequestViewer> => {
    const user = await runFirst(
      dataSource,
      sqlOf((db) => db.selectFrom('users').select('id').where('email', '=', email)),
    );
    const row = user && (await viewers.forUser(user.id));
    if (!row) throw new Error(`demo account ${email} is missing`);
    return viewerFromRow(row, 'USER', null);
  };

  for (const demo of DEMO_INCIDENTS) {
    const report = await incidents.report(await actingAs(demo.reporter), {
      title: demo.title,
      description: demo.description,
      category: demo.category,
      startedAt: new Date(Date.now() - demo.startedHoursAgo * 3_600_000),
      location: demo.location ?? null,
      impact: demo.impact,
      tier: demo.tier,
      indicators: demo.indicators ? [...demo.indicators] : [],
      recipientOrganizationIds: await Promise.all(demo.recipients.map(orgId)),
      reporterMayBeNamed: demo.reporterMayBeNamed ?? false,
    });
    if (demo.takenBy) await incidents.take(await actingAs(demo.takenBy), report.id);
    for (const { by, body } of demo.thread ?? []) await incidents.comment(await actingAs(by), { id: report.id, body });
    if (demo.status)
      await incidents.setStatus(await actingAs(demo.status.by), { id: report.id, status: demo.status.status });
  }
  return DEMO_INCIDENTS.length;
}
