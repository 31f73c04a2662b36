CREATE TABLE "activity_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"province_code" text NOT NULL,
	"plan_id" uuid NOT NULL,
	"activity_id" uuid NOT NULL,
	"root_activity_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"admin_unit_id" integer NOT NULL,
	"kind" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"commune_unit_id" integer,
	"village_unit_ids" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"audiences" text[] DEFAULT '{}' NOT NULL,
	"participants_total" integer DEFAULT 0 NOT NULL,
	"participants_men" integer,
	"participants_women" integer,
	"participant_groups" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"outputs" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"output_quantity" bigint DEFAULT 0 NOT NULL,
	"cost" bigint DEFAULT 0 NOT NULL,
	"funding_source_key" text,
	"measures" jsonb NOT NULL,
	"notes" text,
	"attachment_ids" uuid[] DEFAULT '{}' NOT NULL,
	"client_key" text,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "activity_records_dates_ck" CHECK ("activity_records"."end_date" >= "activity_records"."start_date"),
	CONSTRAINT "activity_records_cost_ck" CHECK ("activity_records"."cost" >= 0 and "activity_records"."participants_total" >= 0)
);
--> statement-breakpoint
CREATE TABLE "population_denominators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"province_code" text NOT NULL,
	"admin_unit_id" integer NOT NULL,
	"year" integer NOT NULL,
	"population" integer,
	"women_15_49" integer,
	"couples" integer,
	"pupils" integer,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "activity_records" ADD CONSTRAINT "activity_records_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_records" ADD CONSTRAINT "activity_records_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_records" ADD CONSTRAINT "activity_records_admin_unit_id_admin_units_id_fk" FOREIGN KEY ("admin_unit_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_records" ADD CONSTRAINT "activity_records_commune_unit_id_admin_units_id_fk" FOREIGN KEY ("commune_unit_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "population_denominators" ADD CONSTRAINT "population_denominators_admin_unit_id_admin_units_id_fk" FOREIGN KEY ("admin_unit_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "activity_records_rollup_idx" ON "activity_records" USING btree ("province_code","root_activity_id","admin_unit_id");--> statement-breakpoint
CREATE INDEX "activity_records_plan_idx" ON "activity_records" USING btree ("plan_id","activity_id");--> statement-breakpoint
CREATE UNIQUE INDEX "activity_records_client_key_uq" ON "activity_records" USING btree ("organisation_id","client_key");--> statement-breakpoint
CREATE UNIQUE INDEX "population_denominators_unit_year_uq" ON "population_denominators" USING btree ("admin_unit_id","year");--> statement-breakpoint
CREATE TRIGGER activity_records_audit AFTER INSERT OR UPDATE OR DELETE ON activity_records
  FOR EACH ROW EXECUTE FUNCTION canbang_audit();
--> statement-breakpoint
CREATE TRIGGER population_denominators_audit AFTER INSERT OR UPDATE OR DELETE ON population_denominators
  FOR EACH ROW EXECUTE FUNCTION canbang_audit();
