import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { NOW, type Row, run, runFirst, sqlOf } from '@api/database/typed-sql';

export type IdentityProviderRow = Pick<
  Row<'identity_providers'>,
  | 'organization_id'
  | 'issuer'
  | 'client_id'
  | 'client_secret_ciphertext'
  | 'amr_satisfies_second_factor'
  | 'enabled'
  | 'created_at'
  | 'updated_at'
>;

/** A provider with what sign-in needs of its organization. */
export type SignInProviderRow = IdentityProviderRow & {
  readonly organization_short_name: string;
  readonly organization_active: boolean;
};

export type SingleSignOnOptionRow = Pick<Row<'organizations'>, 'id' | 'name'>;

export interface IdentityProviderFields {
  readonly organizationId: string;
  readonly issuer: string;
  readonly clientId: string;
  /** undefined: keep the one stored; null: remove it. */
  readonly clientSecretCiphertext: string | null | undefined;
  readonly amrSatisfiesSecondFactor: boolean;
  readonly enabled: boolean;
}

const COLUMNS = [
  'ip.organization_id',
  'ip.issuer',
  'ip.client_id',
  'ip.client_secret_ciphertext',
  'ip.amr_satisfies_second_factor',
  'ip.enabled',
  'ip.created_at',
  'ip.updated_at',
] as const;

/** At most this many organizations offered for one email domain. */
const MAX_OPTIONS = 5;

@Injectable()
export class IdentityProvidersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  find(organizationId: string): Promise<IdentityProviderRow | null> {
    return runFirst(
      this.dataSource,
      sqlOf((db) =>
        db.selectFrom('identity_providers as ip').select(COLUMNS).where('ip.organization_id', '=', organizationId),
      ),
    );
  }

  /** The organization's enabled provider, with the organization's short name and state; null when there is none. */
  findForSignIn(organizationId: string): Promise<SignInProviderRow | null> {
    return runFirst(
      this.dataSource,
      sqlOf((db) =>
        db
          .selectFrom('identity_providers as ip')
          .innerJoin('organizations as o', 'o.id', 'ip.organization_id')
          .select(COLUMNS)
          .select(['o.short_name as organization_short_name', 'o.active as organization_active'])
          .where('ip.organization_id', '=', organizationId)
          .where('ip.enabled', '=', true),
      ),
    );
  }

  async upsert(fields: IdentityProviderFields, manager: EntityManager): Promise<IdentityProviderRow> {
    const values = {
      organization_id: fields.organizationId,
      issuer: fields.issuer,
      client_id: fields.clientId,
      amr_satisfies_second_factor: fields.amrSatisfiesSecondFactor,
      enabled: fields.enabled,
      ...(fields.clientSecretCiphertext !== undefined
        ? { client_secret_ciphertext: fields.clientSecretCiphertext }
        : {}),
    };
    const [row] = await run(
      manager,
      sqlOf((db) =>
        db
          .insertInto('identity_providers')
          .values({ client_secret_ciphertext: null, ...values })
          .onConflict((conflict) => conflict.column('organization_id').doUpdateSet({ ...values, updated_at: NOW }))
          .returning([
            'organization_id',
            'issuer',
            'client_id',
            'client_secret_ciphertext',
            'amr_satisfies_second_factor',
            'enabled',
            'created_at',
            'updated_at',
          ]),
      ),
    );
    if (!row) throw new Error('identity provider upsert returned no row');
    return row;
  }

  /**
   * Active organizations with an enabled provider whose active members have addresses at `domain` (lower case):
   * how the portal finds the provider from a typed email without saying whether that email has an account.
   */
  optionsForDomain(domain: string): Promise<SingleSignOnOptionRow[]> {
    return run(
      this.dataSource,
      sqlOf((db) =>
        db
          .selectFrom('identity_providers as ip')
          .innerJoin('organizations as o', 'o.id', 'ip.organization_id')
          .select(['o.id', 'o.name'])
          .where('ip.enabled', '=', true)
          .where('o.active', '=', true)
          .where((eb) =>
            eb.exists(
              eb
                .selectFrom('users as u')
                .select('u.id')
                .whereRef('u.organization_id', '=', 'o.id')
                .where('u.active', '=', true)
                .where('u.email', 'like', `%@${domain}`),
            ),
          )
          .orderBy('o.name')
          .limit(MAX_OPTIONS),
      ),
    );
  }

  optionForShortName(shortName: string): Promise<SingleSignOnOptionRow | null> {
    return runFirst(
      this.dataSource,
      sqlOf((db) =>
        db
          .selectFrom('identity_providers as ip')
          .innerJoin('organizations as o', 'o.id', 'ip.organization_id')
          .select(['o.id', 'o.name'])
          .where('ip.enabled', '=', true)
          .where('o.active', '=', true)
          .where('o.short_name', '=', shortName),
      ),
    );
  }
}
