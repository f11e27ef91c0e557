-- A participant whose function is not on the list ("anders") says what it is in their own words.
ALTER TABLE ll_participant ADD COLUMN job_function_other VARCHAR(100);
