-- How a topic of another pack names a pack's jurisdiction beside a citation of one of its
-- sources (pack.toml's [jurisdiction]): JSON {"Name": {lang: name}, "Also": [words]}.
ALTER TABLE packs ADD COLUMN cited_as TEXT NOT NULL DEFAULT '{}';
