import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Webhooks1795641890322 implements MigrationInterface {
  name = 'Webhooks1795641890322';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "webhooks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "name" character varying(100) NOT NULL, "url" character varying(2048) NOT NULL, "filter" jsonb NOT NULL, "clearance" "public"."tier" NOT NULL, "secret" character varying(64) NOT NULL, "previous_secret" character varying(64), "previous_secret_expires_at" TIMESTAMP WITH TIME ZONE, "secret_rotated_at" TIMESTAMP WITH TIME ZONE, "enabled" boolean NOT NULL DEFAULT true, "disabled_reason" character varying(500), "disabled_at" TIMESTAMP WITH TIME ZONE, "consecutive_failures" integer NOT NULL DEFAULT \'0\', "cursor_sequence" bigint NOT NULL, "created_by_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9e8795cfc899ab7bdaa831e8527" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "webhooks_organization_id_idx" ON "webhooks"  ("organization_id") ');
    await queryRunner.query(
      "CREATE TYPE \"public\".\"webhook_delivery_status\" AS ENUM('PENDING', 'DELIVERED', 'FAILED', 'DEAD', 'SKIPPED')",
    );
    await queryRunner.query(
      'CREATE TABLE "webhook_deliveries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "webhook_id" uuid NOT NULL, "event_sequence" bigint NOT NULL, "status" "public"."webhook_delivery_status" NOT NULL DEFAULT \'PENDING\', "attempts" integer NOT NULL DEFAULT \'0\', "next_attempt_at" TIMESTAMP WITH TIME ZONE DEFAULT now(), "lease_id" uuid, "last_attempt_at" TIMESTAMP WITH TIME ZONE, "last_status_code" integer, "last_error" character varying(500), "last_latency_ms" integer, "delivered_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_535dd409947fb6d8fc6dfc0112a" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "webhook_deliveries_due_idx" ON "webhook_deliveries"  ("next_attempt_at") WHERE "next_attempt_at" IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "webhook_deliveries_webhook_id_event_sequence_key" ON "webhook_deliveries"  ("webhook_id", "event_sequence") ',
    );
    await queryRunner.query(
      'ALTER TABLE "webhooks" ADD CONSTRAINT "webhooks_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_webhook_id_fkey" FOREIGN KEY ("webhook_id") REFERENCES "webhooks"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "webhook_deliveries" DROP CONSTRAINT "webhook_deliveries_webhook_id_fkey"');
    await queryRunner.query('ALTER TABLE "webhooks" DROP CONSTRAINT "webhooks_organization_id_fkey"');
    await queryRunner.query('DROP INDEX "public"."webhook_deliveries_webhook_id_event_sequence_key"');
    await queryRunner.query('DROP INDEX "public"."webhook_deliveries_due_idx"');
    await queryRunner.query('DROP TABLE "webhook_deliveries"');
    await queryRunner.query('DROP TYPE "public"."webhook_delivery_status"');
    await queryRunner.query('DROP INDEX "public"."webhooks_organization_id_idx"');
    await queryRunner.query('DROP TABLE "webhooks"');
  }
}
