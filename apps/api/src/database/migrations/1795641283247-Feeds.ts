import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Feeds1795641283247 implements MigrationInterface {
  name = 'Feeds1795641283247';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "feeds" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "name" character varying(100) NOT NULL, "filter" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3dafbf766ecbb1eb2017732153f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "feeds_user_id_name_key" ON "feeds"  ("user_id", "name") ');
    await queryRunner.query(
      'ALTER TABLE "feeds" ADD CONSTRAINT "feeds_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "feeds" DROP CONSTRAINT "feeds_user_id_fkey"');
    await queryRunner.query('DROP INDEX "public"."feeds_user_id_name_key"');
    await queryRunner.query('DROP TABLE "feeds"');
  }
}
