CREATE TABLE "consents" (
	"id" serial PRIMARY KEY NOT NULL,
	"campaign_id" text NOT NULL,
	"contact_id" text NOT NULL,
	"purpose" text NOT NULL,
	"granted" boolean NOT NULL,
	"wording_version" text NOT NULL,
	"wording" text NOT NULL,
	"channel" text NOT NULL,
	"collected_by" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"proof" jsonb
);
--> statement-breakpoint
CREATE TABLE "contact_field_sources" (
	"id" serial PRIMARY KEY NOT NULL,
	"campaign_id" text NOT NULL,
	"contact_id" text NOT NULL,
	"field" text NOT NULL,
	"source" text NOT NULL,
	"source_ref" text,
	"value" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recorded_by" text
);
--> statement-breakpoint
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
CREATE TABLE "contact_merges" (
	"id" serial PRIMARY KEY NOT NULL,
	"campaign_id" text NOT NULL,
	"kept_id" text NOT NULL,
	"merged_id" text NOT NULL,
	"snapshot" jsonb NOT NULL,
	"merged_by" text,
	"merged_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contacts" (
	"id" text PRIMARY KEY NOT NULL,
	"campaign_id" text NOT NULL,
	"elector_id" text,
	"first_name" text,
	"last_name" text,
	"email" text,
	"phone" text,
	"mobile" text,
	"street_number" text,
	"street_label" text,
	"complement" text,
	"postal_code" text,
	"city" text,
	"door_id" integer,
	"bureau_code" text,
	"iris_code" text,
	"birth_year" integer,
	"sex" text,
	"notes" text,
	"opinions" jsonb,
	"external_id" text,
	"do_not_call" boolean DEFAULT false NOT NULL,
	"do_not_contact" boolean DEFAULT false NOT NULL,
	"name_key" text DEFAULT '' NOT NULL,
	"address_key" text DEFAULT '' NOT NULL,
	"merged_into" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	"search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, lower(replace(replace(replace(replace(translate(coalesce("first_name", '') || ' ' || coalesce("last_name", '') || ' ' || coalesce("email", '') || ' ' || coalesce("street_number", '') || ' ' || coalesce("street_label", '') || ' ' || coalesce("city", ''), 'ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖòóôõöÙÚÛÜùúûüÝŸýÿ', 'aaaaaaaaaaaacceeeeeeeeiiiiiiiinnoooooooooouuuuuuuuyyyy'), 'œ', 'oe'), 'Œ', 'oe'), 'æ', 'ae'), 'Æ', 'ae')))) STORED
);
--> statement-breakpoint
CREATE TABLE "export_log" (
	"id" serial PRIMARY KEY NOT NULL,
	"campaign_id" text NOT NULL,
	"user_id" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"kind" text NOT NULL,
	"criteria" jsonb,
	"rows" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "import_mappings" (
	"campaign_id" text NOT NULL,
	"header_signature" text NOT NULL,
	"mapping" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "import_mappings_campaign_id_header_signature_pk" PRIMARY KEY("campaign_id","header_signature")
);
--> statement-breakpoint
CREATE TABLE "person_tags" (
	"id" serial PRIMARY KEY NOT NULL,
	"campaign_id" text NOT NULL,
	"contact_id" text,
	"elector_id" text,
	"tag" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	CONSTRAINT "person_tags_one_person" CHECK (("person_tags"."contact_id" is null) <> ("person_tags"."elector_id" is null))
);
--> statement-breakpoint
CREATE TABLE "segments" (
	"id" text PRIMARY KEY NOT NULL,
	"campaign_id" text NOT NULL,
	"name" text NOT NULL,
	"criteria" jsonb NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "buildings" (
	"id" serial PRIMARY KEY NOT NULL,
	"campaign_id" text NOT NULL,
	"street_key" text NOT NULL,
	"street_label" text NOT NULL,
	"number" text NOT NULL,
	"lon" double precision,
	"lat" double precision,
	"geocoded" text NOT NULL,
	"address_id" integer,
	"bureau_code" text,
	"iris_code" text,
	CONSTRAINT "buildings_campaign_id_street_key_number_unique" UNIQUE("campaign_id","street_key","number")
);
--> statement-breakpoint
CREATE TABLE "doors" (
	"id" serial PRIMARY KEY NOT NULL,
	"campaign_id" text NOT NULL,
	"building_id" integer NOT NULL,
	"entrance" text DEFAULT '' NOT NULL,
	"floor" integer,
	"door" text DEFAULT '' NOT NULL,
	"key" text NOT NULL,
	CONSTRAINT "doors_campaign_id_building_id_entrance_floor_door_unique" UNIQUE NULLS NOT DISTINCT("campaign_id","building_id","entrance","floor","door")
);
--> statement-breakpoint
CREATE TABLE "electoral_list_requests" (
	"id" text PRIMARY KEY NOT NULL,
	"campaign_id" text NOT NULL,
	"authority" text NOT NULL,
	"requested_on" date NOT NULL,
	"requester" text NOT NULL,
	"recorded_by" text,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "electoral_lists" (
	"id" text PRIMARY KEY NOT NULL,
	"campaign_id" text NOT NULL,
	"request_id" text NOT NULL,
	"file_name" text NOT NULL,
	"file_hash" text NOT NULL,
	"layout" text NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	"rows" integer NOT NULL,
	"electors" integer NOT NULL,
	"election_date" date
);
--> statement-breakpoint
CREATE TABLE "electors" (
	"id" text PRIMARY KEY NOT NULL,
	"campaign_id" text NOT NULL,
	"list_id" text NOT NULL,
	"bureau_code" text,
	"order_number" integer,
	"lists" text[] NOT NULL,
	"municipal_voter" boolean DEFAULT true NOT NULL,
	"birth_name" text NOT NULL,
	"used_name" text,
	"first_names" text NOT NULL,
	"sex" text,
	"birth_year" integer,
	"birth_month" integer,
	"birth_day" integer,
	"street_number" text,
	"street_label" text,
	"complement1" text,
	"complement2" text,
	"lieu_dit" text,
	"postal_code" text,
	"city" text,
	"door_id" integer,
	"iris_code" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_field_sources" ADD CONSTRAINT "contact_field_sources_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_field_sources" ADD CONSTRAINT "contact_field_sources_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_imports" ADD CONSTRAINT "contact_imports_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_merges" ADD CONSTRAINT "contact_merges_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_elector_id_electors_id_fk" FOREIGN KEY ("elector_id") REFERENCES "public"."electors"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_door_id_doors_id_fk" FOREIGN KEY ("door_id") REFERENCES "public"."doors"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "export_log" ADD CONSTRAINT "export_log_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_mappings" ADD CONSTRAINT "import_mappings_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_tags" ADD CONSTRAINT "person_tags_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_tags" ADD CONSTRAINT "person_tags_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_tags" ADD CONSTRAINT "person_tags_elector_id_electors_id_fk" FOREIGN KEY ("elector_id") REFERENCES "public"."electors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "segments" ADD CONSTRAINT "segments_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "buildings" ADD CONSTRAINT "buildings_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "buildings" ADD CONSTRAINT "buildings_address_id_addresses_id_fk" FOREIGN KEY ("address_id") REFERENCES "public"."addresses"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "doors" ADD CONSTRAINT "doors_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "doors" ADD CONSTRAINT "doors_building_id_buildings_id_fk" FOREIGN KEY ("building_id") REFERENCES "public"."buildings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "electoral_list_requests" ADD CONSTRAINT "electoral_list_requests_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "electoral_lists" ADD CONSTRAINT "electoral_lists_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "electoral_lists" ADD CONSTRAINT "electoral_lists_request_id_electoral_list_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."electoral_list_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "electors" ADD CONSTRAINT "electors_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "electors" ADD CONSTRAINT "electors_list_id_electoral_lists_id_fk" FOREIGN KEY ("list_id") REFERENCES "public"."electoral_lists"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "electors" ADD CONSTRAINT "electors_door_id_doors_id_fk" FOREIGN KEY ("door_id") REFERENCES "public"."doors"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consents_campaign_id_contact_id_purpose_recorded_at_index" ON "consents" USING btree ("campaign_id","contact_id","purpose","recorded_at");--> statement-breakpoint
CREATE INDEX "contact_field_sources_campaign_id_contact_id_index" ON "contact_field_sources" USING btree ("campaign_id","contact_id");--> statement-breakpoint
CREATE INDEX "contact_imports_campaign_id_uploaded_at_index" ON "contact_imports" USING btree ("campaign_id","uploaded_at");--> statement-breakpoint
CREATE INDEX "contact_merges_campaign_id_kept_id_index" ON "contact_merges" USING btree ("campaign_id","kept_id");--> statement-breakpoint
CREATE INDEX "contact_merges_campaign_id_merged_id_index" ON "contact_merges" USING btree ("campaign_id","merged_id");--> statement-breakpoint
CREATE INDEX "contacts_campaign_id_bureau_code_index" ON "contacts" USING btree ("campaign_id","bureau_code");--> statement-breakpoint
CREATE INDEX "contacts_campaign_id_elector_id_index" ON "contacts" USING btree ("campaign_id","elector_id");--> statement-breakpoint
CREATE INDEX "contacts_campaign_id_email_index" ON "contacts" USING btree ("campaign_id","email");--> statement-breakpoint
CREATE INDEX "contacts_campaign_id_phone_index" ON "contacts" USING btree ("campaign_id","phone");--> statement-breakpoint
CREATE INDEX "contacts_campaign_id_mobile_index" ON "contacts" USING btree ("campaign_id","mobile");--> statement-breakpoint
CREATE INDEX "contacts_campaign_id_name_key_index" ON "contacts" USING btree ("campaign_id","name_key");--> statement-breakpoint
CREATE INDEX "contacts_campaign_id_external_id_index" ON "contacts" USING btree ("campaign_id","external_id");--> statement-breakpoint
CREATE INDEX "contacts_search_idx" ON "contacts" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "person_tags_campaign_id_tag_index" ON "person_tags" USING btree ("campaign_id","tag");--> statement-breakpoint
CREATE UNIQUE INDEX "person_tags_contact_tag" ON "person_tags" USING btree ("contact_id","tag") WHERE "person_tags"."contact_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "person_tags_elector_tag" ON "person_tags" USING btree ("elector_id","tag") WHERE "person_tags"."elector_id" is not null;--> statement-breakpoint
CREATE INDEX "buildings_campaign_id_bureau_code_index" ON "buildings" USING btree ("campaign_id","bureau_code");--> statement-breakpoint
CREATE INDEX "electors_campaign_id_bureau_code_index" ON "electors" USING btree ("campaign_id","bureau_code");--> statement-breakpoint
CREATE INDEX "electors_campaign_id_birth_year_sex_index" ON "electors" USING btree ("campaign_id","birth_year","sex");