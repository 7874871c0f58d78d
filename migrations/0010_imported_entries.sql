-- Schema 10: entries imported from another lab notebook's .eln file (an eLabFTW experiment, a
-- SampleDB sample, a Kadi4Mat record, a datalab item). None of Cellbook's own record types fits
-- them (they have no layers, lots or cycles), so each becomes an imported entry: its name, kind,
-- text as notes, its values as they were stated (name, value, unit), and the original RO-Crate
-- entity kept verbatim. Its files are attachments (record_table 'imported_entries'). Records
-- follow 0001's conventions (archived, never deleted; history through main/db/records.ts).

CREATE TABLE imported_entries (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  -- 'experiment', 'sample' or 'entry' (anything else the file held), read from the entry's types.
  kind TEXT NOT NULL CHECK (kind IN ('experiment', 'sample', 'entry')),
  -- The notebook that wrote the file (the crate's sdPublisher or creating software), e.g. 'eLabFTW'.
  source_notebook TEXT NOT NULL,
  -- The .eln file's name and the entry's @id inside it.
  source_file TEXT NOT NULL,
  source_id TEXT NOT NULL,
  author TEXT,
  source_created_at TEXT,
  source_modified_at TEXT,
  keywords_json TEXT NOT NULL DEFAULT '[]',
  notes TEXT,
  -- [{ "name", "value", "unit" }] as the file stated them; numbers stay numbers.
  values_json TEXT NOT NULL DEFAULT '[]',
  -- The entry's entity and every entity it refers to (people, comments, steps), as in the file.
  metadata_json TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  archived_at TEXT
) STRICT;
CREATE INDEX imported_entries_by_source ON imported_entries (source_notebook, source_id);
CREATE TRIGGER imported_entries_never_deleted BEFORE DELETE ON imported_entries
BEGIN
  SELECT RAISE(ABORT, 'imported entries are archived, never deleted');
END;
