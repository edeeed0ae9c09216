import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Review: drafts sent back to their author with a comment (returnBulletin), and a partial index on the revisions in
 * review, which the review queue starts from (a few rows among every revision). The table is as the generator
 * writes it; the partial index is written by hand (the entity declares it with synchronize: false).
 */
export class ReviewReturns1795900000000 implements MigrationInterface {
  name = 'ReviewReturns1795900000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "bulletin_returns" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "bulletin_id" uuid NOT NULL, "revision_id" uuid NOT NULL, "revision_number" integer NOT NULL, "returned_by_user_id" uuid NOT NULL, "comment" character varying(2000) NOT NULL, "returned_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_af9970fef4d71ab9413fe817b5d" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "bulletin_returns_bulletin_returned_idx" ON "bulletin_returns"  ("bulletin_id", "returned_at") ',
    );
    await queryRunner.query(
      'ALTER TABLE "bulletin_returns" ADD CONSTRAINT "bulletin_returns_bulletin_id_fkey" FOREIGN KEY ("bulletin_id") REFERENCES "bulletins"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      `CREATE INDEX "bulletin_revisions_in_review_idx" ON "bulletin_revisions" ("bulletin_id") WHERE status = 'IN_REVIEW'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."bulletin_revisions_in_review_idx"');
    await queryRunner.query('ALTER TABLE "bulletin_returns" DROP CONSTRAINT "bulletin_returns_bulletin_id_fkey"');
    await queryRunner.query('DROP INDEX "public"."bulletin_returns_bulletin_returned_idx"');
    await queryRunner.query('DROP TABLE "bulletin_returns"');
  }
}
