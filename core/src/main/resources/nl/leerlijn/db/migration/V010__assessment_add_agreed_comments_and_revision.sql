-- The agreed result also carries a comment per criterion (JSON, criterion key -> text), and whether the
-- assessors ask for a revision (herkansing): on release the student may then hand in a new version.
ALTER TABLE ll_assessment ADD COLUMN agreed_comments VARCHAR;
ALTER TABLE ll_assessment ADD COLUMN revision_requested BOOLEAN DEFAULT FALSE NOT NULL;
