import 'reflect-metadata';
import argon2 from 'argon2';
import { OrganizationKind, Role, Tier } from '@bulwark/domain';
import { ConfigError, loadConfig } from '@api/config/load-config';
import { OrganizationEntity } from '@api/modules/organizations/entities/organization.entity';
import { UserEntity } from '@api/modules/users/entities/user.entity';
import { DatabaseStartError, openDatabase } from '../open-database';

const USAGE =
  'usage: BULWARK_ADMIN_PASSWORD=… npm run admin:create -- <email> "<display name>"\n' +
  '  Creates the platform organization (if there is none) and a platform administrator in it, on the\n' +
  '  configured database (DATABASE_URL, or BULWARK_DATA_DIR). The password is read from the environment\n' +
  '  so it never appears in a process list or shell history.\n';

function fail(message: string): never {
  process.stderr.write(`bulwark: ${message}\n`);
  process.exit(1);
}

/** The first account of a production installation, where no demo community exists. */
async function main(): Promise<void> {
  const [email, displayName] = process.argv.slice(2);
  const password = process.env['BULWARK_ADMIN_PASSWORD'] ?? '';
  if (!email || !displayName || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    process.stderr.write(USAGE);
    process.exit(2);
  }
  if (password.length < 12 || password.length > 128) fail('BULWARK_ADMIN_PASSWORD must be 12 to 128 characters.');
  const config = (() => {
    try {
      return loadConfig(process.env, []);
    } catch (error) {
      if (error instanceof ConfigError) fail(error.message);
      throw error;
    }
  })();
  const database = await openDatabase(config).catch((error: unknown) => {
    if (error instanceof DatabaseStartError) fail(error.message);
    throw error;
  });
  try {
    const normalised = email.trim().toLowerCase();
    await database.dataSource.transaction(async (manager) => {
      if (await manager.getRepository(UserEntity).existsBy({ email: normalised }))
        fail(`${normalised} already has an account.`);
      const organizations = manager.getRepository(OrganizationEntity);
      const platform =
        (await organizations.findOneBy({ kind: OrganizationKind.PLATFORM })) ??
        (await organizations.save({
          name: 'Bulwark Operations',
          shortName: 'BULWARK',
          kind: OrganizationKind.PLATFORM,
          vettedTier: Tier.GREEN,
          parentId: null,
          jurisdiction: null,
          active: true,
        }));
      await manager.getRepository(UserEntity).save({
        email: normalised,
        displayName: displayName.trim(),
        organizationId: platform.id,
        roles: [Role.PLATFORM_ADMIN, Role.VIEWER],
        clearance: Tier.GREEN,
        active: true,
        passwordHash: await argon2.hash(password, { type: argon2.argon2id }),
      });
      process.stdout.write(
        `Created platform administrator ${normalised} in ${platform.name} (${database.description}).\n`,
      );
    });
  } finally {
    await database.close();
  }
}

void main();
