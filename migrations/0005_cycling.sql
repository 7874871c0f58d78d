-- Schema 5: cycling tests. A test is one cell's run on a tester, read from one or more exported
-- files (continuation files are stitched in time order). The original files are kept, the points
-- are stored per cycle as typed-array columns, and each cycle's summary is an ordinary row.

CREATE TABLE cycling_tests (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  -- NULL while the dataset is not yet attached to a cell.
  cell_id INTEGER REFERENCES cells (id),
  synthetic INTEGER NOT NULL DEFAULT 0 CHECK (synthetic IN (0, 1)),
  format_id TEXT NOT NULL,
  format_label TEXT NOT NULL,
  -- Where the cycle numbers come from: the file's own column or recomputed from the steps.
  cycle_source TEXT NOT NULL CHECK (cycle_source IN ('file', 'steps')),
  started_at TEXT,
  point_count INTEGER NOT NULL CHECK (point_count >= 0),
  cycle_count INTEGER NOT NULL CHECK (cycle_count >= 0),
  has_temperature INTEGER NOT NULL CHECK (has_temperature IN (0, 1)),
  -- 1 when the current is each interval's mean (BioLogic <I>), which the integrals hold over the interval.
  current_is_interval_mean INTEGER NOT NULL DEFAULT 0 CHECK (current_is_interval_mean IN (0, 1)),
  -- Notes, warnings and the coulomb-counting check of the import, as JSON.
  import_report_json TEXT NOT NULL,
  notes TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  archived_at TEXT
) STRICT;
CREATE INDEX cycling_tests_by_cell ON cycling_tests (cell_id);
CREATE TRIGGER cycling_tests_never_deleted BEFORE DELETE ON cycling_tests
BEGIN
  SELECT RAISE(ABORT, 'cycling tests are archived, never deleted');
END;

-- The exported files as the tester wrote them, gzip-compressed in chunks so that neither import
-- nor re-reading holds a whole file in memory.
CREATE TABLE cycling_files (
  id INTEGER PRIMARY KEY,
  test_id INTEGER NOT NULL REFERENCES cycling_tests (id),
  position INTEGER NOT NULL,
  file_name TEXT NOT NULL,
  size_bytes INTEGER NOT NULL CHECK (size_bytes >= 0),
  sha256 TEXT NOT NULL,
  format_id TEXT NOT NULL,
  row_count INTEGER NOT NULL CHECK (row_count >= 0),
  -- Seconds added to the file's own times to place it after the file before it.
  time_offset_s REAL NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (test_id, position)
) STRICT;
CREATE INDEX cycling_files_by_sha256 ON cycling_files (sha256);

CREATE TABLE cycling_file_chunks (
  file_id INTEGER NOT NULL REFERENCES cycling_files (id),
  seq INTEGER NOT NULL,
  gzip BLOB NOT NULL,
  PRIMARY KEY (file_id, seq)
) STRICT;

-- Points of one cycle, little-endian typed arrays: time Float64 (s from the test's start),
-- current Float32 (A, charge positive), voltage Float32 (V), capacity and energy Float32 (Ah, Wh,
-- counted from zero at the start of each charge and each discharge), direction Int8 (+1 charge,
-- -1 discharge, 0 rest), step Int32 (the test's step number, so that a re-analysis sees the steps
-- the import saw), temperature Float32 (°C) when the file has it.
CREATE TABLE cycle_points (
  test_id INTEGER NOT NULL REFERENCES cycling_tests (id),
  cycle INTEGER NOT NULL,
  point_count INTEGER NOT NULL,
  time_s BLOB NOT NULL,
  current_a BLOB NOT NULL,
  voltage_v BLOB NOT NULL,
  capacity_ah BLOB NOT NULL,
  energy_wh BLOB NOT NULL,
  direction BLOB NOT NULL,
  step BLOB NOT NULL,
  temperature_c BLOB,
  PRIMARY KEY (test_id, cycle)
) STRICT;

CREATE TABLE cycle_summaries (
  test_id INTEGER NOT NULL REFERENCES cycling_tests (id),
  cycle INTEGER NOT NULL,
  charge_mah REAL NOT NULL,
  discharge_mah REAL NOT NULL,
  coulombic_efficiency REAL,
  charge_mwh REAL NOT NULL,
  discharge_mwh REAL NOT NULL,
  mean_charge_v REAL,
  mean_discharge_v REAL,
  end_of_charge_v REAL,
  end_of_discharge_v REAL,
  charge_duration_s REAL NOT NULL,
  discharge_duration_s REAL NOT NULL,
  charge_stop TEXT NOT NULL CHECK (charge_stop IN ('voltage', 'time', 'unknown')),
  vendor_charge_mah REAL,
  vendor_discharge_mah REAL,
  max_temperature_c REAL,
  PRIMARY KEY (test_id, cycle)
) STRICT, WITHOUT ROWID;

-- Cycles the short-circuit heuristics flagged, with the evidence the researcher sees.
CREATE TABLE short_circuit_flags (
  test_id INTEGER NOT NULL REFERENCES cycling_tests (id),
  cycle INTEGER NOT NULL,
  kind TEXT NOT NULL,
  reason TEXT NOT NULL,
  evidence TEXT NOT NULL,
  PRIMARY KEY (test_id, cycle, kind)
) STRICT, WITHOUT ROWID;

-- Column mappings for the generic CSV/TSV importer, saved by name and re-applied to files whose
-- header matches.
CREATE TABLE column_profiles (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  header_signature TEXT NOT NULL,
  mapping_json TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  archived_at TEXT
) STRICT;
CREATE UNIQUE INDEX column_profiles_unique_active_name ON column_profiles (name COLLATE NOCASE) WHERE archived_at IS NULL;
CREATE INDEX column_profiles_by_signature ON column_profiles (header_signature);

-- Search: cycling tests take type code 6.
CREATE TRIGGER cycling_tests_search_insert AFTER INSERT ON cycling_tests
BEGIN
  INSERT INTO search_index (rowid, record_type, record_id, archived, title, body)
  VALUES (new.id * 16 + 6, 'cycling_test', new.id, new.archived_at IS NOT NULL, new.name,
    concat_ws(' ', new.format_label, CASE WHEN new.synthetic THEN 'synthetic' END, new.notes));
END;
CREATE TRIGGER cycling_tests_search_update AFTER UPDATE ON cycling_tests
BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 16 + 6;
  INSERT INTO search_index (rowid, record_type, record_id, archived, title, body)
  VALUES (new.id * 16 + 6, 'cycling_test', new.id, new.archived_at IS NOT NULL, new.name,
    concat_ws(' ', new.format_label, CASE WHEN new.synthetic THEN 'synthetic' END, new.notes));
END;
