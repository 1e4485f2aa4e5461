-- What a campaign's map and cards show changes: raise its data version (campaign_data_versions).
-- Statement-level triggers with transition tables cost one upsert per statement, not per row,
-- so bulk imports are not slowed. A campaign being deleted (its rows going by cascade) is skipped.
CREATE FUNCTION bump_campaign_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO campaign_data_versions AS v (campaign_id, version)
    SELECT DISTINCT c.campaign_id, 1 FROM changed c
    WHERE EXISTS (SELECT 1 FROM campaigns WHERE campaigns.id = c.campaign_id)
  ON CONFLICT (campaign_id) DO UPDATE SET version = v.version + 1;
  RETURN NULL;
END $$;
--> statement-breakpoint
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['elections', 'election_candidates', 'bureau_results', 'bureau_votes', 'imported_files',
    'bureaux', 'iris', 'iris_values', 'addresses', 'iris_bureau_weights', 'message_matrices']
  LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION bump_campaign_data_version()', t || '_version_ins', t);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION bump_campaign_data_version()', t || '_version_upd', t);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION bump_campaign_data_version()', t || '_version_del', t);
  END LOOP;
END $$;
--> statement-breakpoint
-- Analyses: only a job becoming done or leaving done changes what is shown (progress and
-- heartbeats do not), so these are row triggers with a condition.
CREATE FUNCTION bump_campaign_data_version_row() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE cid text := CASE WHEN TG_OP = 'DELETE' THEN OLD.campaign_id ELSE NEW.campaign_id END;
BEGIN
  IF EXISTS (SELECT 1 FROM campaigns WHERE campaigns.id = cid) THEN
    INSERT INTO campaign_data_versions AS v (campaign_id, version) VALUES (cid, 1)
    ON CONFLICT (campaign_id) DO UPDATE SET version = v.version + 1;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER analysis_jobs_version_ins AFTER INSERT ON analysis_jobs FOR EACH ROW
  WHEN (NEW.status = 'done') EXECUTE FUNCTION bump_campaign_data_version_row();
--> statement-breakpoint
CREATE TRIGGER analysis_jobs_version_upd AFTER UPDATE ON analysis_jobs FOR EACH ROW
  WHEN ((OLD.status = 'done' OR NEW.status = 'done') AND (OLD.status IS DISTINCT FROM NEW.status OR OLD.finished_at IS DISTINCT FROM NEW.finished_at))
  EXECUTE FUNCTION bump_campaign_data_version_row();
--> statement-breakpoint
CREATE TRIGGER analysis_jobs_version_del AFTER DELETE ON analysis_jobs FOR EACH ROW
  WHEN (OLD.status = 'done') EXECUTE FUNCTION bump_campaign_data_version_row();
