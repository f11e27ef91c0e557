-- Where the platform keeps data for a tool in the browser (LTI client-side postMessage storage), when it offers it at login:
-- the launch then checks its state there when the browser sent no cookie (a frame with third-party cookies blocked).
ALTER TABLE ll_lti_login ADD COLUMN storage_target VARCHAR(100);

-- A course (LTI context) on a platform, linked by its first instructor's launch to the cohort it runs.
CREATE TABLE ll_lti_context (
    platform_id       BIGINT                   NOT NULL REFERENCES ll_lti_platform (id),
    context_id        VARCHAR(255)             NOT NULL,
    cohort_id         BIGINT                   NOT NULL REFERENCES ll_cohort (id),
    title             VARCHAR(255),
    assistants_assess BOOLEAN                  NOT NULL,
    linked_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    linked_by         VARCHAR(200)             NOT NULL,
    roster_synced_at  TIMESTAMP WITH TIME ZONE,
    roster_enrolled   INTEGER,
    roster_withdrawn  INTEGER,
    roster_skipped    INTEGER,
    roster_problem    VARCHAR(300),
    CONSTRAINT ll_lti_context_pk PRIMARY KEY (platform_id, context_id)
);

-- The platform's services for a course, as its launches announce them: the roster (Names and Role Provisioning) and the
-- line items for scores (Assignment and Grade Services).
CREATE TABLE ll_lti_service (
    platform_id     BIGINT                   NOT NULL REFERENCES ll_lti_platform (id),
    context_id      VARCHAR(255)             NOT NULL,
    memberships_url VARCHAR(1000),
    lineitems_url   VARCHAR(1000),
    ags_scopes      VARCHAR(1000),
    seen_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ll_lti_service_pk PRIMARY KEY (platform_id, context_id)
);
CREATE INDEX ll_lti_context_cohort_ix ON ll_lti_context (cohort_id);

-- A Leerlijn session opened by a launch: the browser carries its token in the address (no cookie needed in a frame);
-- only the token's SHA-256 is kept.
CREATE TABLE ll_lti_session (
    token_hash     VARCHAR(64)              NOT NULL PRIMARY KEY,
    platform_id    BIGINT                   NOT NULL REFERENCES ll_lti_platform (id),
    deployment_id  VARCHAR(255)             NOT NULL,
    user_id        VARCHAR(200)             NOT NULL,
    display_name   VARCHAR(200)             NOT NULL,
    email          VARCHAR(320),
    lti_roles      VARCHAR(4000)            NOT NULL,
    locale         VARCHAR(35),
    context_id     VARCHAR(255),
    context_title  VARCHAR(255),
    message_type   VARCHAR(50)              NOT NULL,
    return_url     VARCHAR(1000),
    deep_link_data VARCHAR(2000),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    first_used_at  TIMESTAMP WITH TIME ZONE,
    expires_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ll_lti_session_expires_ix ON ll_lti_session (expires_at);

-- Who a person is on a platform: their subject there, for the services that name them (a score is sent for a subject).
CREATE TABLE ll_lti_user (
    platform_id BIGINT       NOT NULL REFERENCES ll_lti_platform (id),
    subject     VARCHAR(255) NOT NULL,
    user_id     VARCHAR(200) NOT NULL,
    CONSTRAINT ll_lti_user_pk PRIMARY KEY (platform_id, subject)
);
CREATE INDEX ll_lti_user_user_ix ON ll_lti_user (user_id);

-- The line item (a column in the platform's gradebook) of each assessed part of the programme, per course.
CREATE TABLE ll_lti_line_item (
    platform_id   BIGINT        NOT NULL REFERENCES ll_lti_platform (id),
    context_id    VARCHAR(255)  NOT NULL,
    activity_key  VARCHAR(100)  NOT NULL,
    url           VARCHAR(1000) NOT NULL,
    score_maximum INTEGER       NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ll_lti_line_item_pk PRIMARY KEY (platform_id, context_id, activity_key)
);

-- A registration link an administrator made for a platform's Dynamic Registration: used once, for a week at most; only its
-- SHA-256 is kept.
CREATE TABLE ll_lti_invite (
    token_hash  VARCHAR(64)              NOT NULL PRIMARY KEY,
    created_by  VARCHAR(200)             NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE,
    platform_id BIGINT REFERENCES ll_lti_platform (id)
);
