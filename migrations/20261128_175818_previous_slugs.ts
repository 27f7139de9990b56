import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
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
  CREATE INDEX "_pages_v_version_previous_slugs_slug_idx" ON "_pages_v_version_previous_slugs" USING btree ("slug");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "posts_previous_slugs" CASCADE;
  DROP TABLE "_posts_v_version_previous_slugs" CASCADE;
  DROP TABLE "pages_previous_slugs" CASCADE;
  DROP TABLE "_pages_v_version_previous_slugs" CASCADE;`)
}
