import { OrganizationKind } from '@bulwark/domain';
import type { DataSource } from 'typeorm';
import type { PhaseListener } from '@api/logging/startup-phases';
import { OrganizationEntity } from '@api/modules/organizations/entities/organization.entity';
import { UserEntity } from '@api/modules/users/entities/user.entity';
import { DEMO_ACCOUNTS, DEMO_ORGANIZATIONS } from './demo-community';

export interface DemoSeedResult {
  readonly created: boolean;
  readonly accounts: readonly string[];
}

const MARKER = 'Bulwark Operations';
const SEED_LOCK_KEY = 7_461_013_028;
/** As the IncidentReports migration sets them: the states, the ISACs and the federal agencies take reports. */
const ACCEPT_INCIDENT_REPORTS: readonly OrganizationKind[] = [
  OrganizationKind.FEDERAL,
  OrganizationKind.ISAC,
  OrganizationKind.STATE,
];

/** Loads the demo community once (idempotent, in one transaction). Never called in production (see load-config.ts). */
export async function seedDemoData(
  dataSource: DataSource,
  password: string,
  onPhase?: PhaseListener,
): Promise<DemoSeedResult> {
  const accounts = DEMO_ACCOUNTS.map((account) => account.email);
  if (await dataSource.getRepository(OrganizationEntity).existsBy({ name: MARKER }))
    return { created: false, accounts };

  onPhase?.(
    'demo-community',
    `loading the demo community: ${DEMO_ORGANIZATIONS.length} organizations, ${accounts.length} accounts`,
  );
  // Loaded here: a start on a seeded database never hashes, so it need not load the native module either.
  const { default: argon2 } = await import('argon2');
  // One hash serves every demo account: they share the password by design, and argon2 is slow on purpose.
  const passwordHash = await argon2.hash(password, { type: argon2.argon2id });
  const created = await dataSource.transaction(async (manager) => {
    // Instances starting together on one PostgreSQL: the first seeds, the others find the marker.
    await manager.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK_KEY]);
    if (await manager.getRepository(OrganizationEntity).existsBy({ name: MARKER })) return false;
    const ids = new Map<string, string>();
    for (const org of DEMO_ORGANIZATIONS) {
      const saved = await manager.getRepository(OrganizationEntity).save({
        name: org.name,
        shortName: org.shortName,
        kind: org.kind,
        vettedTier: org.vettedTier,
        jurisdiction: org.jurisdiction ?? null,
        parentId: org.parent ? (ids.get(org.parent) ?? null) : null,
        active: true,
        acceptsIncidentReports: ACCEPT_INCIDENT_REPORTS.includes(org.kind),
      });
      ids.set(org.key, saved.id);
    }
    await manager.getRepository(UserEntity).save(
      DEMO_ACCOUNTS.map((account) => ({
        email: account.email,
        displayName: account.displayName,
        organizationId: ids.get(account.organization) as string,
        roles: [...account.roles],
        clearance: account.clearance,
        active: true,
        passwordHash,
      })),
    );
    return true;
  });
  return { created, accounts };
}
