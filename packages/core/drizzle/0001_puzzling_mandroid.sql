CREATE TABLE "bureau_results" (
	"campaign_id" text NOT NULL,
	"election_id" text NOT NULL,
	"bureau_code" text NOT NULL,
	"commune_code" text NOT NULL,
	"inscrits" integer NOT NULL,
	"votants" integer NOT NULL,
	"exprimes" integer NOT NULL,
	"blancs" integer NOT NULL,
	"nuls" integer NOT NULL,
	CONSTRAINT "bureau_results_campaign_id_election_id_bureau_code_pk" PRIMARY KEY("campaign_id","election_id","bureau_code")
);
--> statement-breakpoint
CREATE TABLE "bureau_votes" (
	"campaign_id" text NOT NULL,
	"election_id" text NOT NULL,
	"bureau_code" text NOT NULL,
	"candidate_key" text NOT NULL,
	"voix" integer NOT NULL,
	"elected" boolean DEFAULT false NOT NULL,
	CONSTRAINT "bureau_votes_campaign_id_election_id_bureau_code_candidate_key_pk" PRIMARY KEY("campaign_id","election_id","bureau_code","candidate_key")
);
--> statement-breakpoint
CREATE TABLE "election_candidates" (
	"campaign_id" text NOT NULL,
	"election_id" text NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"first_name" text,
	"nuance" text,
	"panel" integer,
	CONSTRAINT "election_candidates_campaign_id_election_id_key_pk" PRIMARY KEY("campaign_id","election_id","key")
);
--> statement-breakpoint
CREATE TABLE "elections" (
	"campaign_id" text NOT NULL,
	"id" text NOT NULL,
	"kind" text NOT NULL,
	"year" integer NOT NULL,
	"round" integer NOT NULL,
	"label" text NOT NULL,
	"source_file" text NOT NULL,
	"content_hash" text NOT NULL,
	"format" text NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "elections_campaign_id_id_pk" PRIMARY KEY("campaign_id","id")
);
--> statement-breakpoint
CREATE TABLE "imported_files" (
	"campaign_id" text NOT NULL,
	"content_hash" text NOT NULL,
	"file_name" text NOT NULL,
	"kind" text NOT NULL,
	"election_id" text,
	"summary" jsonb NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "imported_files_campaign_id_content_hash_pk" PRIMARY KEY("campaign_id","content_hash")
);
--> statement-breakpoint
CREATE TABLE "addresses" (
	"id" serial PRIMARY KEY NOT NULL,
	"campaign_id" text NOT NULL,
	"source" text NOT NULL,
	"source_id" text,
	"commune_code" text NOT NULL,
	"label" text,
	"lon" double precision NOT NULL,
	"lat" double precision NOT NULL,
	"count" integer DEFAULT 1 NOT NULL,
	"bureau_code" text,
	"iris_code" text
);
--> statement-breakpoint
CREATE TABLE "bureaux" (
	"campaign_id" text NOT NULL,
	"code" text NOT NULL,
	"commune_code" text NOT NULL,
	"label" text,
	"geometry" jsonb,
	"origin" text NOT NULL,
	CONSTRAINT "bureaux_campaign_id_code_pk" PRIMARY KEY("campaign_id","code")
);
--> statement-breakpoint
CREATE TABLE "iris" (
	"campaign_id" text NOT NULL,
	"code" text NOT NULL,
	"commune_code" text NOT NULL,
	"name" text,
	"geometry" jsonb,
	CONSTRAINT "iris_campaign_id_code_pk" PRIMARY KEY("campaign_id","code")
);
--> statement-breakpoint
CREATE TABLE "iris_bureau_weights" (
	"campaign_id" text NOT NULL,
	"iris_code" text NOT NULL,
	"bureau_code" text NOT NULL,
	"method" text NOT NULL,
	"amount" double precision NOT NULL,
	"share_of_iris" double precision NOT NULL,
	"share_of_bureau" double precision NOT NULL,
	CONSTRAINT "iris_bureau_weights_campaign_id_iris_code_bureau_code_pk" PRIMARY KEY("campaign_id","iris_code","bureau_code")
);
--> statement-breakpoint
CREATE TABLE "iris_values" (
	"campaign_id" text NOT NULL,
	"iris_code" text NOT NULL,
	"variable" text NOT NULL,
	"value" double precision,
	"source" text NOT NULL,
	CONSTRAINT "iris_values_campaign_id_iris_code_variable_pk" PRIMARY KEY("campaign_id","iris_code","variable")
);
--> statement-breakpoint
ALTER TABLE "bureau_results" ADD CONSTRAINT "bureau_results_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bureau_results" ADD CONSTRAINT "bureau_results_campaign_id_election_id_elections_campaign_id_id_fk" FOREIGN KEY ("campaign_id","election_id") REFERENCES "public"."elections"("campaign_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bureau_votes" ADD CONSTRAINT "bureau_votes_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bureau_votes" ADD CONSTRAINT "bureau_votes_campaign_id_election_id_elections_campaign_id_id_fk" FOREIGN KEY ("campaign_id","election_id") REFERENCES "public"."elections"("campaign_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "election_candidates" ADD CONSTRAINT "election_candidates_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "election_candidates" ADD CONSTRAINT "election_candidates_campaign_id_election_id_elections_campaign_id_id_fk" FOREIGN KEY ("campaign_id","election_id") REFERENCES "public"."elections"("campaign_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "elections" ADD CONSTRAINT "elections_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "imported_files" ADD CONSTRAINT "imported_files_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "addresses" ADD CONSTRAINT "addresses_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bureaux" ADD CONSTRAINT "bureaux_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "iris" ADD CONSTRAINT "iris_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "iris_bureau_weights" ADD CONSTRAINT "iris_bureau_weights_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "iris_values" ADD CONSTRAINT "iris_values_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "imported_files_campaign_id_kind_index" ON "imported_files" USING btree ("campaign_id","kind");--> statement-breakpoint
CREATE INDEX "addresses_campaign_id_source_index" ON "addresses" USING btree ("campaign_id","source");--> statement-breakpoint
CREATE INDEX "addresses_campaign_id_bureau_code_index" ON "addresses" USING btree ("campaign_id","bureau_code");