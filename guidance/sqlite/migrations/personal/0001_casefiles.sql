-- The personal database (pleaguide.db): case files and settings, kept small so that it can
-- be checked at every start. Versions before the split kept the content in this file too:
-- their content tables are dropped here (the content now lives in content.db), while their
-- case files and settings stay where they are.
DROP TABLE IF EXISTS docs_fts;
DROP TABLE IF EXISTS docs;
DROP TABLE IF EXISTS synonyms;
DROP TABLE IF EXISTS colloquial;
DROP TABLE IF EXISTS questions;
DROP TABLE IF EXISTS terms;
DROP TABLE IF EXISTS topics;
DROP TABLE IF EXISTS sources;
DROP TABLE IF EXISTS instruments;
DROP TABLE IF EXISTS categories;
DROP TABLE IF EXISTS packs;
DROP TABLE IF EXISTS meta;

-- Case files: what one family or client enters, sealed with a key from their passphrase
-- (see guidance/casefile). Only the display name and the days created and last used are in
-- the clear.
CREATE TABLE IF NOT EXISTS casefiles (
	id      INTEGER PRIMARY KEY,
	name    TEXT NOT NULL,
	created TEXT NOT NULL,
	updated TEXT NOT NULL,
	kdf     TEXT NOT NULL, -- JSON: Argon2id parameters and salt
	checkv  BLOB NOT NULL, -- sealed check value: tells a wrong passphrase from damage
	data    BLOB NOT NULL  -- sealed case-file data
);

-- Clinic-mode settings and other small app settings that are not personal data.
CREATE TABLE IF NOT EXISTS settings (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
);
