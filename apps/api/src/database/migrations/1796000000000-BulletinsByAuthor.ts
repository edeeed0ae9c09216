import type { MigrationInterface, QueryRunner } from 'typeorm';

/** An index on who created each bulletin, for `bulletins(filter: { authoredByMe: true })` (the portal's My drafts). */
export class BulletinsByAuthor1796000000000 implements MigrationInterface {
  name = 'BulletinsByAuthor1796000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE INDEX "bulletins_author_user_id_idx" ON "bulletins" ("author_user_id") ');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."bulletins_author_user_id_idx"');
  }
}
