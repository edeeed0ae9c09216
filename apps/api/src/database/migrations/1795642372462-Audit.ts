import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Audit1795642372462 implements MigrationInterface {
  name = 'Audit1795642372462';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "audit_events" ("position" bigint NOT NULL, "id" uuid NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "actor_kind" character varying(16) NOT NULL, "actor_user_id" uuid, "actor_api_key_id" uuid, "actor_organization_id" uuid, "action" character varying(48) NOT NULL, "target_type" character varying(32), "target_id" character varying(64), "outcome" character varying(8) NOT NULL, "request_id" character varying(128), "client_address" character varying(64), "details" jsonb NOT NULL, "previous_hash" character varying(64) NOT NULL, "hash" character varying(64) NOT NULL, CONSTRAINT "PK_ad96e3667423271c93fc9bc8d57" PRIMARY KEY ("position"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "audit_events_id_key" ON "audit_events"  ("id") ');
    await queryRunner.query('CREATE INDEX "audit_events_action_idx" ON "audit_events"  ("action") ');
    await queryRunner.query('CREATE INDEX "audit_events_target_id_idx" ON "audit_events"  ("target_id") ');
    await queryRunner.query(
      'CREATE INDEX "audit_events_actor_organization_id_position_idx" ON "audit_events"  ("actor_organization_id", "position") ',
    );
    await queryRunner.query(
      'CREATE TABLE "audit_sequence" ("id" integer NOT NULL, "last_position" bigint NOT NULL, "last_hash" character varying(64) NOT NULL, CONSTRAINT "PK_bd801156afa592d05f817601351" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      `INSERT INTO "audit_sequence" ("id", "last_position", "last_hash") VALUES (1, 0, '${'0'.repeat(64)}')`,
    );
    // R18: no code path may rewrite the trail, and neither may anyone with plain SQL access short of disabling this.
    await queryRunner.query(
      `CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
       END $$`,
    );
    await queryRunner.query(
      'CREATE TRIGGER audit_events_no_change BEFORE UPDATE OR DELETE ON "audit_events" FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()',
    );
    await queryRunner.query(
      'CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON "audit_events" FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER audit_events_no_truncate ON "audit_events"');
    await queryRunner.query('DROP TRIGGER audit_events_no_change ON "audit_events"');
    await queryRunner.query('DROP FUNCTION audit_events_append_only()');
    await queryRunner.query('DROP TABLE "audit_sequence"');
    await queryRunner.query('DROP INDEX "public"."audit_events_actor_organization_id_position_idx"');
    await queryRunner.query('DROP INDEX "public"."audit_events_target_id_idx"');
    await queryRunner.query('DROP INDEX "public"."audit_events_action_idx"');
    await queryRunner.query('DROP INDEX "public"."audit_events_id_key"');
    await queryRunner.query('DROP TABLE "audit_events"');
  }
}
