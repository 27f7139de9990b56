import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "posts" ADD COLUMN "search_text" varchar;
  ALTER TABLE "posts" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', coalesce("title", '')), 'A') || setweight(to_tsvector('english', coalesce("excerpt", '')), 'B') || setweight(to_tsvector('english', coalesce("search_text", '')), 'C')) STORED;
  ALTER TABLE "_posts_v" ADD COLUMN "version_search_text" varchar;
  CREATE INDEX "posts_search_vector_idx" ON "posts" USING gin ("search_vector");`)
  // Posts saved before this migration: index the text of their scripts now (sources join in on their next save).
  await db.execute(sql`UPDATE "posts" SET "search_text" = (SELECT string_agg(value #>> '{}', ' ') FROM jsonb_path_query("content", 'strict $.**.text') AS t(value))`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "posts_search_vector_idx";
  ALTER TABLE "posts" DROP COLUMN "search_text";
  ALTER TABLE "posts" DROP COLUMN "search_vector";
  ALTER TABLE "_posts_v" DROP COLUMN "version_search_text";`)
}
