-- Secrets shared by every node (e.g. the key that signs CSRF tokens), created once on first use.
CREATE TABLE ll_secret (
    name       VARCHAR(50)              NOT NULL PRIMARY KEY,
    secret     VARCHAR(200)             NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
