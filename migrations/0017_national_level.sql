ALTER TABLE "admin_units" DROP CONSTRAINT "admin_units_level_ck";--> statement-breakpoint
ALTER TABLE "admin_units" ADD CONSTRAINT "admin_units_level_ck" CHECK ("admin_units"."level" in ('country','province','district','commune','village'));--> statement-breakpoint
ALTER TABLE "users" DROP CONSTRAINT "users_role_ck";--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_role_ck" CHECK ("users"."role" in ('admin','province_officer','leader','reporter','inspector','province_admin','national_reader'));--> statement-breakpoint
CREATE TABLE "national_targets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"indicator" text NOT NULL,
	"comparator" text NOT NULL,
	"value" numeric NOT NULL,
	"unit" text NOT NULL,
	"note" text,
	"source_document" text NOT NULL,
	"verified" boolean DEFAULT true NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "national_targets_comparator_ck" CHECK ("national_targets"."comparator" in ('below','at_most','at_least','above','reduce_by')),
	CONSTRAINT "national_targets_year_ck" CHECK ("national_targets"."year" between 2000 and 2100)
);
--> statement-breakpoint
CREATE UNIQUE INDEX "national_targets_year_indicator_uq" ON "national_targets" USING btree ("year","indicator");--> statement-breakpoint
CREATE TRIGGER national_targets_audit AFTER INSERT OR UPDATE OR DELETE ON national_targets
  FOR EACH ROW EXECUTE FUNCTION canbang_audit();--> statement-breakpoint
CREATE TABLE "consolidated_report_sends" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"province_code" text NOT NULL,
	"plan_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"sent_by" text NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "consolidated_report_sends" ADD CONSTRAINT "consolidated_report_sends_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "consolidated_report_sends_plan_year_uq" ON "consolidated_report_sends" USING btree ("plan_id","year");--> statement-breakpoint
CREATE INDEX "consolidated_report_sends_province_idx" ON "consolidated_report_sends" USING btree ("province_code","year");--> statement-breakpoint
CREATE TRIGGER consolidated_report_sends_audit AFTER INSERT OR UPDATE OR DELETE ON consolidated_report_sends
  FOR EACH ROW EXECUTE FUNCTION canbang_audit();
