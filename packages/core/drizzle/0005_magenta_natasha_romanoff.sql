CREATE TABLE "contact_imports" (
	"id" text PRIMARY KEY NOT NULL,
	"campaign_id" text NOT NULL,
	"file_name" text NOT NULL,
	"file_hash" text NOT NULL,
	"content" text,
	"status" text NOT NULL,
	"source_label" text,
	"mapping" jsonb,
	"created" integer,
	"updated" integer,
	"uploaded_by" text,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"imported_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "contact_field_sources" ADD COLUMN "value" text;--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "mobile" text;--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "opinions" jsonb;--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "external_id" text;--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "do_not_call" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "do_not_contact" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "name_key" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "address_key" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, lower(replace(replace(replace(replace(translate(coalesce("first_name", '') || ' ' || coalesce("last_name", '') || ' ' || coalesce("email", '') || ' ' || coalesce("street_number", '') || ' ' || coalesce("street_label", '') || ' ' || coalesce("city", ''), 'ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖòóôõöÙÚÛÜùúûüÝŸýÿ', 'aaaaaaaaaaaacceeeeeeeeiiiiiiiinnoooooooooouuuuuuuuyyyy'), 'œ', 'oe'), 'Œ', 'oe'), 'æ', 'ae'), 'Æ', 'ae')))) STORED;--> statement-breakpoint
ALTER TABLE "contact_imports" ADD CONSTRAINT "contact_imports_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contact_imports_campaign_id_uploaded_at_index" ON "contact_imports" USING btree ("campaign_id","uploaded_at");--> statement-breakpoint
CREATE INDEX "contact_merges_campaign_id_kept_id_index" ON "contact_merges" USING btree ("campaign_id","kept_id");--> statement-breakpoint
CREATE INDEX "contact_merges_campaign_id_merged_id_index" ON "contact_merges" USING btree ("campaign_id","merged_id");--> statement-breakpoint
CREATE INDEX "contacts_campaign_id_email_index" ON "contacts" USING btree ("campaign_id","email");--> statement-breakpoint
CREATE INDEX "contacts_campaign_id_phone_index" ON "contacts" USING btree ("campaign_id","phone");--> statement-breakpoint
CREATE INDEX "contacts_campaign_id_mobile_index" ON "contacts" USING btree ("campaign_id","mobile");--> statement-breakpoint
CREATE INDEX "contacts_campaign_id_name_key_index" ON "contacts" USING btree ("campaign_id","name_key");--> statement-breakpoint
CREATE INDEX "contacts_campaign_id_external_id_index" ON "contacts" USING btree ("campaign_id","external_id");--> statement-breakpoint
CREATE INDEX "contacts_search_idx" ON "contacts" USING gin ("search_vector");--> statement-breakpoint
CREATE UNIQUE INDEX "person_tags_contact_tag" ON "person_tags" USING btree ("contact_id","tag") WHERE "person_tags"."contact_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "person_tags_elector_tag" ON "person_tags" USING btree ("elector_id","tag") WHERE "person_tags"."elector_id" is not null;