import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Written by hand (data only): bulletins retracted before retraction took their withdrawn body out of the search
 * vector. The vector is the one bulletins-write.repository.ts keeps for a retracted revision.
 */
export class RetractedTextOutOfSearch1795700000000 implements MigrationInterface {
  name = 'RetractedTextOutOfSearch1795700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE bulletin_revisions
          SET search_vector = setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', summary), 'B')
            || setweight(to_tsvector('simple', array_to_string(tags, ' ')), 'B')
        WHERE status = 'RETRACTED'`,
    );
  }

  public async down(): Promise<void> {
    // The withdrawn text stays out of search: nothing to undo.
  }
}
