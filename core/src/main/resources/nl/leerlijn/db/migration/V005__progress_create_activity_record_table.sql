-- What a participant did for an activity: online work marked done, or attendance at a session.
CREATE TABLE ll_activity_record (
    participant_id BIGINT                   NOT NULL REFERENCES ll_participant (id),
    activity_key   VARCHAR(100)             NOT NULL,
    outcome        VARCHAR(20)              NOT NULL,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by    VARCHAR(200)             NOT NULL,
    CONSTRAINT ll_activity_record_pk PRIMARY KEY (participant_id, activity_key)
);
