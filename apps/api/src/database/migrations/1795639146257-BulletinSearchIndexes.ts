import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Written by hand: GIN and GiST indexes, which TypeORM cannot express. The entities declare them with
 * `synchronize: false` so the drift check leaves them alone. They serve the policy predicate (uuid[] overlap
 * and containment), filters, full-text search and IP-in-CIDR indicator search.
 */
export class BulletinSearchIndexes1795639146257 implements MigrationInterface {
  name = 'BulletinSearchIndexes1795639146257';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX "bulletin_revisions_originator_org_ids_idx" ON "bulletin_revisions" USING gin ("originator_org_ids")',
    );
    await queryRunner.query(
      'CREATE INDEX "bulletin_revisions_recipient_org_ids_idx" ON "bulletin_revisions" USING gin ("recipient_org_ids")',
    );
    await queryRunner.query(
      'CREATE INDEX "bulletin_revisions_recipient_user_ids_idx" ON "bulletin_revisions" USING gin ("recipient_user_ids")',
    );
    await queryRunner.query(
      'CREATE INDEX "bulletin_revisions_jurisdictions_idx" ON "bulletin_revisions" USING gin ("jurisdictions")',
    );
    await queryRunner.query('CREATE INDEX "bulletin_revisions_tags_idx" ON "bulletin_revisions" USING gin ("tags")');
    await queryRunner.query(
      'CREATE INDEX "bulletin_revisions_search_vector_idx" ON "bulletin_revisions" USING gin ("search_vector")',
    );
    await queryRunner.query(
      'CREATE INDEX "bulletin_indicators_network_idx" ON "bulletin_indicators" USING gist ("network" inet_ops)',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."bulletin_indicators_network_idx"');
    await queryRunner.query('DROP INDEX "public"."bulletin_revisions_search_vector_idx"');
    await queryRunner.query('DROP INDEX "public"."bulletin_revisions_tags_idx"');
    await queryRunner.query('DROP INDEX "public"."bulletin_revisions_jurisdictions_idx"');
    await queryRunner.query('DROP INDEX "public"."bulletin_revisions_recipient_user_ids_idx"');
    await queryRunner.query('DROP INDEX "public"."bulletin_revisions_recipient_org_ids_idx"');
    await queryRunner.query('DROP INDEX "public"."bulletin_revisions_originator_org_ids_idx"');
  }
}
