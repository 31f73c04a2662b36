CREATE TABLE "expenditures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"province_code" text NOT NULL,
	"plan_id" uuid NOT NULL,
	"activity_id" uuid NOT NULL,
	"source_key" text NOT NULL,
	"organisation_id" uuid NOT NULL,
	"admin_unit_id" integer NOT NULL,
	"spent_on" date NOT NULL,
	"amount" bigint NOT NULL,
	"voucher_number" text NOT NULL,
	"description" text,
	"recorded_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "expenditures_amount_ck" CHECK ("expenditures"."amount" > 0)
);
--> statement-breakpoint
ALTER TABLE "expenditures" ADD CONSTRAINT "expenditures_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expenditures" ADD CONSTRAINT "expenditures_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expenditures" ADD CONSTRAINT "expenditures_admin_unit_id_admin_units_id_fk" FOREIGN KEY ("admin_unit_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "expenditures_plan_idx" ON "expenditures" USING btree ("plan_id","activity_id","source_key");--> statement-breakpoint
CREATE UNIQUE INDEX "expenditures_voucher_uq" ON "expenditures" USING btree ("plan_id","organisation_id","voucher_number");--> statement-breakpoint
CREATE TRIGGER expenditures_audit AFTER INSERT OR UPDATE OR DELETE ON expenditures
  FOR EACH ROW EXECUTE FUNCTION canbang_audit();
