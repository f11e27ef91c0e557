-- Background jobs (db-scheduler): one row per scheduled execution. Several Leerlijn nodes on one database
-- share it; the picked and version columns make sure exactly one node runs each execution.
CREATE TABLE ll_scheduled_task (
    task_name            VARCHAR(100)             NOT NULL,
    task_instance        VARCHAR(100)             NOT NULL,
    task_data            BYTEA,
    execution_time       TIMESTAMP WITH TIME ZONE,
    picked               BOOLEAN                  NOT NULL,
    picked_by            VARCHAR(100),
    last_success         TIMESTAMP WITH TIME ZONE,
    last_failure         TIMESTAMP WITH TIME ZONE,
    consecutive_failures INTEGER,
    last_heartbeat       TIMESTAMP WITH TIME ZONE,
    version              BIGINT                   NOT NULL,
    priority             SMALLINT,
    state                VARCHAR(100),
    CONSTRAINT ll_scheduled_task_pk PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX ll_scheduled_task_execution_ix ON ll_scheduled_task (execution_time);
CREATE INDEX ll_scheduled_task_heartbeat_ix ON ll_scheduled_task (last_heartbeat);
