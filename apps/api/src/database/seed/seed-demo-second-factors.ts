import type { INestApplicationContext } from '@nestjs/common';
import { needsSecondFactor } from '@bulwark/domain';
import { DataSource } from 'typeorm';
import { SecretBox } from '@api/auth/secret-box';
import { APP_CONFIG, type AppConfig } from '@api/config/app-config';
import { run, sqlOf } from '../typed-sql';
import { DEMO_ACCOUNTS } from './demo-community';

/**
 * The authenticator-app secret of every demo account that needs a second factor (publishers, administrators).
 * Published like the demo password: a demo server shows its current code on the sign-in page (demo only).
 */
export const DEMO_TOTP_SECRET = 'BULWARKDEMOBULWARKDEMOBULWARKDEMO';

/** Gives each demo account that needs a second factor an authenticator app, once. Returns how many it gave. */
export async function seedDemoSecondFactors(app: INestApplicationContext): Promise<number> {
  const config = app.get<AppConfig>(APP_CONFIG);
  const emails = DEMO_ACCOUNTS.filter((account) =>
    needsSecondFactor(account.roles, false, config.auth.secondFactorRequired),
  ).map((account) => account.email);
  if (emails.length === 0) return 0;
  const dataSource = app.get(DataSource);
  const box = app.get(SecretBox);
  const without = await run(
    dataSource,
    sqlOf((db) =>
      db
        .selectFrom('users as u')
        .leftJoin('totp_factors as f', 'f.user_id', 'u.id')
        .select('u.id')
        .where('u.email', 'in', emails)
        .where('f.user_id', 'is', null),
    ),
  );
  if (without.length === 0) return 0;
  await run(
    dataSource,
    sqlOf((db) =>
      db.insertInto('totp_factors').values(
        without.map(({ id }) => ({
          user_id: id,
          secret_ciphertext: box.seal(DEMO_TOTP_SECRET, `totp:${id}`),
          confirmed_at: new Date(),
        })),
      ),
    ),
  );
  return without.length;
}
