import type { INestApplicationContext } from '@nestjs/common';
import { Tier } from '@bulwark/domain';
import { DataSource } from 'typeorm';
import type { RequestViewer } from '@api/auth/request-viewer';
import type { PhaseListener } from '@api/logging/startup-phases';
import { viewerFromRow } from '@api/auth/viewer-factory';
import { ViewerRepository } from '@api/auth/viewer.repository';
import { BulletinLifecycleService } from '@api/modules/bulletins/bulletin-lifecycle.service';
import { runFirst, sqlOf } from '../typed-sql';
import { DEMO_BULLETINS } from './demo-bulletins';

/**
 * Writes the demo bulletins through the same service (and so the same rules: R7, R10, R11) the API uses,
 * acting as the demo accounts. Runs once, on a community that has no bulletins yet.
 */
export async function seedDemoBulletins(app: INestApplicationContext, onPhase?: PhaseListener): Promise<number> {
  const dataSource = app.get(DataSource);
  const existing: unknown[] = await dataSource.query('SELECT 1 FROM bulletins LIMIT 1');
  if (existing.length > 0) return 0;
  onPhase?.('demo-bulletins', `writing ${DEMO_BULLETINS.length} demo bulletins`, { bulletins: DEMO_BULLETINS.length });
  const lifecycle = app.get(BulletinLifecycleService);
  const viewers = app.get(ViewerRepository);

  const userId = async (email: string): Promise<string> => {
    const row = await runFirst(
      dataSource,
      sqlOf((db) => db.selectFrom('users').select('id').where('email', '=', email)),
    );
    if (!row) throw new Error(`demo account ${email} is missing`);
    return row.id;
  };
  const orgId = async (shortName: string): Promise<string> => {
    const row = await runFirst(
      dataSource,
      sqlOf((db) => db.selectFrom('organizations').select('id').where('short_name', '=', shortName)),
    );
    if (!row) throw new Error(`demo organization ${shortName} is missing`);
    return row.id;
  };
  const actingAs = async (email: string): Promise<RequestViewer> => {
    const row = await viewers.forUser(await userId(email));
    if (!row) throw new Error(`demo account ${email} is missing`);
    return viewerFromRow(row, 'USER', null);
  };

  for (const demo of DEMO_BULLETINS) {
    const author = await actingAs(demo.author);
    const id = await lifecycle.create(author, {
      ...demo.content,
      originatorOrganizationIds: demo.originators ? await Promise.all(demo.originators.map(orgId)) : undefined,
      recipientOrganizationIds: await Promise.all((demo.recipientOrgs ?? []).map(orgId)),
      recipientUserIds: await Promise.all((demo.recipientUsers ?? []).map(userId)),
    });
    if (!demo.publisher) continue;
    if (demo.content.tier === Tier.RED)
      await lifecycle.submit(author, { id, approverUserId: await userId(demo.publisher) });
    await lifecycle.publish(await actingAs(demo.publisher), { id });
    if (demo.amend) {
      await lifecycle.amend(await actingAs(demo.amend.by), {
        id,
        expectedRevision: 1,
        changeNote: demo.amend.changeNote,
        ...demo.amend.changes,
      });
    }
    if (demo.retract) await lifecycle.retract(await actingAs(demo.retract.by), { id, reason: demo.retract.reason });
    for (const email of demo.acknowledgedBy ?? []) await lifecycle.acknowledge(await actingAs(email), { id });
  }
  return DEMO_BULLETINS.length;
}
