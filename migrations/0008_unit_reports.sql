CREATE TABLE "unit_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"province_code" text NOT NULL,
	"plan_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"admin_unit_id" integer NOT NULL,
	"period_kind" text NOT NULL,
	"period_year" integer NOT NULL,
	"period_no" integer NOT NULL,
	"due_date" date NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"figures" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"results" text,
	"difficulties" text,
	"proposals" text,
	"first_submitted_at" timestamp with time zone,
	"submitted_at" timestamp with time zone,
	"submitted_by" text,
	"submissions" integer DEFAULT 0 NOT NULL,
	"reviewed_at" timestamp with time zone,
	"reviewed_by" text,
	"review_comment" text,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "unit_reports_status_ck" CHECK ("unit_reports"."status" in ('draft','submitted','returned','accepted'))
);
--> statement-breakpoint
ALTER TABLE "unit_reports" ADD CONSTRAINT "unit_reports_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_reports" ADD CONSTRAINT "unit_reports_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_reports" ADD CONSTRAINT "unit_reports_admin_unit_id_admin_units_id_fk" FOREIGN KEY ("admin_unit_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "unit_reports_one_per_period_uq" ON "unit_reports" USING btree ("plan_id","organisation_id","period_kind","period_year","period_no");--> statement-breakpoint
CREATE INDEX "unit_reports_province_idx" ON "unit_reports" USING btree ("province_code","period_year");--> statement-breakpoint
CREATE TRIGGER unit_reports_audit AFTER INSERT OR UPDATE OR DELETE ON unit_reports
  FOR EACH ROW EXECUTE FUNCTION canbang_audit();
