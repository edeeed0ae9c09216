import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Incident reports (modules/incidents): the reports, their indicators, comment threads, events and the bulletins
 * drafted from them; organizations that accept reports. The GIN and GiST indexes, the event sequence's one row and
 * the accepting organizations are written by hand.
 */
export class IncidentReports1796555510231 implements MigrationInterface {
  name = 'IncidentReports1796555510231';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"incident_category\" AS ENUM('CYBER_THREAT', 'VULNERABILITY', 'FOREIGN_INFLUENCE', 'PHYSICAL_THREAT', 'OPERATIONAL_ISSUE', 'GENERAL', 'EQUIPMENT_FAILURE', 'VOTER_FACING_DISRUPTION')",
    );
    await queryRunner.query("CREATE TYPE \"public\".\"voting_impact\" AS ENUM('NONE', 'DEGRADED', 'HALTED')");
    await queryRunner.query(
      "CREATE TYPE \"public\".\"incident_status\" AS ENUM('RECEIVED', 'TRIAGING', 'NEEDS_INFO', 'RESOLVED', 'CLOSED')",
    );
    await queryRunner.query(
      'CREATE TABLE "incident_reports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "reference" character varying(40) NOT NULL, "reporting_org_id" uuid NOT NULL, "reporter_user_id" uuid NOT NULL, "recipient_org_ids" uuid array NOT NULL, "tier" "public"."tier" NOT NULL, "title" character varying(200) NOT NULL, "description" text NOT NULL, "category" "public"."incident_category" NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "jurisdiction" character varying(2), "location" character varying(300), "impact" "public"."voting_impact" NOT NULL, "reporter_may_be_named" boolean NOT NULL DEFAULT false, "status" "public"."incident_status" NOT NULL DEFAULT \'RECEIVED\', "assignee_user_id" uuid, "first_response_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8b924dea33e3dd1ef1bbac02ad6" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "incident_reports_reference_key" ON "incident_reports"  ("reference") ',
    );
    await queryRunner.query(
      'CREATE INDEX "incident_reports_reporting_org_created_idx" ON "incident_reports"  ("reporting_org_id", "created_at", "id") ',
    );
    await queryRunner.query('CREATE INDEX "incident_reports_created_idx" ON "incident_reports"  ("created_at", "id") ');
    await queryRunner.query(
      'CREATE TABLE "incident_comments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "report_id" uuid NOT NULL, "author_user_id" uuid NOT NULL, "author_org_id" uuid NOT NULL, "from_reporter_side" boolean NOT NULL, "body" character varying(5000) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a17275da5243738996bbba7327d" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "incident_comments_report_created_idx" ON "incident_comments"  ("report_id", "created_at", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "incident_event_sequence" ("id" integer NOT NULL, "last_sequence" bigint NOT NULL, CONSTRAINT "PK_48f5822a22e1d8df246096f98a9" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"incident_event_type\" AS ENUM('REPORTED', 'ASSIGNED', 'STATUS_CHANGED', 'COMMENTED')",
    );
    await queryRunner.query(
      'CREATE TABLE "incident_events" ("sequence" bigint NOT NULL, "type" "public"."incident_event_type" NOT NULL, "report_id" uuid NOT NULL, "comment_id" uuid, "status" "public"."incident_status", "actor_user_id" uuid, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6e076be04a5fd591f6394e3c8b0" PRIMARY KEY ("sequence"))',
    );
    await queryRunner.query('CREATE INDEX "incident_events_report_id_idx" ON "incident_events"  ("report_id") ');
    await queryRunner.query('CREATE INDEX "incident_events_occurred_at_idx" ON "incident_events"  ("occurred_at") ');
    await queryRunner.query(
      'CREATE TABLE "incident_indicators" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "report_id" uuid NOT NULL, "type" character varying(16) NOT NULL, "value" character varying(2048) NOT NULL, "network" inet, "position" integer NOT NULL, CONSTRAINT "PK_841ef305e42d8f5fd8adbef50a0" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "incident_indicators_report_id_idx" ON "incident_indicators"  ("report_id") ',
    );
    await queryRunner.query('CREATE INDEX "incident_indicators_value_idx" ON "incident_indicators"  ("value") ');
    await queryRunner.query(
      'CREATE TABLE "incident_reference_counters" ("organization_id" uuid NOT NULL, "year" integer NOT NULL, "last_number" integer NOT NULL, CONSTRAINT "PK_0fbe6773a21dbcf82860d225438" PRIMARY KEY ("organization_id", "year"))',
    );
    await queryRunner.query(
      'CREATE TABLE "incident_report_bulletins" ("report_id" uuid NOT NULL, "bulletin_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a0479800eb17f22ccaebeb4e08e" PRIMARY KEY ("report_id", "bulletin_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "incident_report_bulletins_bulletin_id_idx" ON "incident_report_bulletins"  ("bulletin_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "organizations" ADD "accepts_incident_reports" boolean NOT NULL DEFAULT false',
    );
    await queryRunner.query(
      'ALTER TABLE "incident_reports" ADD CONSTRAINT "incident_reports_reporting_org_id_fkey" FOREIGN KEY ("reporting_org_id") REFERENCES "organizations"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "incident_reports" ADD CONSTRAINT "incident_reports_reporter_user_id_fkey" FOREIGN KEY ("reporter_user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "incident_reports" ADD CONSTRAINT "incident_reports_assignee_user_id_fkey" FOREIGN KEY ("assignee_user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "incident_comments" ADD CONSTRAINT "incident_comments_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "incident_reports"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "incident_comments" ADD CONSTRAINT "incident_comments_author_user_id_fkey" FOREIGN KEY ("author_user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "incident_comments" ADD CONSTRAINT "incident_comments_author_org_id_fkey" FOREIGN KEY ("author_org_id") REFERENCES "organizations"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "incident_events" ADD CONSTRAINT "incident_events_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "incident_reports"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "incident_indicators" ADD CONSTRAINT "incident_indicators_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "incident_reports"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "incident_report_bulletins" ADD CONSTRAINT "incident_report_bulletins_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "incident_reports"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "incident_report_bulletins" ADD CONSTRAINT "incident_report_bulletins_bulletin_id_fkey" FOREIGN KEY ("bulletin_id") REFERENCES "bulletins"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'CREATE INDEX "incident_reports_recipient_org_ids_idx" ON "incident_reports" USING gin ("recipient_org_ids")',
    );
    await queryRunner.query(
      'CREATE INDEX "incident_indicators_network_idx" ON "incident_indicators" USING gist ("network" inet_ops)',
    );
    await queryRunner.query('INSERT INTO "incident_event_sequence" ("id", "last_sequence") VALUES (1, 0)');
    // The states, the ISACs and the federal agencies take reports from the start; platform admins change it.
    await queryRunner.query(
      'UPDATE "organizations" SET "accepts_incident_reports" = true WHERE "kind" IN (\'FEDERAL\', \'ISAC\', \'STATE\')',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."incident_indicators_network_idx"');
    await queryRunner.query('DROP INDEX "public"."incident_reports_recipient_org_ids_idx"');
    await queryRunner.query(
      'ALTER TABLE "incident_report_bulletins" DROP CONSTRAINT "incident_report_bulletins_bulletin_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "incident_report_bulletins" DROP CONSTRAINT "incident_report_bulletins_report_id_fkey"',
    );
    await queryRunner.query('ALTER TABLE "incident_indicators" DROP CONSTRAINT "incident_indicators_report_id_fkey"');
    await queryRunner.query('ALTER TABLE "incident_events" DROP CONSTRAINT "incident_events_report_id_fkey"');
    await queryRunner.query('ALTER TABLE "incident_comments" DROP CONSTRAINT "incident_comments_author_org_id_fkey"');
    await queryRunner.query('ALTER TABLE "incident_comments" DROP CONSTRAINT "incident_comments_author_user_id_fkey"');
    await queryRunner.query('ALTER TABLE "incident_comments" DROP CONSTRAINT "incident_comments_report_id_fkey"');
    await queryRunner.query('ALTER TABLE "incident_reports" DROP CONSTRAINT "incident_reports_assignee_user_id_fkey"');
    await queryRunner.query('ALTER TABLE "incident_reports" DROP CONSTRAINT "incident_reports_reporter_user_id_fkey"');
    await queryRunner.query('ALTER TABLE "incident_reports" DROP CONSTRAINT "incident_reports_reporting_org_id_fkey"');
    await queryRunner.query('ALTER TABLE "organizations" DROP COLUMN "accepts_incident_reports"');
    await queryRunner.query('DROP INDEX "public"."incident_report_bulletins_bulletin_id_idx"');
    await queryRunner.query('DROP TABLE "incident_report_bulletins"');
    await queryRunner.query('DROP TABLE "incident_reference_counters"');
    await queryRunner.query('DROP INDEX "public"."incident_indicators_value_idx"');
    await queryRunner.query('DROP INDEX "public"."incident_indicators_report_id_idx"');
    await queryRunner.query('DROP TABLE "incident_indicators"');
    await queryRunner.query('DROP INDEX "public"."incident_events_occurred_at_idx"');
    await queryRunner.query('DROP INDEX "public"."incident_events_report_id_idx"');
    await queryRunner.query('DROP TABLE "incident_events"');
    await queryRunner.query('DROP TYPE "public"."incident_event_type"');
    await queryRunner.query('DROP TABLE "incident_event_sequence"');
    await queryRunner.query('DROP INDEX "public"."incident_comments_report_created_idx"');
    await queryRunner.query('DROP TABLE "incident_comments"');
    await queryRunner.query('DROP INDEX "public"."incident_reports_created_idx"');
    await queryRunner.query('DROP INDEX "public"."incident_reports_reporting_org_created_idx"');
    await queryRunner.query('DROP INDEX "public"."incident_reports_reference_key"');
    await queryRunner.query('DROP TABLE "incident_reports"');
    await queryRunner.query('DROP TYPE "public"."incident_status"');
    await queryRunner.query('DROP TYPE "public"."voting_impact"');
    await queryRunner.query('DROP TYPE "public"."incident_category"');
  }
}
