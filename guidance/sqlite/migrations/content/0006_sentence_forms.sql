-- What each sentence of a passage states (textindex.SentenceForms: one character per
-- sentence of snippet), so that search picks the answering sentence without running the
-- form patterns at every query: they cost about 12 µs a sentence.
ALTER TABLE docs ADD COLUMN forms TEXT NOT NULL DEFAULT '';
