-- Topics can be checklists: their list items are shown as boxes to tick.
ALTER TABLE topics ADD COLUMN checklist INTEGER NOT NULL DEFAULT 0;
-- Re-import content on next start so the new column is filled.
DELETE FROM meta WHERE key = 'content_hash';
