-- The languages of a pack that were converted at import (guidance/hant: zh-Hant from
-- zh-Hans) rather than written, so the app can say so where it shows them.
ALTER TABLE packs ADD COLUMN converted TEXT NOT NULL DEFAULT '[]'; -- JSON list of language tags
