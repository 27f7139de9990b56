import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "posts" ADD COLUMN "wordpress_guid" varchar;
  ALTER TABLE "_posts_v" ADD COLUMN "version_wordpress_guid" varchar;
  ALTER TABLE "pages" ADD COLUMN "wordpress_guid" varchar;
  ALTER TABLE "_pages_v" ADD COLUMN "version_wordpress_guid" varchar;
  CREATE INDEX "posts_wordpress_guid_idx" ON "posts" USING btree ("wordpress_guid");
  CREATE INDEX "_posts_v_version_version_wordpress_guid_idx" ON "_posts_v" USING btree ("version_wordpress_guid");
  CREATE INDEX "pages_wordpress_guid_idx" ON "pages" USING btree ("wordpress_guid");
  CREATE INDEX "_pages_v_version_version_wordpress_guid_idx" ON "_pages_v" USING btree ("version_wordpress_guid");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "posts_wordpress_guid_idx";
  DROP INDEX "_posts_v_version_version_wordpress_guid_idx";
  DROP INDEX "pages_wordpress_guid_idx";
  DROP INDEX "_pages_v_version_version_wordpress_guid_idx";
  ALTER TABLE "posts" DROP COLUMN "wordpress_guid";
  ALTER TABLE "_posts_v" DROP COLUMN "version_wordpress_guid";
  ALTER TABLE "pages" DROP COLUMN "wordpress_guid";
  ALTER TABLE "_pages_v" DROP COLUMN "version_wordpress_guid";`)
}
