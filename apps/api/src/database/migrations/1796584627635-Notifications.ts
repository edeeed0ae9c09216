import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1796584627635 implements MigrationInterface {
  name = 'Notifications1796584627635';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "mail_cursor" ("id" smallint NOT NULL, "retraction_sequence" bigint NOT NULL, CONSTRAINT "PK_a3fc4535e18c0c4e739dba2e58d" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "organization_mailboxes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "name" character varying(100) NOT NULL, "address" character varying(254) NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_by_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3fc2f1b9ec8fa4778210cd03528" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "organization_mailboxes_organization_id_address_key" ON "organization_mailboxes"  ("organization_id", "address") ',
    );
    await queryRunner.query("CREATE TYPE \"public\".\"mail_digest\" AS ENUM('NONE', 'HOURLY', 'DAILY')");
    await queryRunner.query(
      'CREATE TABLE "mail_subscriptions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "feed_id" uuid, "mailbox_id" uuid, "name" character varying(100), "filter" jsonb, "immediate_min_severity" "public"."severity", "digest" "public"."mail_digest" NOT NULL DEFAULT \'NONE\', "digest_hour" smallint NOT NULL DEFAULT \'7\', "time_zone" character varying(64) NOT NULL DEFAULT \'UTC\', "cursor_sequence" bigint NOT NULL, "next_digest_at" TIMESTAMP WITH TIME ZONE, "last_digest_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "REL_2184f4ebb257103d5ea025987e" UNIQUE ("feed_id"), CONSTRAINT "mail_subscriptions_digest_hour_check" CHECK ("digest_hour" BETWEEN 0 AND 23), CONSTRAINT "mail_subscriptions_mailbox_filter_check" CHECK ("mailbox_id" IS NULL OR ("name" IS NOT NULL AND "filter" IS NOT NULL)), CONSTRAINT "mail_subscriptions_one_recipient_check" CHECK (("feed_id" IS NULL) <> ("mailbox_id" IS NULL)), CONSTRAINT "PK_ab9e3a07101b40326ada976f0e4" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "mail_subscriptions_mailbox_id_idx" ON "mail_subscriptions"  ("mailbox_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "mail_subscriptions_feed_id_key" ON "mail_subscriptions"  ("feed_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "mail_digest_items" ("subscription_id" uuid NOT NULL, "bulletin_id" uuid NOT NULL, "last_sequence" bigint NOT NULL, "amended" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_59442faa9fa20381c95b3001765" PRIMARY KEY ("subscription_id", "bulletin_id"))',
    );
    await queryRunner.query("CREATE TYPE \"public\".\"mail_kind\" AS ENUM('IMMEDIATE', 'DIGEST', 'RETRACTION')");
    await queryRunner.query(
      "CREATE TYPE \"public\".\"mail_status\" AS ENUM('PENDING', 'SENT', 'FAILED', 'DEAD', 'SKIPPED')",
    );
    await queryRunner.query(
      'CREATE TABLE "mails" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" "public"."mail_kind" NOT NULL, "subscription_id" uuid, "user_id" uuid, "mailbox_id" uuid, "organization_id" uuid NOT NULL, "bulletin_id" uuid, "event_sequence" bigint, "message_id" character varying(255) NOT NULL, "status" "public"."mail_status" NOT NULL DEFAULT \'PENDING\', "attempts" integer NOT NULL DEFAULT \'0\', "next_attempt_at" TIMESTAMP WITH TIME ZONE DEFAULT now(), "lease_id" uuid, "last_attempt_at" TIMESTAMP WITH TIME ZONE, "last_response" character varying(500), "to_address" character varying(254), "bulletin_count" integer, "sent_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "mails_one_recipient_check" CHECK (("user_id" IS NULL) <> ("mailbox_id" IS NULL)), CONSTRAINT "PK_218248d7dfe1b739f06e2309349" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "mails_retraction_mailbox_key" ON "mails"  ("bulletin_id", "mailbox_id") WHERE "kind" = \'RETRACTION\' AND "mailbox_id" IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "mails_retraction_user_key" ON "mails"  ("bulletin_id", "user_id") WHERE "kind" = \'RETRACTION\' AND "user_id" IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "mails_subscription_id_bulletin_id_idx" ON "mails"  ("subscription_id", "bulletin_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "mails_organization_id_created_at_idx" ON "mails"  ("organization_id", "created_at") ',
    );
    await queryRunner.query('CREATE INDEX "mails_user_id_created_at_idx" ON "mails"  ("user_id", "created_at") ');
    await queryRunner.query('CREATE UNIQUE INDEX "mails_message_id_key" ON "mails"  ("message_id") ');
    await queryRunner.query(
      'CREATE INDEX "mails_due_idx" ON "mails"  ("next_attempt_at") WHERE "next_attempt_at" IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE TABLE "mail_items" ("mail_id" uuid NOT NULL, "bulletin_id" uuid NOT NULL, "amended" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_a1f2c87d7975559c0c753d62664" PRIMARY KEY ("mail_id", "bulletin_id"))',
    );
    await queryRunner.query('CREATE INDEX "mail_items_bulletin_id_idx" ON "mail_items"  ("bulletin_id") ');
    await queryRunner.query("CREATE TYPE \"public\".\"mail_detail\" AS ENUM('STANDARD', 'HEADLINES', 'NOTICE')");
    await queryRunner.query(
      'ALTER TABLE "organizations" ADD "mail_detail" "public"."mail_detail" NOT NULL DEFAULT \'STANDARD\'',
    );
    await queryRunner.query(
      'ALTER TABLE "organization_mailboxes" ADD CONSTRAINT "organization_mailboxes_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mail_subscriptions" ADD CONSTRAINT "mail_subscriptions_feed_id_fkey" FOREIGN KEY ("feed_id") REFERENCES "feeds"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mail_subscriptions" ADD CONSTRAINT "mail_subscriptions_mailbox_id_fkey" FOREIGN KEY ("mailbox_id") REFERENCES "organization_mailboxes"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mail_digest_items" ADD CONSTRAINT "mail_digest_items_subscription_id_fkey" FOREIGN KEY ("subscription_id") REFERENCES "mail_subscriptions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mail_digest_items" ADD CONSTRAINT "mail_digest_items_bulletin_id_fkey" FOREIGN KEY ("bulletin_id") REFERENCES "bulletins"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mails" ADD CONSTRAINT "mails_subscription_id_fkey" FOREIGN KEY ("subscription_id") REFERENCES "mail_subscriptions"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mails" ADD CONSTRAINT "mails_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mails" ADD CONSTRAINT "mails_mailbox_id_fkey" FOREIGN KEY ("mailbox_id") REFERENCES "organization_mailboxes"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mails" ADD CONSTRAINT "mails_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mails" ADD CONSTRAINT "mails_bulletin_id_fkey" FOREIGN KEY ("bulletin_id") REFERENCES "bulletins"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mail_items" ADD CONSTRAINT "mail_items_mail_id_fkey" FOREIGN KEY ("mail_id") REFERENCES "mails"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mail_items" ADD CONSTRAINT "mail_items_bulletin_id_fkey" FOREIGN KEY ("bulletin_id") REFERENCES "bulletins"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    // Retractions of what was published before mail existed are nobody's to be told of.
    await queryRunner.query(
      'INSERT INTO "mail_cursor" ("id", "retraction_sequence") SELECT 1, "last_sequence" FROM "event_sequence" WHERE "id" = 1',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "mail_items" DROP CONSTRAINT "mail_items_bulletin_id_fkey"');
    await queryRunner.query('ALTER TABLE "mail_items" DROP CONSTRAINT "mail_items_mail_id_fkey"');
    await queryRunner.query('ALTER TABLE "mails" DROP CONSTRAINT "mails_bulletin_id_fkey"');
    await queryRunner.query('ALTER TABLE "mails" DROP CONSTRAINT "mails_organization_id_fkey"');
    await queryRunner.query('ALTER TABLE "mails" DROP CONSTRAINT "mails_mailbox_id_fkey"');
    await queryRunner.query('ALTER TABLE "mails" DROP CONSTRAINT "mails_user_id_fkey"');
    await queryRunner.query('ALTER TABLE "mails" DROP CONSTRAINT "mails_subscription_id_fkey"');
    await queryRunner.query('ALTER TABLE "mail_digest_items" DROP CONSTRAINT "mail_digest_items_bulletin_id_fkey"');
    await queryRunner.query('ALTER TABLE "mail_digest_items" DROP CONSTRAINT "mail_digest_items_subscription_id_fkey"');
    await queryRunner.query('ALTER TABLE "mail_subscriptions" DROP CONSTRAINT "mail_subscriptions_mailbox_id_fkey"');
    await queryRunner.query('ALTER TABLE "mail_subscriptions" DROP CONSTRAINT "mail_subscriptions_feed_id_fkey"');
    await queryRunner.query(
      'ALTER TABLE "organization_mailboxes" DROP CONSTRAINT "organization_mailboxes_organization_id_fkey"',
    );
    await queryRunner.query('ALTER TABLE "organizations" DROP COLUMN "mail_detail"');
    await queryRunner.query('DROP TYPE "public"."mail_detail"');
    await queryRunner.query('DROP INDEX "public"."mail_items_bulletin_id_idx"');
    await queryRunner.query('DROP TABLE "mail_items"');
    await queryRunner.query('DROP INDEX "public"."mails_due_idx"');
    await queryRunner.query('DROP INDEX "public"."mails_message_id_key"');
    await queryRunner.query('DROP INDEX "public"."mails_user_id_created_at_idx"');
    await queryRunner.query('DROP INDEX "public"."mails_organization_id_created_at_idx"');
    await queryRunner.query('DROP INDEX "public"."mails_subscription_id_bulletin_id_idx"');
    await queryRunner.query('DROP INDEX "public"."mails_retraction_user_key"');
    await queryRunner.query('DROP INDEX "public"."mails_retraction_mailbox_key"');
    await queryRunner.query('DROP TABLE "mails"');
    await queryRunner.query('DROP TYPE "public"."mail_status"');
    await queryRunner.query('DROP TYPE "public"."mail_kind"');
    await queryRunner.query('DROP TABLE "mail_digest_items"');
    await queryRunner.query('DROP INDEX "public"."mail_subscriptions_feed_id_key"');
    await queryRunner.query('DROP INDEX "public"."mail_subscriptions_mailbox_id_idx"');
    await queryRunner.query('DROP TABLE "mail_subscriptions"');
    await queryRunner.query('DROP TYPE "public"."mail_digest"');
    await queryRunner.query('DROP INDEX "public"."organization_mailboxes_organization_id_address_key"');
    await queryRunner.query('DROP TABLE "organization_mailboxes"');
    await queryRunner.query('DROP TABLE "mail_cursor"');
  }
}
