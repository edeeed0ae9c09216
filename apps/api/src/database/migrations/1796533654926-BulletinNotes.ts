import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Offices' notes on bulletins (modules/notes): what each did about one, for its own members. */
export class BulletinNotes1796533654926 implements MigrationInterface {
  name = 'BulletinNotes1796533654926';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "bulletin_notes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "bulletin_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "author_user_id" uuid NOT NULL, "body" character varying(2000) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_65eb6c69b8c0b23ac3ecf123d9e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "bulletin_notes_bulletin_organization_idx" ON "bulletin_notes"  ("bulletin_id", "organization_id", "created_at") ',
    );
    await queryRunner.query(
      'ALTER TABLE "bulletin_notes" ADD CONSTRAINT "bulletin_notes_bulletin_id_fkey" FOREIGN KEY ("bulletin_id") REFERENCES "bulletins"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "bulletin_notes" ADD CONSTRAINT "bulletin_notes_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "bulletin_notes" ADD CONSTRAINT "bulletin_notes_author_user_id_fkey" FOREIGN KEY ("author_user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "bulletin_notes" DROP CONSTRAINT "bulletin_notes_author_user_id_fkey"');
    await queryRunner.query('ALTER TABLE "bulletin_notes" DROP CONSTRAINT "bulletin_notes_organization_id_fkey"');
    await queryRunner.query('ALTER TABLE "bulletin_notes" DROP CONSTRAINT "bulletin_notes_bulletin_id_fkey"');
    await queryRunner.query('DROP INDEX "public"."bulletin_notes_bulletin_organization_idx"');
    await queryRunner.query('DROP TABLE "bulletin_notes"');
  }
}
