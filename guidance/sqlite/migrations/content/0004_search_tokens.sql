-- The token streams docs_fts was given, row for row: search reads them once into memory
-- and ranks there with FTS5's bm25 (guidance/sqlite/rank.go). Reading the tokens back out
-- of FTS5 (fts5vocab) took 0.4 s of CPU at the first search; these take a few ms.
CREATE TABLE docs_tokens (
	rowid   INTEGER PRIMARY KEY,
	title   TEXT NOT NULL,
	words   TEXT NOT NULL,
	chars   TEXT NOT NULL,
	context TEXT NOT NULL
);
