-- A host's own first migration, in Flyway's default location, as a host project has it.
CREATE TABLE host_users (id VARCHAR(64) PRIMARY KEY, name VARCHAR(200) NOT NULL);
