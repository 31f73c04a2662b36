CREATE TABLE "plan_activities" (
	"id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"parent_id" uuid,
	"position" integer NOT NULL,
	"number_label" text NOT NULL,
	"title" text NOT NULL,
	"kind" text,
	"lead_organisation_id" uuid,
	"lead_name" text,
	"coordinating_organisation_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"place_unit_ids" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"start_date" date,
	"end_date" date,
	"outputs" jsonb NOT NULL,
	"budget_total" bigint DEFAULT 0 NOT NULL,
	"inherited_from_id" uuid,
	CONSTRAINT "plan_activities_plan_id_id_pk" PRIMARY KEY("plan_id","id")
);
--> statement-breakpoint
CREATE TABLE "plan_budget_lines" (
	"id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"activity_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"source_key" text NOT NULL,
	"item" text NOT NULL,
	"amount" bigint NOT NULL,
	CONSTRAINT "plan_budget_lines_plan_id_id_pk" PRIMARY KEY("plan_id","id")
);
--> statement-breakpoint
CREATE TABLE "plan_funding_sources" (
	"plan_id" uuid NOT NULL,
	"key" text NOT NULL,
	"province_code" text NOT NULL,
	"name" text NOT NULL,
	"legal_basis" text,
	"amount" bigint
);
--> statement-breakpoint
CREATE TABLE "plan_legal_bases" (
	"plan_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"number" text,
	"date" date,
	"issuer" text,
	"cited_plan_id" uuid
);
--> statement-breakpoint
CREATE TABLE "plan_targets" (
	"id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"position" integer NOT NULL,
	"indicator" text NOT NULL,
	"comparator" text NOT NULL,
	"value" jsonb NOT NULL,
	"value_max" jsonb,
	"unit" text NOT NULL,
	"population" text,
	"unit_ids" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"inherited_from_id" uuid,
	CONSTRAINT "plan_targets_plan_id_id_pk" PRIMARY KEY("plan_id","id")
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"admin_unit_id" integer NOT NULL,
	"province_code" text NOT NULL,
	"year" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"previous_revision_id" uuid,
	"parent_plan_id" uuid,
	"subject" text NOT NULL,
	"number" text,
	"symbol" text,
	"issued_date" date,
	"content" jsonb NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "plans_status_ck" CHECK ("plans"."status" in ('draft','issued','superseded'))
);
--> statement-breakpoint
ALTER TABLE "plan_activities" ADD CONSTRAINT "plan_activities_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_activities" ADD CONSTRAINT "plan_activities_lead_organisation_id_organisations_id_fk" FOREIGN KEY ("lead_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_budget_lines" ADD CONSTRAINT "plan_budget_lines_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_funding_sources" ADD CONSTRAINT "plan_funding_sources_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_legal_bases" ADD CONSTRAINT "plan_legal_bases_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_legal_bases" ADD CONSTRAINT "plan_legal_bases_cited_plan_id_plans_id_fk" FOREIGN KEY ("cited_plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_targets" ADD CONSTRAINT "plan_targets_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_admin_unit_id_admin_units_id_fk" FOREIGN KEY ("admin_unit_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_previous_revision_id_plans_id_fk" FOREIGN KEY ("previous_revision_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_parent_plan_id_plans_id_fk" FOREIGN KEY ("parent_plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "plan_activities_id_idx" ON "plan_activities" USING btree ("id");--> statement-breakpoint
CREATE INDEX "plan_activities_lead_idx" ON "plan_activities" USING btree ("lead_organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_funding_sources_pk" ON "plan_funding_sources" USING btree ("plan_id","key");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_legal_bases_pk" ON "plan_legal_bases" USING btree ("plan_id","position");--> statement-breakpoint
CREATE INDEX "plan_legal_bases_cited_idx" ON "plan_legal_bases" USING btree ("cited_plan_id");--> statement-breakpoint
CREATE INDEX "plans_org_year_idx" ON "plans" USING btree ("organisation_id","year");--> statement-breakpoint
CREATE INDEX "plans_province_idx" ON "plans" USING btree ("province_code","year");--> statement-breakpoint
CREATE INDEX "plans_parent_idx" ON "plans" USING btree ("parent_plan_id");--> statement-breakpoint
CREATE UNIQUE INDEX "plans_previous_uq" ON "plans" USING btree ("previous_revision_id");--> statement-breakpoint
CREATE TRIGGER plans_audit AFTER INSERT OR UPDATE OR DELETE ON plans
  FOR EACH ROW EXECUTE FUNCTION canbang_audit();
