-- Schema 1: notebook settings and the append-only history that every record table writes to.
--
-- Conventions every later record table follows (see main/db/records.ts):
--   id PRIMARY KEY, created_at, updated_at, archived_at (NULL while active) as ISO 8601 UTC text;
--   STRICT; a BEFORE DELETE trigger, because records are archived, never deleted;
--   every insert / update / archive / restore goes through records.ts, which writes history.

CREATE TABLE settings (
  id TEXT PRIMARY KEY,             -- the setting's key, e.g. 'operator'
  value_json TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  archived_at TEXT
) STRICT;

CREATE TRIGGER settings_never_deleted BEFORE DELETE ON settings
BEGIN
  SELECT RAISE(ABORT, 'settings are archived, never deleted');
END;

-- One row per change to any record. `hash` = sha256 over this entry and `prev_hash` (the hash of
-- the entry before it), so editing or removing a row breaks the chain that `cellbook check` walks.
CREATE TABLE history (
  id INTEGER PRIMARY KEY,
  table_name TEXT NOT NULL,
  record_id TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'archive', 'restore')),
  operator TEXT NOT NULL,
  at TEXT NOT NULL,
  before_json TEXT,
  after_json TEXT,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL UNIQUE
) STRICT;

CREATE INDEX history_by_record ON history (table_name, record_id, id);

CREATE TRIGGER history_append_only_update BEFORE UPDATE ON history
BEGIN
  SELECT RAISE(ABORT, 'history is append-only');
END;

CREATE TRIGGER history_append_only_delete BEFORE DELETE ON history
BEGIN
  SELECT RAISE(ABORT, 'history is append-only');
END;
