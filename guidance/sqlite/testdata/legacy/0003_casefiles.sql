-- Case files: what one family or client enters, sealed with a key from their passphrase
-- (see guidance/casefile). Only the display name and dates are in the clear.
CREATE TABLE casefiles (
	id      INTEGER PRIMARY KEY,
	name    TEXT NOT NULL,
	created TEXT NOT NULL,
	updated TEXT NOT NULL,
	kdf     TEXT NOT NULL, -- JSON: Argon2id parameters and salt
	checkv  BLOB NOT NULL, -- sealed check value: tells a wrong passphrase from damage
	data    BLOB NOT NULL  -- sealed case-file data
);

-- Clinic-mode settings and other small app settings that are not personal data.
CREATE TABLE settings (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
);
