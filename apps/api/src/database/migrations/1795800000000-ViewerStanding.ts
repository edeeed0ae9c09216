import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What a viewer is made of (viewer.repository.ts): a change to any of these columns, or a deleted row, moves it. */
const VIEWER_COLUMNS = {
  users: ['id', 'organization_id', 'roles', 'clearance', 'active'],
  organizations: ['id', 'parent_id', 'vetted_tier', 'active'],
  sessions: ['id', 'user_id', 'expires_at', 'revoked_at'],
} as const;

/**
 * Written by hand. A generation number that moves, at commit, with every change to what a signed-in viewer is made
 * of, so the live fan-out can keep the viewers it re-read while the generation has not moved (R17) instead of
 * re-reading every session at every event. The triggers are deferred: the counter's row is the last lock a
 * transaction takes, so it cannot deadlock with the rows it changed, and readers see the new generation only once
 * the change itself is visible. A new session (an INSERT) changes no viewer that exists already.
 */
export class ViewerStanding1795800000000 implements MigrationInterface {
  name = 'ViewerStanding1795800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE viewer_standing (
         singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
         generation bigint NOT NULL DEFAULT 0
       )`,
    );
    await queryRunner.query('INSERT INTO viewer_standing DEFAULT VALUES');
    await queryRunner.query(
      `CREATE FUNCTION viewer_standing_moved() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         UPDATE viewer_standing SET generation = generation + 1;
         RETURN NULL;
       END $$`,
    );
    for (const [table, columns] of Object.entries(VIEWER_COLUMNS)) {
      await queryRunner.query(
        `CREATE CONSTRAINT TRIGGER ${table}_viewer_standing
           AFTER UPDATE OF ${columns.join(', ')} OR DELETE ON ${table}
           DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION viewer_standing_moved()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER ${table}_viewer_standing_truncate AFTER TRUNCATE ON ${table}
           FOR EACH STATEMENT EXECUTE FUNCTION viewer_standing_moved()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of Object.keys(VIEWER_COLUMNS)) {
      await queryRunner.query(`DROP TRIGGER ${table}_viewer_standing_truncate ON ${table}`);
      await queryRunner.query(`DROP TRIGGER ${table}_viewer_standing ON ${table}`);
    }
    await queryRunner.query('DROP FUNCTION viewer_standing_moved()');
    await queryRunner.query('DROP TABLE viewer_standing');
  }
}
