CREATE TABLE "attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"province_code" text NOT NULL,
	"unit_path" text NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"data" "bytea" NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "attachments_size_ck" CHECK ("attachments"."size" > 0 and "attachments"."size" <= 10485760)
);
--> statement-breakpoint
CREATE TABLE "checklist_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"province_code" text NOT NULL,
	"label" text NOT NULL,
	"applies_to" text[] NOT NULL,
	"sort_order" integer DEFAULT 100 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "commitments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"province_code" text NOT NULL,
	"facility_id" uuid,
	"worker_id" uuid,
	"signed_on" date NOT NULL,
	"valid_until" date,
	"signer_name" text NOT NULL,
	"signer_title" text,
	"activity_record_id" uuid,
	"document_attachment_id" uuid,
	"notes" text,
	"revoked_at" timestamp with time zone,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "commitments_one_subject_ck" CHECK (("commitments"."facility_id" is null) <> ("commitments"."worker_id" is null))
);
--> statement-breakpoint
CREATE TABLE "facilities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"province_code" text NOT NULL,
	"kind" text NOT NULL,
	"ownership" text,
	"name" text NOT NULL,
	"licence_number" text,
	"services" text[] DEFAULT '{}' NOT NULL,
	"admin_unit_id" integer NOT NULL,
	"village_unit_id" integer,
	"address" text,
	"head_name" text,
	"phone" text,
	"status" text DEFAULT 'active' NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"sort_key" text NOT NULL,
	"search_text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "facilities_kind_ck" CHECK ("facilities"."kind" in ('health_facility','pharmacy','bookstore','media_producer')),
	CONSTRAINT "facilities_status_ck" CHECK ("facilities"."status" in ('active','suspended','closed'))
);
--> statement-breakpoint
CREATE TABLE "health_workers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"province_code" text NOT NULL,
	"full_name" text NOT NULL,
	"certificate_number" text,
	"facility_id" uuid,
	"workplace" text,
	"admin_unit_id" integer NOT NULL,
	"services" text[] DEFAULT '{}' NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"sort_key" text NOT NULL,
	"search_text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inspection_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"province_code" text NOT NULL,
	"title" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"team_user_ids" uuid[] DEFAULT '{}' NOT NULL,
	"team_notes" text,
	"facility_ids" uuid[] DEFAULT '{}' NOT NULL,
	"worker_ids" uuid[] DEFAULT '{}' NOT NULL,
	"created_by" text NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "inspection_plans_period_ck" CHECK ("inspection_plans"."period_end" >= "inspection_plans"."period_start")
);
--> statement-breakpoint
CREATE TABLE "inspections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"province_code" text NOT NULL,
	"plan_id" uuid,
	"facility_id" uuid,
	"worker_id" uuid,
	"inspected_on" date NOT NULL,
	"team" text NOT NULL,
	"checklist" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"findings" text,
	"evidence_attachment_ids" uuid[] DEFAULT '{}' NOT NULL,
	"recorded_by" text NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "inspections_one_subject_ck" CHECK (("inspections"."facility_id" is null) <> ("inspections"."worker_id" is null))
);
--> statement-breakpoint
CREATE TABLE "legal_provisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"document" text NOT NULL,
	"article" integer NOT NULL,
	"clause" text,
	"title" text NOT NULL,
	"acts" text NOT NULL,
	"fine_min" bigint,
	"fine_max" bigint,
	"verified" boolean DEFAULT false NOT NULL,
	"source" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "legal_provisions_code_unique" UNIQUE("code"),
	CONSTRAINT "legal_provisions_range_ck" CHECK ("legal_provisions"."fine_min" is null or "legal_provisions"."fine_max" is null or "legal_provisions"."fine_min" <= "legal_provisions"."fine_max")
);
--> statement-breakpoint
CREATE TABLE "violations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"inspection_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"legal_provision_id" uuid,
	"description" text NOT NULL,
	"offender_kind" text NOT NULL,
	"offender_name" text,
	"decision_number" text,
	"decision_date" date,
	"fine_amount" bigint,
	"follow_up" text,
	"status" text DEFAULT 'open' NOT NULL,
	"closed_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "violations_status_ck" CHECK ("violations"."status" in ('open','sanctioned','closed')),
	CONSTRAINT "violations_offender_ck" CHECK ("violations"."offender_kind" in ('individual','organisation'))
);
--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_worker_id_health_workers_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."health_workers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_document_attachment_id_attachments_id_fk" FOREIGN KEY ("document_attachment_id") REFERENCES "public"."attachments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facilities" ADD CONSTRAINT "facilities_admin_unit_id_admin_units_id_fk" FOREIGN KEY ("admin_unit_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facilities" ADD CONSTRAINT "facilities_village_unit_id_admin_units_id_fk" FOREIGN KEY ("village_unit_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_workers" ADD CONSTRAINT "health_workers_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_workers" ADD CONSTRAINT "health_workers_admin_unit_id_admin_units_id_fk" FOREIGN KEY ("admin_unit_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_plan_id_inspection_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."inspection_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_worker_id_health_workers_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."health_workers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "violations" ADD CONSTRAINT "violations_inspection_id_inspections_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "public"."inspections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "violations" ADD CONSTRAINT "violations_legal_provision_id_legal_provisions_id_fk" FOREIGN KEY ("legal_provision_id") REFERENCES "public"."legal_provisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "attachments_province_idx" ON "attachments" USING btree ("province_code");--> statement-breakpoint
CREATE INDEX "commitments_facility_idx" ON "commitments" USING btree ("facility_id");--> statement-breakpoint
CREATE INDEX "commitments_worker_idx" ON "commitments" USING btree ("worker_id");--> statement-breakpoint
CREATE INDEX "facilities_province_idx" ON "facilities" USING btree ("province_code");--> statement-breakpoint
CREATE INDEX "facilities_unit_idx" ON "facilities" USING btree ("admin_unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "facilities_licence_uq" ON "facilities" USING btree ("province_code","kind","licence_number");--> statement-breakpoint
CREATE INDEX "health_workers_province_idx" ON "health_workers" USING btree ("province_code");--> statement-breakpoint
CREATE UNIQUE INDEX "health_workers_certificate_uq" ON "health_workers" USING btree ("province_code","certificate_number");--> statement-breakpoint
CREATE INDEX "inspections_facility_idx" ON "inspections" USING btree ("facility_id");--> statement-breakpoint
CREATE INDEX "inspections_province_date_idx" ON "inspections" USING btree ("province_code","inspected_on");--> statement-breakpoint
CREATE INDEX "violations_inspection_idx" ON "violations" USING btree ("inspection_id");--> statement-breakpoint
CREATE TRIGGER facilities_audit AFTER INSERT OR UPDATE OR DELETE ON facilities
  FOR EACH ROW EXECUTE FUNCTION canbang_audit();
--> statement-breakpoint
CREATE TRIGGER health_workers_audit AFTER INSERT OR UPDATE OR DELETE ON health_workers
  FOR EACH ROW EXECUTE FUNCTION canbang_audit();
--> statement-breakpoint
CREATE TRIGGER commitments_audit AFTER INSERT OR UPDATE OR DELETE ON commitments
  FOR EACH ROW EXECUTE FUNCTION canbang_audit();
--> statement-breakpoint
CREATE TRIGGER legal_provisions_audit AFTER INSERT OR UPDATE OR DELETE ON legal_provisions
  FOR EACH ROW EXECUTE FUNCTION canbang_audit();
--> statement-breakpoint
CREATE TRIGGER checklist_items_audit AFTER INSERT OR UPDATE OR DELETE ON checklist_items
  FOR EACH ROW EXECUTE FUNCTION canbang_audit();
--> statement-breakpoint
CREATE TRIGGER inspection_plans_audit AFTER INSERT OR UPDATE OR DELETE ON inspection_plans
  FOR EACH ROW EXECUTE FUNCTION canbang_audit();
--> statement-breakpoint
CREATE TRIGGER inspections_audit AFTER INSERT OR UPDATE OR DELETE ON inspections
  FOR EACH ROW EXECUTE FUNCTION canbang_audit();
--> statement-breakpoint
CREATE TRIGGER violations_audit AFTER INSERT OR UPDATE OR DELETE ON violations
  FOR EACH ROW EXECUTE FUNCTION canbang_audit();
--> statement-breakpoint
-- Attachments' bytes never go into the audit log: only who uploaded what, and when.
CREATE TRIGGER attachments_audit AFTER INSERT OR UPDATE OR DELETE ON attachments
  FOR EACH ROW EXECUTE FUNCTION canbang_audit('data');
