import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Role } from '@bulwark/domain';
import { sql } from 'kysely';
import { DataSource, type EntityManager } from 'typeorm';
import { NOW, type ResultOf, run, runFirst, sqlOf } from '@api/database/typed-sql';

const factorSummary = (userId: string) =>
  sqlOf((db) =>
    db
      .selectFrom('users as u')
      .innerJoin('organizations as o', 'o.id', 'u.organization_id')
      .select((eb) => [
        'u.id',
        'u.email',
        'u.organization_id',
        'u.active',
        'o.active as organization_active',
        'u.locked_until',
        eb.cast<Role[]>('u.roles', sql`text[]`).as('roles'),
        'o.require_second_factor',
        eb
          .exists(
            eb
              .selectFrom('totp_factors as t')
              .select('t.user_id')
              .whereRef('t.user_id', '=', 'u.id')
              .where('t.confirmed_at', 'is not', null),
          )
          .$castTo<boolean>()
          .as('totp'),
        eb.fn
          .coalesce(
            eb
              .selectFrom('webauthn_credentials as w')
              .select((w) => w.cast<number>(w.fn.countAll(), 'integer').as('n'))
              .whereRef('w.user_id', '=', 'u.id'),
            eb.lit(0),
          )
          .as('passkeys'),
        eb.fn
          .coalesce(
            eb
              .selectFrom('recovery_codes as r')
              .select((r) => r.cast<number>(r.fn.countAll(), 'integer').as('n'))
              .whereRef('r.user_id', '=', 'u.id')
              .where('r.used_at', 'is', null),
            eb.lit(0),
          )
          .as('recovery_codes_left'),
      ])
      .where('u.id', '=', userId),
  );

/** A user's standing for signing in and the factors they hold (never a secret). */
export type FactorSummary = ResultOf<ReturnType<typeof factorSummary>>;

export interface TotpRow {
  readonly secret_ciphertext: string;
  readonly confirmed_at: Date | null;
  readonly last_used_step: string | null;
}

/** The second-factor tables (TOTP seeds, recovery codes) and what of users, sessions and policy they touch. */
@Injectable()
export class SecondFactorsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  summary(userId: string, manager?: EntityManager): Promise<FactorSummary | null> {
    return runFirst(manager ?? this.dataSource, factorSummary(userId));
  }

  totp(userId: string, manager?: EntityManager): Promise<TotpRow | null> {
    return runFirst(
      manager ?? this.dataSource,
      sqlOf((db) =>
        db
          .selectFrom('totp_factors')
          .select(['secret_ciphertext', 'confirmed_at', 'last_used_step'])
          .where('user_id', '=', userId),
      ),
    );
  }

  /** A new unconfirmed seed, replacing an unconfirmed one; false when a confirmed one exists (left untouched). */
  async putPendingTotp(userId: string, secretCiphertext: string): Promise<boolean> {
    const rows = await run(
      this.dataSource,
      sqlOf((db) =>
        db
          .insertInto('totp_factors')
          .values({ user_id: userId, secret_ciphertext: secretCiphertext })
          .onConflict((oc) =>
            oc
              .column('user_id')
              .doUpdateSet({ secret_ciphertext: secretCiphertext, last_used_step: null, created_at: NOW })
              .where('totp_factors.confirmed_at', 'is', null),
          )
          .returning('user_id'),
      ),
    );
    return rows.length === 1;
  }

  /** Confirms the pending seed with the step of its first code; false when there was none pending. */
  async confirmTotp(manager: EntityManager, userId: string, step: number): Promise<boolean> {
    const rows = await run(
      manager,
      sqlOf((db) =>
        db
          .updateTable('totp_factors')
          .set({ confirmed_at: NOW, last_used_step: step })
          .where('user_id', '=', userId)
          .where('confirmed_at', 'is', null)
          .returning('user_id'),
      ),
    );
    return rows.length === 1;
  }

  /**
   * Records `step` as used, only if it is later than every step used before: of two requests with the same code
   * (or an older one) only one can pass.
   */
  async useTotpStep(userId: string, step: number): Promise<boolean> {
    const rows = await run(
      this.dataSource,
      sqlOf((db) =>
        db
          .updateTable('totp_factors')
          .set({ last_used_step: step })
          .where('user_id', '=', userId)
          .where('confirmed_at', 'is not', null)
          .where((eb) => eb.or([eb('last_used_step', 'is', null), eb('last_used_step', '<', String(step))]))
          .returning('user_id'),
      ),
    );
    return rows.length === 1;
  }

  async deleteTotp(manager: EntityManager, userId: string): Promise<boolean> {
    const rows = await run(
      manager,
      sqlOf((db) => db.deleteFrom('totp_factors').where('user_id', '=', userId).returning('confirmed_at')),
    );
    return rows.some((row) => row.confirmed_at !== null);
  }

  async replaceRecoveryCodes(manager: EntityManager, userId: string, codeHashes: readonly string[]): Promise<void> {
    await this.deleteRecoveryCodes(manager, userId);
    await run(
      manager,
      sqlOf((db) =>
        db
          .insertInto('recovery_codes')
          .values(codeHashes.map((codeHash) => ({ user_id: userId, code_hash: codeHash }))),
      ),
    );
  }

  /** Spends the code if it is one of the user's unused ones; at most one request can. */
  async useRecoveryCode(userId: string, codeHash: string): Promise<boolean> {
    const rows = await run(
      this.dataSource,
      sqlOf((db) =>
        db
          .updateTable('recovery_codes')
          .set({ used_at: NOW })
          .where('user_id', '=', userId)
          .where('code_hash', '=', codeHash)
          .where('used_at', 'is', null)
          .returning('id'),
      ),
    );
    return rows.length === 1;
  }

  /** How many unused codes went. */
  async deleteRecoveryCodes(manager: EntityManager, userId: string): Promise<number> {
    const rows = await run(
      manager,
      sqlOf((db) => db.deleteFrom('recovery_codes').where('user_id', '=', userId).returning('used_at')),
    );
    return rows.filter((row) => row.used_at === null).length;
  }

  async deletePasskeys(manager: EntityManager, userId: string): Promise<number> {
    const rows = await run(
      manager,
      sqlOf((db) => db.deleteFrom('webauthn_credentials').where('user_id', '=', userId).returning('id')),
    );
    return rows.length;
  }

  /** Ends every open session of the user; how many. */
  async revokeSessions(manager: EntityManager, userId: string, reason: string): Promise<string[]> {
    const rows = await run(
      manager,
      sqlOf((db) =>
        db
          .updateTable('sessions')
          .set({ revoked_at: NOW, revoked_reason: reason })
          .where('user_id', '=', userId)
          .where('revoked_at', 'is', null)
          .returning('id'),
      ),
    );
    return rows.map((row) => row.id);
  }

  /** The organization's sign-in policy, locked for the change that follows. */
  lockPolicy(
    manager: EntityManager,
    organizationId: string,
  ): Promise<{ require_second_factor: boolean; allow_passwordless: boolean } | null> {
    return runFirst(
      manager,
      sqlOf((db) =>
        db
          .selectFrom('organizations')
          .select(['require_second_factor', 'allow_passwordless'])
          .where('id', '=', organizationId)
          .forUpdate(),
      ),
    );
  }

  async setPolicy(
    manager: EntityManager,
    organizationId: string,
    policy: { require_second_factor: boolean; allow_passwordless: boolean },
  ): Promise<void> {
    await run(
      manager,
      sqlOf((db) => db.updateTable('organizations').set(policy).where('id', '=', organizationId)),
    );
  }
}
