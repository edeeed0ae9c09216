import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Identity1795637787167 implements MigrationInterface {
  name = 'Identity1795637787167';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"organization_kind\" AS ENUM('FEDERAL', 'ISAC', 'STATE', 'LOCAL', 'PRIVATE', 'PLATFORM')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"tier\" AS ENUM('CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT', 'RED')",
    );
    await queryRunner.query(
      'CREATE TABLE "organizations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "short_name" character varying(24) NOT NULL, "kind" "public"."organization_kind" NOT NULL, "parent_id" uuid, "jurisdiction" character varying(2), "vetted_tier" "public"."tier" NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6b031fcd0863e3f6b44230163f9" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "organizations_name_key" ON "organizations"  ("name") ');
    await queryRunner.query('CREATE UNIQUE INDEX "organizations_short_name_key" ON "organizations"  ("short_name") ');
    await queryRunner.query('CREATE INDEX "organizations_parent_id_idx" ON "organizations"  ("parent_id") ');
    await queryRunner.query(
      "CREATE TYPE \"public\".\"role\" AS ENUM('VIEWER', 'ANALYST', 'PUBLISHER', 'ORG_ADMIN', 'PLATFORM_ADMIN')",
    );
    await queryRunner.query(
      'CREATE TABLE "api_keys" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "name" character varying(100) NOT NULL, "prefix" character varying(16) NOT NULL, "secret_hash" character varying(64) NOT NULL, "roles" "public"."role" array NOT NULL, "clearance" "public"."tier" NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "last_used_at" TIMESTAMP WITH TIME ZONE, "created_by_user_id" uuid, "rotated_from_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5c8a79801b44bd27b79228e1dad" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "api_keys_organization_id_idx" ON "api_keys"  ("organization_id") ');
    await queryRunner.query('CREATE UNIQUE INDEX "api_keys_prefix_key" ON "api_keys"  ("prefix") ');
    await queryRunner.query(
      'CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "display_name" character varying(200) NOT NULL, "organization_id" uuid NOT NULL, "roles" "public"."role" array NOT NULL DEFAULT \'{VIEWER}\', "clearance" "public"."tier" NOT NULL, "active" boolean NOT NULL DEFAULT true, "password_hash" character varying(255) NOT NULL, "failed_sign_ins" integer NOT NULL DEFAULT \'0\', "locked_until" TIMESTAMP WITH TIME ZONE, "last_sign_in_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "users_email_key" ON "users"  ("email") ');
    await queryRunner.query('CREATE INDEX "users_organization_id_idx" ON "users"  ("organization_id") ');
    await queryRunner.query(
      'CREATE TABLE "sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_reason" character varying(40), CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "sessions_user_id_idx" ON "sessions"  ("user_id") ');
    await queryRunner.query(
      'CREATE TABLE "refresh_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "token_hash" character varying(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_7d8bee0204106019488c4c50ffa" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "refresh_tokens_session_id_idx" ON "refresh_tokens"  ("session_id") ');
    await queryRunner.query('CREATE UNIQUE INDEX "refresh_tokens_token_hash_key" ON "refresh_tokens"  ("token_hash") ');
    await queryRunner.query(
      'ALTER TABLE "organizations" ADD CONSTRAINT "organizations_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "users" ADD CONSTRAINT "users_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "refresh_tokens" ADD CONSTRAINT "refresh_tokens_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "refresh_tokens" DROP CONSTRAINT "refresh_tokens_session_id_fkey"');
    await queryRunner.query('ALTER TABLE "sessions" DROP CONSTRAINT "sessions_user_id_fkey"');
    await queryRunner.query('ALTER TABLE "users" DROP CONSTRAINT "users_organization_id_fkey"');
    await queryRunner.query('ALTER TABLE "api_keys" DROP CONSTRAINT "api_keys_organization_id_fkey"');
    await queryRunner.query('ALTER TABLE "organizations" DROP CONSTRAINT "organizations_parent_id_fkey"');
    await queryRunner.query('DROP INDEX "public"."refresh_tokens_token_hash_key"');
    await queryRunner.query('DROP INDEX "public"."refresh_tokens_session_id_idx"');
    await queryRunner.query('DROP TABLE "refresh_tokens"');
    await queryRunner.query('DROP INDEX "public"."sessions_user_id_idx"');
    await queryRunner.query('DROP TABLE "sessions"');
    await queryRunner.query('DROP INDEX "public"."users_organization_id_idx"');
    await queryRunner.query('DROP INDEX "public"."users_email_key"');
    await queryRunner.query('DROP TABLE "users"');
    await queryRunner.query('DROP TYPE "public"."tier"');
    await queryRunner.query('DROP TYPE "public"."role"');
    await queryRunner.query('DROP INDEX "public"."api_keys_prefix_key"');
    await queryRunner.query('DROP INDEX "public"."api_keys_organization_id_idx"');
    await queryRunner.query('DROP TABLE "api_keys"');
    await queryRunner.query('DROP INDEX "public"."organizations_parent_id_idx"');
    await queryRunner.query('DROP INDEX "public"."organizations_short_name_key"');
    await queryRunner.query('DROP INDEX "public"."organizations_name_key"');
    await queryRunner.query('DROP TABLE "organizations"');
    await queryRunner.query('DROP TYPE "public"."organization_kind"');
  }
}
