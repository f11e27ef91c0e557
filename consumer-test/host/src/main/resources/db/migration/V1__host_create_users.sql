-- The host's own users, with the host's own role names.
CREATE TABLE host_users (
    id    VARCHAR(64)  PRIMARY KEY,
    name  VARCHAR(200) NOT NULL,
    role  VARCHAR(20)  NOT NULL
);
INSERT INTO host_users (id, name, role) VALUES ('docent-marieke', 'Marieke de Vries', 'teacher');
INSERT INTO host_users (id, name, role) VALUES ('student-sanne', 'Sanne Jansen', 'learner');
