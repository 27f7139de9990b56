import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_redirects_to_type" AS ENUM('reference', 'custom');
  CREATE TABLE "redirects" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"from" varchar NOT NULL,
  	"to_type" "enum_redirects_to_type" DEFAULT 'reference',
  	"to_url" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "redirects_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"posts_id" integer,
  	"pages_id" integer
  );
  
  -- Former slugs (the previousSlugs arrays) become redirect records that follow their document.
  -- An address two documents once had goes to the one changed last.
  WITH "former" AS (
    SELECT DISTINCT ON ("path") "path", "relation", "doc_id" FROM (
      SELECT '/posts/' || p."slug" AS "path", 'posts' AS "relation", d."id" AS "doc_id", d."updated_at"
        FROM "posts_previous_slugs" p JOIN "posts" d ON d."id" = p."_parent_id"
        WHERE coalesce(p."slug", '') <> '' AND p."slug" IS DISTINCT FROM d."slug"
      UNION ALL
      SELECT '/' || p."slug", 'pages', d."id", d."updated_at"
        FROM "pages_previous_slugs" p JOIN "pages" d ON d."id" = p."_parent_id"
        WHERE coalesce(p."slug", '') <> '' AND p."slug" IS DISTINCT FROM d."slug"
    ) "candidates" ORDER BY "path", "updated_at" DESC
  ), "inserted" AS (
    INSERT INTO "redirects" ("from", "to_type") SELECT "path", 'reference' FROM "former" RETURNING "id", "from"
  )
  INSERT INTO "redirects_rels" ("parent_id", "path", "posts_id", "pages_id")
    SELECT i."id", 'to.reference', CASE WHEN f."relation" = 'posts' THEN f."doc_id" END, CASE WHEN f."relation" = 'pages' THEN f."doc_id" END
    FROM "inserted" i JOIN "former" f ON f."path" = i."from";

  ALTER TABLE "posts_previous_slugs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_posts_v_version_previous_slugs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_previous_slugs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_version_previous_slugs" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "posts_previous_slugs" CASCADE;
  DROP TABLE "_posts_v_version_previous_slugs" CASCADE;
  DROP TABLE "pages_previous_slugs" CASCADE;
  DROP TABLE "_pages_v_version_previous_slugs" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "redirects_id" integer;
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."redirects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_posts_fk" FOREIGN KEY ("posts_id") REFERENCES "public"."posts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_pages_fk" FOREIGN KEY ("pages_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "redirects_from_idx" ON "redirects" USING btree ("from");
  CREATE INDEX "redirects_updated_at_idx" ON "redirects" USING btree ("updated_at");
  CREATE INDEX "redirects_created_at_idx" ON "redirects" USING btree ("created_at");
  CREATE INDEX "redirects_rels_order_idx" ON "redirects_rels" USING btree ("order");
  CREATE INDEX "redirects_rels_parent_idx" ON "redirects_rels" USING btree ("parent_id");
  CREATE INDEX "redirects_rels_path_idx" ON "redirects_rels" USING btree ("path");
  CREATE INDEX "redirects_rels_posts_id_idx" ON "redirects_rels" USING btree ("posts_id");
  CREATE INDEX "redirects_rels_pages_id_idx" ON "redirects_rels" USING btree ("pages_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_redirects_fk" FOREIGN KEY ("redirects_id") REFERENCES "public"."redirects"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_redirects_id_idx" ON "payload_locked_documents_rels" USING btree ("redirects_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "posts_previous_slugs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"slug" varchar
  );
  
  CREATE TABLE "_posts_v_version_previous_slugs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "pages_previous_slugs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"slug" varchar
  );
  
  CREATE TABLE "_pages_v_version_previous_slugs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"_uuid" varchar
  );
  
  ALTER TABLE "redirects" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "redirects_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "redirects" CASCADE;
  DROP TABLE "redirects_rels" CASCADE;
  -- Already gone with the CASCADE above (the generated statement had no IF EXISTS and failed).
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_redirects_fk";
  
  DROP INDEX IF EXISTS "payload_locked_documents_rels_redirects_id_idx";
  ALTER TABLE "posts_previous_slugs" ADD CONSTRAINT "posts_previous_slugs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."posts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_posts_v_version_previous_slugs" ADD CONSTRAINT "_posts_v_version_previous_slugs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_posts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_previous_slugs" ADD CONSTRAINT "pages_previous_slugs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_version_previous_slugs" ADD CONSTRAINT "_pages_v_version_previous_slugs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "posts_previous_slugs_order_idx" ON "posts_previous_slugs" USING btree ("_order");
  CREATE INDEX "posts_previous_slugs_parent_id_idx" ON "posts_previous_slugs" USING btree ("_parent_id");
  CREATE INDEX "posts_previous_slugs_slug_idx" ON "posts_previous_slugs" USING btree ("slug");
  CREATE INDEX "_posts_v_version_previous_slugs_order_idx" ON "_posts_v_version_previous_slugs" USING btree ("_order");
  CREATE INDEX "_posts_v_version_previous_slugs_parent_id_idx" ON "_posts_v_version_previous_slugs" USING btree ("_parent_id");
  CREATE INDEX "_posts_v_version_previous_slugs_slug_idx" ON "_posts_v_version_previous_slugs" USING btree ("slug");
  CREATE INDEX "pages_previous_slugs_order_idx" ON "pages_previous_slugs" USING btree ("_order");
  CREATE INDEX "pages_previous_slugs_parent_id_idx" ON "pages_previous_slugs" USING btree ("_parent_id");
  CREATE INDEX "pages_previous_slugs_slug_idx" ON "pages_previous_slugs" USING btree ("slug");
  CREATE INDEX "_pages_v_version_previous_slugs_order_idx" ON "_pages_v_version_previous_slugs" USING btree ("_order");
  CREATE INDEX "_pages_v_version_previous_slugs_parent_id_idx" ON "_pages_v_version_previous_slugs" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_version_previous_slugs_slug_idx" ON "_pages_v_version_previous_slugs" USING btree ("slug");
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "redirects_id";
  DROP TYPE "public"."enum_redirects_to_type";`)
}
