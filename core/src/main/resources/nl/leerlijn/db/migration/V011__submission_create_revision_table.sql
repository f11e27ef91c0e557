-- A revision (herkansing) opened for a participant's work after an assessed version was released with the
-- request to revise it: a new version may be handed in until open_until, even after the deadline. One per
-- assessed version; the number of rows per participant and activity counts the herkansingen used.
CREATE TABLE ll_revision (
    submission_id  BIGINT                   NOT NULL PRIMARY KEY REFERENCES ll_submission (id),
    participant_id BIGINT                   NOT NULL REFERENCES ll_participant (id),
    activity_key   VARCHAR(100)             NOT NULL,
    opened_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    open_until     TIMESTAMP WITH TIME ZONE NOT NULL,
    opened_by      VARCHAR(200)             NOT NULL
);
CREATE INDEX ll_revision_participant_ix ON ll_revision (participant_id, activity_key);
