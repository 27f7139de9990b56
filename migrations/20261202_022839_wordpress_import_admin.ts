import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'importWordPress' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'importWordPress' BEFORE 'schedulePublish';
  ALTER TABLE "import_runs" ADD COLUMN "overwrite" boolean;
  ALTER TABLE "import_runs" ADD COLUMN "fetch_media" boolean;
  ALTER TABLE "import_runs" ADD COLUMN "dry_run_of_id" integer;
  ALTER TABLE "import_runs" ADD COLUMN "upload" varchar;
  ALTER TABLE "import_runs" ADD COLUMN "runner_host" varchar;
  ALTER TABLE "import_runs" ADD COLUMN "runner_pid" numeric;
  ALTER TABLE "import_runs" ADD COLUMN "runner_job" numeric;
  ALTER TABLE "import_runs" ADD COLUMN "runner_heartbeat_at" timestamp(3) with time zone;
  ALTER TABLE "import_runs" ADD CONSTRAINT "import_runs_dry_run_of_id_import_runs_id_fk" FOREIGN KEY ("dry_run_of_id") REFERENCES "public"."import_runs"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "import_runs_dry_run_of_idx" ON "import_runs" USING btree ("dry_run_of_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "import_runs" DROP CONSTRAINT "import_runs_dry_run_of_id_import_runs_id_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "import_runs_dry_run_of_idx";
  ALTER TABLE "import_runs" DROP COLUMN "overwrite";
  ALTER TABLE "import_runs" DROP COLUMN "fetch_media";
  ALTER TABLE "import_runs" DROP COLUMN "dry_run_of_id";
  ALTER TABLE "import_runs" DROP COLUMN "upload";
  ALTER TABLE "import_runs" DROP COLUMN "runner_host";
  ALTER TABLE "import_runs" DROP COLUMN "runner_pid";
  ALTER TABLE "import_runs" DROP COLUMN "runner_job";
  ALTER TABLE "import_runs" DROP COLUMN "runner_heartbeat_at";`)
}
