import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_site_citation_style" AS ENUM('chicago-note-bibliography', 'chicago-author-date', 'apa', 'modern-language-association', 'harvard-cite-them-right');
  ALTER TABLE "posts_rels" ADD COLUMN "sources_id" integer;
  ALTER TABLE "_posts_v_rels" ADD COLUMN "sources_id" integer;
  ALTER TABLE "sources" ADD COLUMN "citation_label" varchar;
  ALTER TABLE "sources" ADD COLUMN "dedupe_key" varchar;
  ALTER TABLE "site" ADD COLUMN "citation_style" "enum_site_citation_style" DEFAULT 'chicago-note-bibliography' NOT NULL;
  ALTER TABLE "posts_rels" ADD CONSTRAINT "posts_rels_sources_fk" FOREIGN KEY ("sources_id") REFERENCES "public"."sources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_posts_v_rels" ADD CONSTRAINT "_posts_v_rels_sources_fk" FOREIGN KEY ("sources_id") REFERENCES "public"."sources"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "posts_rels_sources_id_idx" ON "posts_rels" USING btree ("sources_id");
  CREATE INDEX "_posts_v_rels_sources_id_idx" ON "_posts_v_rels" USING btree ("sources_id");
  CREATE INDEX "sources_citation_label_idx" ON "sources" USING btree ("citation_label");
  CREATE INDEX "sources_dedupe_key_idx" ON "sources" USING btree ("dedupe_key");`)

  // Existing sources get their picker label and duplicate key from the collection's own hook.
  const { docs } = await payload.find({ collection: 'sources', pagination: false, depth: 0, req, select: { title: true } })
  for (const source of docs) await payload.update({ collection: 'sources', id: source.id, data: {}, depth: 0, req })
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "posts_rels" DROP CONSTRAINT "posts_rels_sources_fk";
  
  ALTER TABLE "_posts_v_rels" DROP CONSTRAINT "_posts_v_rels_sources_fk";
  
  DROP INDEX "posts_rels_sources_id_idx";
  DROP INDEX "_posts_v_rels_sources_id_idx";
  DROP INDEX "sources_citation_label_idx";
  DROP INDEX "sources_dedupe_key_idx";
  ALTER TABLE "posts_rels" DROP COLUMN "sources_id";
  ALTER TABLE "_posts_v_rels" DROP COLUMN "sources_id";
  ALTER TABLE "sources" DROP COLUMN "citation_label";
  ALTER TABLE "sources" DROP COLUMN "dedupe_key";
  ALTER TABLE "site" DROP COLUMN "citation_style";
  DROP TYPE "public"."enum_site_citation_style";`)
}
