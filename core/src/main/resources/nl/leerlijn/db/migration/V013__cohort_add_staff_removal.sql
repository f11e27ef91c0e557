-- A kerndocent or tweede beoordelaar taken off a cohort keeps their row (their name stays on the results they
-- marked); removed_at says since when they no longer have the role. Adding them again clears it.
ALTER TABLE ll_cohort_staff ADD COLUMN removed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE ll_cohort_staff ADD COLUMN removed_by VARCHAR(200);
