-- The full-text index gets a language column, so a search ranks only the documents of its
-- language instead of every language's and then filtering. Content is re-imported.
DROP TABLE docs_fts;
CREATE VIRTUAL TABLE docs_fts USING fts5(
	title, words, chars, lang,
	content = '',
	tokenize = 'unicode61 remove_diacritics 2'
);
DELETE FROM meta WHERE key = 'content_hash';
