import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Whether a session stands now also depends on its second factor and its organization's requirement
 * (viewer.repository.ts): a change to either moves the viewer standing generation (migration ViewerStanding), so
 * open sockets see it.
 */
async function watchColumns(queryRunner: QueryRunner, table: string, columns: readonly string[]): Promise<void> {
  await queryRunner.query(`DROP TRIGGER ${table}_viewer_standing ON ${table}`);
  await queryRunner.query(
    `CREATE CONSTRAINT TRIGGER ${table}_viewer_standing
       AFTER UPDATE OF ${columns.join(', ')} OR DELETE ON ${table}
       DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION viewer_standing_moved()`,
  );
}

const ORGANIZATION_COLUMNS = ['id', 'parent_id', 'vetted_tier', 'active'];
const SESSION_COLUMNS = ['id', 'user_id', 'expires_at', 'revoked_at'];

export class SecondFactors1796572028260 implements MigrationInterface {
  name = 'SecondFactors1796572028260';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "recovery_codes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "code_hash" character varying(64) NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0723b9e53961e799027d7f7ba32" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "recovery_codes_user_id_code_hash_key" ON "recovery_codes"  ("user_id", "code_hash") ',
    );
    await queryRunner.query(
      'CREATE TABLE "sign_in_challenges" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" character varying(64) NOT NULL, "user_id" uuid, "purpose" character varying(20) NOT NULL, "sign_in_method" character varying(20) NOT NULL DEFAULT \'PASSWORD\', "webauthn_challenge" character varying(200), "failed_attempts" integer NOT NULL DEFAULT \'0\', "user_agent" character varying(300), "ip_address" character varying(64), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "consumed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f57d5bce65af0940271d12af92d" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "sign_in_challenges_token_hash_key" ON "sign_in_challenges"  ("token_hash") ',
    );
    await queryRunner.query('CREATE INDEX "sign_in_challenges_user_id_idx" ON "sign_in_challenges"  ("user_id") ');
    await queryRunner.query(
      'CREATE TABLE "totp_factors" ("user_id" uuid NOT NULL, "secret_ciphertext" text NOT NULL, "confirmed_at" TIMESTAMP WITH TIME ZONE, "last_used_step" bigint, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_eded11141800ddff9dfbd017fd2" PRIMARY KEY ("user_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "webauthn_credentials" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "credential_id" character varying(1400) NOT NULL, "public_key" text NOT NULL, "sign_count" bigint NOT NULL DEFAULT \'0\', "transports" text array NOT NULL DEFAULT \'{}\', "name" character varying(60) NOT NULL, "device_type" character varying(20), "backed_up" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_f5a100358f652926a5abae5e431" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "webauthn_credentials_user_id_idx" ON "webauthn_credentials"  ("user_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "webauthn_credentials_credential_id_key" ON "webauthn_credentials"  ("credential_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "identity_providers" ("organization_id" uuid NOT NULL, "issuer" character varying(500) NOT NULL, "client_id" character varying(200) NOT NULL, "client_secret_ciphertext" text, "amr_satisfies_second_factor" boolean NOT NULL DEFAULT false, "enabled" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3739c8f28b4116fc8e84f0ce845" PRIMARY KEY ("organization_id"))',
    );
    await queryRunner.query('ALTER TABLE "organizations" ADD "require_second_factor" boolean NOT NULL DEFAULT false');
    await queryRunner.query('ALTER TABLE "organizations" ADD "allow_passwordless" boolean NOT NULL DEFAULT false');
    await queryRunner.query(
      'ALTER TABLE "sessions" ADD "sign_in_method" character varying(20) NOT NULL DEFAULT \'PASSWORD\'',
    );
    await queryRunner.query('ALTER TABLE "sessions" ADD "second_factor" character varying(20)');
    await queryRunner.query('ALTER TABLE "sessions" ADD "user_agent" character varying(300)');
    await queryRunner.query('ALTER TABLE "sessions" ADD "ip_address" character varying(64)');
    await queryRunner.query(
      'ALTER TABLE "sessions" ADD "last_used_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()',
    );
    await queryRunner.query(
      'ALTER TABLE "recovery_codes" ADD CONSTRAINT "recovery_codes_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "sign_in_challenges" ADD CONSTRAINT "sign_in_challenges_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "totp_factors" ADD CONSTRAINT "totp_factors_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "webauthn_credentials" ADD CONSTRAINT "webauthn_credentials_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "identity_providers" ADD CONSTRAINT "identity_providers_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await watchColumns(queryRunner, 'organizations', [...ORGANIZATION_COLUMNS, 'require_second_factor']);
    await watchColumns(queryRunner, 'sessions', [...SESSION_COLUMNS, 'second_factor']);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await watchColumns(queryRunner, 'organizations', ORGANIZATION_COLUMNS);
    await watchColumns(queryRunner, 'sessions', SESSION_COLUMNS);
    await queryRunner.query(
      'ALTER TABLE "identity_providers" DROP CONSTRAINT "identity_providers_organization_id_fkey"',
    );
    await queryRunner.query('ALTER TABLE "webauthn_credentials" DROP CONSTRAINT "webauthn_credentials_user_id_fkey"');
    await queryRunner.query('ALTER TABLE "totp_factors" DROP CONSTRAINT "totp_factors_user_id_fkey"');
    await queryRunner.query('ALTER TABLE "sign_in_challenges" DROP CONSTRAINT "sign_in_challenges_user_id_fkey"');
    await queryRunner.query('ALTER TABLE "recovery_codes" DROP CONSTRAINT "recovery_codes_user_id_fkey"');
    await queryRunner.query('ALTER TABLE "sessions" DROP COLUMN "last_used_at"');
    await queryRunner.query('ALTER TABLE "sessions" DROP COLUMN "ip_address"');
    await queryRunner.query('ALTER TABLE "sessions" DROP COLUMN "user_agent"');
    await queryRunner.query('ALTER TABLE "sessions" DROP COLUMN "second_factor"');
    await queryRunner.query('ALTER TABLE "sessions" DROP COLUMN "sign_in_method"');
    await queryRunner.query('ALTER TABLE "organizations" DROP COLUMN "allow_passwordless"');
    await queryRunner.query('ALTER TABLE "organizations" DROP COLUMN "require_second_factor"');
    await queryRunner.query('DROP TABLE "identity_providers"');
    await queryRunner.query('DROP INDEX "public"."webauthn_credentials_credential_id_key"');
    await queryRunner.query('DROP INDEX "public"."webauthn_credentials_user_id_idx"');
    await queryRunner.query('DROP TABLE "webauthn_credentials"');
    await queryRunner.query('DROP TABLE "totp_factors"');
    await queryRunner.query('DROP INDEX "public"."sign_in_challenges_user_id_idx"');
    await queryRunner.query('DROP INDEX "public"."sign_in_challenges_token_hash_key"');
    await queryRunner.query('DROP TABLE "sign_in_challenges"');
    await queryRunner.query('DROP INDEX "public"."recovery_codes_user_id_code_hash_key"');
    await queryRunner.query('DROP TABLE "recovery_codes"');
  }
}
