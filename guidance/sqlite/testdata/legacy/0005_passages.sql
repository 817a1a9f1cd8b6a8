-- Search finds passages — one section of a topic, its heading and paragraphs — beside whole
-- topics, glossary terms and questions, and takes the reader to the section. Colloquial
-- words (被抓, locked up) are stored for search to widen queries with. Content is
-- re-imported.
DROP TABLE docs_fts;
DROP TABLE docs;
CREATE TABLE docs (
	rowid   INTEGER PRIMARY KEY,
	id      TEXT NOT NULL,              -- topic, term or question ID; a passage has its topic's
	kind    TEXT NOT NULL,
	lang    TEXT NOT NULL,
	section INTEGER NOT NULL DEFAULT 0, -- passages: 0 before the first heading, then 1, 2, …
	title   TEXT NOT NULL,              -- topic title, term or question text
	heading TEXT NOT NULL DEFAULT '',   -- passages: the section heading
	snippet TEXT NOT NULL,              -- plain text the snippet and the answer are cut from
	sources TEXT NOT NULL DEFAULT '[]', -- passages: JSON list of the source IDs cited
	facets  INTEGER NOT NULL DEFAULT 0, -- passages: what the text states (textindex.Form)
	UNIQUE (id, lang, kind, section)
);
CREATE INDEX docs_lang ON docs(lang);
CREATE VIRTUAL TABLE docs_fts USING fts5(
	title, words, chars, context, lang,
	content = '',
	tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TABLE colloquial (
	lang  TEXT NOT NULL,
	say   TEXT NOT NULL, -- JSON list: what people type
	means TEXT NOT NULL  -- JSON list: the legal words searched for
);
DELETE FROM meta WHERE key = 'content_hash';
