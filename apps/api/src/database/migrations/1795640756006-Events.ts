import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Events1795640756006 implements MigrationInterface {
  name = 'Events1795640756006';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"bulletin_event_type\" AS ENUM('PUBLISHED', 'AMENDED', 'RETRACTED')",
    );
    await queryRunner.query(
      'CREATE TABLE "bulletin_events" ("sequence" bigint NOT NULL, "type" "public"."bulletin_event_type" NOT NULL, "bulletin_id" uuid NOT NULL, "revision_id" uuid NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a67ae8fb68ec0d3911d7e8d0c27" PRIMARY KEY ("sequence"))',
    );
    await queryRunner.query('CREATE INDEX "bulletin_events_bulletin_id_idx" ON "bulletin_events"  ("bulletin_id") ');
    await queryRunner.query('CREATE INDEX "bulletin_events_occurred_at_idx" ON "bulletin_events"  ("occurred_at") ');
    await queryRunner.query(
      'CREATE TABLE "event_sequence" ("id" integer NOT NULL, "last_sequence" bigint NOT NULL, CONSTRAINT "PK_71887e08ee1c866775dcd0bc426" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('INSERT INTO "event_sequence" ("id", "last_sequence") VALUES (1, 0)');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "event_sequence"');
    await queryRunner.query('DROP INDEX "public"."bulletin_events_occurred_at_idx"');
    await queryRunner.query('DROP INDEX "public"."bulletin_events_bulletin_id_idx"');
    await queryRunner.query('DROP TABLE "bulletin_events"');
    await queryRunner.query('DROP TYPE "public"."bulletin_event_type"');
  }
}
