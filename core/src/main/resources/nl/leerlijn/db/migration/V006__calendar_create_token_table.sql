-- The secret in each person's calendar feed URL. Renewing replaces it, so an old URL stops working.
CREATE TABLE ll_calendar_token (
    user_id    VARCHAR(200)             NOT NULL PRIMARY KEY,
    token      VARCHAR(100)             NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ll_calendar_token_uq UNIQUE (token)
);
