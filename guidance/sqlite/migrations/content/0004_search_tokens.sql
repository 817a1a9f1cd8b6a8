-- The token streams docs_fts was given, row for row: search reads them once into memory
-- and ranks there with FTS5's bm25 (guidance/sqlite/rank.go). Reading the tokens back out
-- of FTS5 itself (fts5vocab) made the first search slower by about half.
CREATE TABLE docs_tokens (
	rowid   INTEGER PRIMARY KEY,
	title   TEXT NOT NULL,
	words   TEXT NOT NULL,
	chars   TEXT NOT NULL,
	context TEXT NOT NULL
);
