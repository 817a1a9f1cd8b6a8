-- Instruments say what their numbered parts are called, so a citation reads the way the
-- jurisdiction writes it: 第15条 or Art. 15 (article), § 257c Abs. 4 (section, German
-- codes), Rule 11 (the US federal rules). See guidance.Instrument.Provision.
ALTER TABLE instruments ADD COLUMN provision TEXT NOT NULL DEFAULT 'article';
