-- A plan covers a period (giai đoạn 2022–2025); a yearly plan is the one-year case. Existing plans
-- keep their year as start = end, and their content's `year` becomes `period` (the JSON the editor,
-- the documents and `plan export` use), so every plan reads the same way.
ALTER TABLE "plans" RENAME COLUMN "year" TO "start_year";--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "end_year" integer;--> statement-breakpoint
UPDATE "plans" SET "end_year" = "start_year";--> statement-breakpoint
ALTER TABLE "plans" ALTER COLUMN "end_year" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_period_ck" CHECK ("plans"."end_year" >= "plans"."start_year");--> statement-breakpoint
UPDATE "plans" SET "content" = ("content" - 'year') || jsonb_build_object('period', jsonb_build_object('start', "start_year", 'end', "end_year")) WHERE "content" ? 'year';--> statement-breakpoint
DROP INDEX "plans_org_year_idx";--> statement-breakpoint
DROP INDEX "plans_province_idx";--> statement-breakpoint
CREATE INDEX "plans_org_year_idx" ON "plans" USING btree ("organisation_id","start_year","end_year");--> statement-breakpoint
CREATE INDEX "plans_province_idx" ON "plans" USING btree ("province_code","start_year","end_year");
