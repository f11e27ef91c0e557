-- Who made a change is kept under the name they had when they made it: a name typed later (for example when someone
-- is added to a team again) must not rewrite the history the examencommissie reads. Rows written before this keep
-- an empty name and are shown under the name from the cohort's team, as before.
ALTER TABLE ll_result_audit ADD COLUMN actor_name VARCHAR(200);
ALTER TABLE ll_participant_event ADD COLUMN actor_name VARCHAR(200);
