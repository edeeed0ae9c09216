import type { IndicatorType } from '@bulwark/domain';
import { indicatorStixId } from '@bulwark/stix';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** How many indicators one UPDATE names while their STIX ids are filled in. */
const BACKFILL_BATCH = 5_000;

/**
 * Releases kept for good (the TAXII server's versions), seeded from the event log as it stands, and each
 * indicator's STIX id, computed here as libs/stix computes it for every indicator written from now on.
 */
export class BulletinReleases1796544901318 implements MigrationInterface {
  name = 'BulletinReleases1796544901318';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "bulletin_releases" ("sequence" bigint NOT NULL, "type" "public"."bulletin_event_type" NOT NULL, "bulletin_id" uuid NOT NULL, "revision_id" uuid NOT NULL, "added_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), CONSTRAINT "PK_a99dc10ce21bd4bf48a93a4b5ba" PRIMARY KEY ("sequence"))',
    );
    await queryRunner.query(
      'CREATE INDEX "bulletin_releases_bulletin_id_idx" ON "bulletin_releases"  ("bulletin_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "bulletin_releases_added_at_idx" ON "bulletin_releases"  ("added_at", "sequence") ',
    );
    await queryRunner.query(
      'INSERT INTO "bulletin_releases" ("sequence", "type", "bulletin_id", "revision_id", "added_at") SELECT "sequence", "type", "bulletin_id", "revision_id", "occurred_at" FROM "bulletin_events"',
    );
    await queryRunner.query('ALTER TABLE "bulletin_indicators" ADD "stix_id" character varying(64)');
    await this.fillStixIds(queryRunner);
    // First publications were stamped by the application's clock after the revision's: one clock from now on.
    await queryRunner.query(
      'UPDATE "bulletins" b SET "first_published_at" = r."published_at" FROM "bulletin_revisions" r WHERE r."bulletin_id" = b."id" AND r."number" = 1 AND r."published_at" < b."first_published_at"',
    );
    await queryRunner.query('ALTER TABLE "bulletin_indicators" ALTER COLUMN "stix_id" SET NOT NULL');
    await queryRunner.query('CREATE INDEX "bulletin_indicators_stix_id_idx" ON "bulletin_indicators"  ("stix_id") ');
    await queryRunner.query(
      'ALTER TABLE "bulletin_releases" ADD CONSTRAINT "bulletin_releases_bulletin_id_fkey" FOREIGN KEY ("bulletin_id") REFERENCES "bulletins"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "bulletin_releases" ADD CONSTRAINT "bulletin_releases_revision_id_fkey" FOREIGN KEY ("revision_id") REFERENCES "bulletin_revisions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  private async fillStixIds(queryRunner: QueryRunner): Promise<void> {
    const rows = (await queryRunner.query(
      'SELECT i."id", r."bulletin_id", i."type", i."value" FROM "bulletin_indicators" i JOIN "bulletin_revisions" r ON r."id" = i."revision_id"',
    )) as { id: string; bulletin_id: string; type: IndicatorType; value: string }[];
    for (let start = 0; start < rows.length; start += BACKFILL_BATCH) {
      const batch = rows.slice(start, start + BACKFILL_BATCH);
      await queryRunner.query(
        'UPDATE "bulletin_indicators" i SET "stix_id" = v."stix_id" FROM unnest($1::uuid[], $2::varchar[]) AS v("id", "stix_id") WHERE i."id" = v."id"',
        [batch.map((row) => row.id), batch.map((row) => indicatorStixId(row.bulletin_id, row.type, row.value))],
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "bulletin_releases" DROP CONSTRAINT "bulletin_releases_revision_id_fkey"');
    await queryRunner.query('ALTER TABLE "bulletin_releases" DROP CONSTRAINT "bulletin_releases_bulletin_id_fkey"');
    await queryRunner.query('DROP INDEX "public"."bulletin_indicators_stix_id_idx"');
    await queryRunner.query('ALTER TABLE "bulletin_indicators" DROP COLUMN "stix_id"');
    await queryRunner.query('DROP INDEX "public"."bulletin_releases_added_at_idx"');
    await queryRunner.query('DROP INDEX "public"."bulletin_releases_bulletin_id_idx"');
    await queryRunner.query('DROP TABLE "bulletin_releases"');
  }
}
