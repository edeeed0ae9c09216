import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { NOW, type ResultOf, run, runFirst, type SqlExecutor, sqlOf } from '@api/database/typed-sql';

const COLUMNS = [
  'id',
  'user_id',
  'credential_id',
  'public_key',
  'sign_count',
  'transports',
  'name',
  'device_type',
  'backed_up',
  'created_at',
  'last_used_at',
] as const;

const credentialsOf = (userId: string) =>
  sqlOf((db) =>
    db.selectFrom('webauthn_credentials').select(COLUMNS).where('user_id', '=', userId).orderBy('created_at'),
  );

export type WebauthnCredentialRow = ResultOf<ReturnType<typeof credentialsOf>>;

/** A credential and its owner's organization (for the audit trail). */
export type OwnedCredentialRow = WebauthnCredentialRow & { organization_id: string };

export interface OwnerStanding {
  readonly id: string;
  readonly email: string;
  readonly organization_id: string;
  readonly active: boolean;
  readonly locked_until: Date | null;
  readonly organization_active: boolean;
  readonly allow_passwordless: boolean;
}

export interface NewWebauthnCredential {
  readonly userId: string;
  readonly credentialId: string;
  /** COSE public key, base64url. */
  readonly publicKey: string;
  readonly signCount: number;
  readonly transports: readonly string[];
  readonly name: string;
  readonly deviceType: string;
  readonly backedUp: boolean;
}

/** A user's passkeys and security keys. Every statement that touches one by id names its owner too. */
@Injectable()
export class WebauthnCredentialsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Oldest first: the order the user registered them in. */
  listForUser(userId: string, executor: SqlExecutor = this.dataSource): Promise<WebauthnCredentialRow[]> {
    return run(executor, credentialsOf(userId));
  }

  /** Any user's credential, with its owner's organization: a discoverable assertion names only the credential. */
  findByCredentialId(credentialId: string): Promise<OwnedCredentialRow | null> {
    return runFirst(
      this.dataSource,
      sqlOf((db) =>
        db
          .selectFrom('webauthn_credentials as w')
          .innerJoin('users as u', 'u.id', 'w.user_id')
          .select(COLUMNS.map((column) => `w.${column}` as const))
          .select('u.organization_id')
          .where('w.credential_id', '=', credentialId),
      ),
    );
  }

  async insert(manager: EntityManager, credential: NewWebauthnCredential): Promise<WebauthnCredentialRow> {
    const [row] = await run(
      manager,
      sqlOf((db) =>
        db
          .insertInto('webauthn_credentials')
          .values({
            user_id: credential.userId,
            credential_id: credential.credentialId,
            public_key: credential.publicKey,
            sign_count: credential.signCount,
            transports: [...credential.transports],
            name: credential.name,
            device_type: credential.deviceType,
            backed_up: credential.backedUp,
          })
          .returning(COLUMNS),
      ),
    );
    return row;
  }

  rename(manager: EntityManager, userId: string, id: string, name: string): Promise<WebauthnCredentialRow | null> {
    return runFirst(
      manager,
      sqlOf((db) =>
        db
          .updateTable('webauthn_credentials')
          .set({ name })
          .where('id', '=', id)
          .where('user_id', '=', userId)
          .returning(COLUMNS),
      ),
    );
  }

  remove(manager: EntityManager, userId: string, id: string): Promise<WebauthnCredentialRow | null> {
    return runFirst(
      manager,
      sqlOf((db) =>
        db.deleteFrom('webauthn_credentials').where('id', '=', id).where('user_id', '=', userId).returning(COLUMNS),
      ),
    );
  }

  /** Serialises changes to one user's factors until the transaction ends. */
  async lockOwner(manager: EntityManager, userId: string): Promise<void> {
    await run(
      manager,
      sqlOf((db) => db.selectFrom('users').select('id').where('id', '=', userId).forUpdate()),
    );
  }

  /** What a passwordless sign-in checks of a credential's owner. */
  ownerStanding(userId: string): Promise<OwnerStanding | null> {
    return runFirst(
      this.dataSource,
      sqlOf((db) =>
        db
          .selectFrom('users as u')
          .innerJoin('organizations as o', 'o.id', 'u.organization_id')
          .select([
            'u.id',
            'u.email',
            'u.organization_id',
            'u.active',
            'u.locked_until',
            'o.active as organization_active',
            'o.allow_passwordless',
          ])
          .where('u.id', '=', userId),
      ),
    );
  }

  /**
   * Stores the counter of an accepted assertion, only if it still moves forward (or both are 0, for authenticators
   * that do not count): of two concurrent assertions carrying the same counter, one wins.
   */
  async recordUse(id: string, counter: number, backedUp: boolean): Promise<boolean> {
    const rows = await run(
      this.dataSource,
      sqlOf((db) =>
        db
          .updateTable('webauthn_credentials')
          .set({ sign_count: counter, backed_up: backedUp, last_used_at: NOW })
          .where('id', '=', id)
          .where('sign_count', counter === 0 ? '=' : '<', String(counter))
          .returning('id'),
      ),
    );
    return rows.length === 1;
  }
}
