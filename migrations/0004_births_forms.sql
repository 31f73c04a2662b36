ALTER TABLE "birth_batches" ADD COLUMN "simulated" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "birth_batches" ADD COLUMN "form_unit_id" integer;--> statement-breakpoint
ALTER TABLE "birth_batches" ADD COLUMN "form_year" integer;--> statement-breakpoint
ALTER TABLE "birth_batches" ADD COLUMN "form_month" integer;--> statement-breakpoint
ALTER TABLE "birth_batches" ADD CONSTRAINT "birth_batches_form_unit_id_admin_units_id_fk" FOREIGN KEY ("form_unit_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "birth_batches_active_form_uq" ON "birth_batches" USING btree ("form_unit_id","form_year","form_month") WHERE "birth_batches"."status" = 'active' and "birth_batches"."kind" = 'form';