-- The record that one kind of a cohort's records was deleted after its retention period: what, when it was due, when it
-- went, and how many records and files it touched. One row per cohort and kind; the row stays.
CREATE TABLE ll_retention_purge (
    cohort_id  BIGINT                   NOT NULL REFERENCES ll_cohort (id),
    artefact   VARCHAR(30)              NOT NULL,
    due_on     DATE                     NOT NULL,
    purged_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    records    INTEGER                  NOT NULL,
    files      INTEGER                  NOT NULL,
    CONSTRAINT ll_retention_purge_pk PRIMARY KEY (cohort_id, artefact)
);
