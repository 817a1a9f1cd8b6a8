-- Content imported from the embedded content packs. Replaced as a whole on every import.
CREATE TABLE meta (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
);

CREATE TABLE packs (
	id        TEXT PRIMARY KEY,
	languages TEXT NOT NULL, -- JSON list of language tags
	names     TEXT NOT NULL  -- JSON object: language → name
);

CREATE TABLE categories (
	pack  TEXT NOT NULL REFERENCES packs(id) ON DELETE CASCADE,
	id    TEXT NOT NULL,
	ord   INTEGER NOT NULL,
	names TEXT NOT NULL,
	PRIMARY KEY (pack, id)
);

CREATE TABLE instruments (
	pack    TEXT NOT NULL REFERENCES packs(id) ON DELETE CASCADE,
	id      TEXT NOT NULL,
	names   TEXT NOT NULL,
	version TEXT NOT NULL,
	url     TEXT NOT NULL,
	PRIMARY KEY (pack, id)
);

CREATE TABLE sources (
	id         TEXT PRIMARY KEY,
	pack       TEXT NOT NULL,
	instrument TEXT NOT NULL,
	article    TEXT NOT NULL,
	para       INTEGER NOT NULL,
	labels     TEXT NOT NULL,
	checked    TEXT NOT NULL,
	FOREIGN KEY (pack, instrument) REFERENCES instruments(pack, id) ON DELETE CASCADE
);

CREATE TABLE topics (
	id       TEXT NOT NULL,
	lang     TEXT NOT NULL,
	pack     TEXT NOT NULL REFERENCES packs(id) ON DELETE CASCADE,
	category TEXT NOT NULL,
	ord      INTEGER NOT NULL,
	title    TEXT NOT NULL,
	summary  TEXT NOT NULL,
	body     TEXT NOT NULL,
	checked  TEXT NOT NULL,
	sources  TEXT NOT NULL, -- JSON list of source IDs in order of citation
	PRIMARY KEY (id, lang)
);

CREATE TABLE terms (
	id         TEXT NOT NULL,
	lang       TEXT NOT NULL,
	pack       TEXT NOT NULL REFERENCES packs(id) ON DELETE CASCADE,
	term       TEXT NOT NULL,
	also       TEXT NOT NULL,
	definition TEXT NOT NULL,
	topic      TEXT NOT NULL,
	PRIMARY KEY (id, lang)
);

CREATE TABLE questions (
	id         TEXT NOT NULL,
	lang       TEXT NOT NULL,
	pack       TEXT NOT NULL REFERENCES packs(id) ON DELETE CASCADE,
	text       TEXT NOT NULL,
	why        TEXT NOT NULL,
	topic      TEXT NOT NULL,
	stages     TEXT NOT NULL,
	situations TEXT NOT NULL,
	PRIMARY KEY (id, lang)
);

CREATE TABLE synonyms (
	lang  TEXT NOT NULL,
	words TEXT NOT NULL -- JSON list
);

-- One row per searchable item; docs_fts holds its tokens (see guidance/textindex).
CREATE TABLE docs (
	rowid   INTEGER PRIMARY KEY,
	id      TEXT NOT NULL,
	kind    TEXT NOT NULL,
	lang    TEXT NOT NULL,
	title   TEXT NOT NULL,
	snippet TEXT NOT NULL, -- plain text the search snippet is cut from
	UNIQUE (id, lang)
);
CREATE INDEX docs_lang ON docs(lang);

CREATE VIRTUAL TABLE docs_fts USING fts5(
	title, words, chars,
	content = '',
	tokenize = 'unicode61 remove_diacritics 2'
);
