import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Bulletins1795639146256 implements MigrationInterface {
  name = 'Bulletins1795639146256';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "bulletin_acknowledgements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "bulletin_id" uuid NOT NULL, "revision_id" uuid NOT NULL, "user_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "acknowledged_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_030dc3aa26351b9e29b2057dc77" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "bulletin_acknowledgements_bulletin_id_idx" ON "bulletin_acknowledgements"  ("bulletin_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "bulletin_acknowledgements_revision_user_key" ON "bulletin_acknowledgements"  ("revision_id", "user_id") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"bulletin_status\" AS ENUM('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'RETRACTED')",
    );
    await queryRunner.query(
      'CREATE TABLE "bulletins" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "reference" character varying(40), "status" "public"."bulletin_status" NOT NULL, "revision_number" integer NOT NULL, "version" integer NOT NULL DEFAULT \'1\', "author_user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "first_published_at" TIMESTAMP WITH TIME ZONE, "expires_at" TIMESTAMP WITH TIME ZONE, "retracted_at" TIMESTAMP WITH TIME ZONE, "retraction_reason" character varying(2000), "retracted_by_user_id" uuid, CONSTRAINT "PK_2a8a95dd56d5a3507074c35954e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "bulletins_reference_key" ON "bulletins"  ("reference") ');
    await queryRunner.query(
      "CREATE TYPE \"public\".\"category\" AS ENUM('CYBER_THREAT', 'VULNERABILITY', 'FOREIGN_INFLUENCE', 'PHYSICAL_THREAT', 'OPERATIONAL_ISSUE', 'GENERAL')",
    );
    await queryRunner.query("CREATE TYPE \"public\".\"severity\" AS ENUM('INFO', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL')");
    await queryRunner.query(
      'CREATE TABLE "bulletin_revisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "bulletin_id" uuid NOT NULL, "number" integer NOT NULL, "is_current" boolean NOT NULL, "status" "public"."bulletin_status" NOT NULL, "tier" "public"."tier" NOT NULL, "title" character varying(300) NOT NULL, "summary" character varying(2000) NOT NULL, "body" text NOT NULL, "category" "public"."category" NOT NULL, "severity" "public"."severity" NOT NULL, "jurisdictions" character varying(2) array NOT NULL DEFAULT \'{}\', "tags" character varying(50) array NOT NULL DEFAULT \'{}\', "reference_urls" character varying(2048) array NOT NULL DEFAULT \'{}\', "originator_org_ids" uuid array NOT NULL, "recipient_org_ids" uuid array NOT NULL DEFAULT \'{}\', "recipient_user_ids" uuid array NOT NULL DEFAULT \'{}\', "author_user_id" uuid NOT NULL, "approver_user_id" uuid, "change_note" character varying(2000), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "published_at" TIMESTAMP WITH TIME ZONE, "listed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "search_vector" tsvector, CONSTRAINT "PK_683f9ca7446ab7b9abe8b456748" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "bulletin_revisions_current_listed_idx" ON "bulletin_revisions"  ("listed_at", "id") WHERE is_current',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "bulletin_revisions_bulletin_number_key" ON "bulletin_revisions"  ("bulletin_id", "number") ',
    );
    await queryRunner.query(
      'CREATE TABLE "bulletin_indicators" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "revision_id" uuid NOT NULL, "type" character varying(16) NOT NULL, "value" character varying(2048) NOT NULL, "network" inet, "position" integer NOT NULL, CONSTRAINT "PK_b461ae5701e6d8c0ab5120fc14b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "bulletin_indicators_revision_id_idx" ON "bulletin_indicators"  ("revision_id") ',
    );
    await queryRunner.query('CREATE INDEX "bulletin_indicators_value_idx" ON "bulletin_indicators"  ("value") ');
    await queryRunner.query(
      'CREATE TABLE "reference_counters" ("organization_id" uuid NOT NULL, "year" integer NOT NULL, "last_number" integer NOT NULL, CONSTRAINT "PK_1b53392ea81832d55e97d7f3aab" PRIMARY KEY ("organization_id", "year"))',
    );
    await queryRunner.query(
      'ALTER TABLE "bulletin_revisions" ADD CONSTRAINT "bulletin_revisions_bulletin_id_fkey" FOREIGN KEY ("bulletin_id") REFERENCES "bulletins"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "bulletin_indicators" ADD CONSTRAINT "bulletin_indicators_revision_id_fkey" FOREIGN KEY ("revision_id") REFERENCES "bulletin_revisions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "bulletin_indicators" DROP CONSTRAINT "bulletin_indicators_revision_id_fkey"');
    await queryRunner.query('ALTER TABLE "bulletin_revisions" DROP CONSTRAINT "bulletin_revisions_bulletin_id_fkey"');
    await queryRunner.query('DROP TABLE "reference_counters"');
    await queryRunner.query('DROP INDEX "public"."bulletin_indicators_value_idx"');
    await queryRunner.query('DROP INDEX "public"."bulletin_indicators_revision_id_idx"');
    await queryRunner.query('DROP TABLE "bulletin_indicators"');
    await queryRunner.query('DROP INDEX "public"."bulletin_revisions_bulletin_number_key"');
    await queryRunner.query('DROP INDEX "public"."bulletin_revisions_current_listed_idx"');
    await queryRunner.query('DROP TABLE "bulletin_revisions"');
    await queryRunner.query('DROP TYPE "public"."severity"');
    await queryRunner.query('DROP TYPE "public"."category"');
    await queryRunner.query('DROP TYPE "public"."bulletin_status"');
    await queryRunner.query('DROP INDEX "public"."bulletins_reference_key"');
    await queryRunner.query('DROP TABLE "bulletins"');
    await queryRunner.query('DROP INDEX "public"."bulletin_acknowledgements_revision_user_key"');
    await queryRunner.query('DROP INDEX "public"."bulletin_acknowledgements_bulletin_id_idx"');
    await queryRunner.query('DROP TABLE "bulletin_acknowledgements"');
  }
}
