import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_import_runs_status" AS ENUM('running', 'succeeded', 'dry-run', 'failed');
  CREATE TABLE "import_runs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"file" varchar NOT NULL,
  	"status" "enum_import_runs_status" DEFAULT 'running' NOT NULL,
  	"progress" varchar,
  	"started_at" timestamp(3) with time zone,
  	"finished_at" timestamp(3) with time zone,
  	"summary" varchar,
  	"report" jsonb,
  	"error" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "posts" ADD COLUMN "wordpress_id" varchar;
  ALTER TABLE "_posts_v" ADD COLUMN "version_wordpress_id" varchar;
  ALTER TABLE "pages" ADD COLUMN "wordpress_id" varchar;
  ALTER TABLE "_pages_v" ADD COLUMN "version_wordpress_id" varchar;
  ALTER TABLE "categories" ADD COLUMN "parent_id" integer;
  ALTER TABLE "categories" ADD COLUMN "wordpress_id" varchar;
  ALTER TABLE "tags" ADD COLUMN "wordpress_id" varchar;
  ALTER TABLE "media" ADD COLUMN "source_url" varchar;
  ALTER TABLE "media" ADD COLUMN "wordpress_id" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "import_runs_id" integer;
  CREATE INDEX "import_runs_updated_at_idx" ON "import_runs" USING btree ("updated_at");
  CREATE INDEX "import_runs_created_at_idx" ON "import_runs" USING btree ("created_at");
  ALTER TABLE "categories" ADD CONSTRAINT "categories_parent_id_categories_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_import_runs_fk" FOREIGN KEY ("import_runs_id") REFERENCES "public"."import_runs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "posts_wordpress_id_idx" ON "posts" USING btree ("wordpress_id");
  CREATE INDEX "_posts_v_version_version_wordpress_id_idx" ON "_posts_v" USING btree ("version_wordpress_id");
  CREATE INDEX "pages_wordpress_id_idx" ON "pages" USING btree ("wordpress_id");
  CREATE INDEX "_pages_v_version_version_wordpress_id_idx" ON "_pages_v" USING btree ("version_wordpress_id");
  CREATE INDEX "categories_parent_idx" ON "categories" USING btree ("parent_id");
  CREATE INDEX "categories_wordpress_id_idx" ON "categories" USING btree ("wordpress_id");
  CREATE INDEX "tags_wordpress_id_idx" ON "tags" USING btree ("wordpress_id");
  CREATE INDEX "media_source_url_idx" ON "media" USING btree ("source_url");
  CREATE INDEX "media_wordpress_id_idx" ON "media" USING btree ("wordpress_id");
  CREATE INDEX "payload_locked_documents_rels_import_runs_id_idx" ON "payload_locked_documents_rels" USING btree ("import_runs_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "import_runs" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "import_runs" CASCADE;
  ALTER TABLE "categories" DROP CONSTRAINT "categories_parent_id_categories_id_fk";
  
  -- Already gone with the CASCADE above (the generated statement had no IF EXISTS and failed).
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_import_runs_fk";
  
  DROP INDEX "posts_wordpress_id_idx";
  DROP INDEX "_posts_v_version_version_wordpress_id_idx";
  DROP INDEX "pages_wordpress_id_idx";
  DROP INDEX "_pages_v_version_version_wordpress_id_idx";
  DROP INDEX "categories_parent_idx";
  DROP INDEX "categories_wordpress_id_idx";
  DROP INDEX "tags_wordpress_id_idx";
  DROP INDEX "media_source_url_idx";
  DROP INDEX "media_wordpress_id_idx";
  DROP INDEX IF EXISTS "payload_locked_documents_rels_import_runs_id_idx";
  ALTER TABLE "posts" DROP COLUMN "wordpress_id";
  ALTER TABLE "_posts_v" DROP COLUMN "version_wordpress_id";
  ALTER TABLE "pages" DROP COLUMN "wordpress_id";
  ALTER TABLE "_pages_v" DROP COLUMN "version_wordpress_id";
  ALTER TABLE "categories" DROP COLUMN "parent_id";
  ALTER TABLE "categories" DROP COLUMN "wordpress_id";
  ALTER TABLE "tags" DROP COLUMN "wordpress_id";
  ALTER TABLE "media" DROP COLUMN "source_url";
  ALTER TABLE "media" DROP COLUMN "wordpress_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "import_runs_id";
  DROP TYPE "public"."enum_import_runs_status";`)
}
