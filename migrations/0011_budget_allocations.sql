CREATE TABLE "budget_allocations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"province_code" text NOT NULL,
	"plan_id" uuid NOT NULL,
	"activity_id" uuid NOT NULL,
	"source_key" text NOT NULL,
	"organisation_id" uuid NOT NULL,
	"amount" bigint NOT NULL,
	"note" text,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "budget_allocations_amount_ck" CHECK ("budget_allocations"."amount" > 0)
);
--> statement-breakpoint
ALTER TABLE "budget_allocations" ADD CONSTRAINT "budget_allocations_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_allocations" ADD CONSTRAINT "budget_allocations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "budget_allocations_line_unit_uq" ON "budget_allocations" USING btree ("plan_id","activity_id","source_key","organisation_id");--> statement-breakpoint
CREATE INDEX "budget_allocations_organisation_idx" ON "budget_allocations" USING btree ("organisation_id");--> statement-breakpoint
CREATE TRIGGER budget_allocations_audit AFTER INSERT OR UPDATE OR DELETE ON budget_allocations
  FOR EACH ROW EXECUTE FUNCTION canbang_audit();
