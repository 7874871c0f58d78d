-- Schema 2: the materials inventory (materials, lots, locations, what was taken from each lot),
-- attachments stored by content hash, user additions to pick lists, and the notebook-wide
-- full-text search index that every record type joins.

CREATE TABLE locations (
  id INTEGER PRIMARY KEY,
  parent_id INTEGER REFERENCES locations (id),
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  archived_at TEXT
) STRICT;
CREATE UNIQUE INDEX locations_unique_name ON locations (ifnull(parent_id, 0), name COLLATE NOCASE);
CREATE TRIGGER locations_never_deleted BEFORE DELETE ON locations
BEGIN
  SELECT RAISE(ABORT, 'locations are archived, never deleted');
END;

CREATE TABLE materials (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  kind TEXT NOT NULL CHECK (kind IN (
    'cathode_active', 'anode_active', 'sulfide_se', 'oxide_composite_se', 'lithium_salt', 'medium',
    'oxide_precursor', 'acid', 'binder', 'conductive_carbon', 'metal_powder', 'current_collector',
    'gasket', 'other')),
  formula TEXT,
  -- NULL reason: computed from the formula when saved; a reason: a value the user entered.
  molar_mass_g_mol REAL CHECK (molar_mass_g_mol > 0),
  molar_mass_override_reason TEXT,
  density_g_cm3 REAL CHECK (density_g_cm3 > 0),
  d50_um REAL CHECK (d50_um > 0),
  specific_capacity_mah_g REAL CHECK (specific_capacity_mah_g > 0),
  coating TEXT,
  coating_thickness_nm REAL CHECK (coating_thickness_nm > 0),
  youngs_modulus_gpa REAL CHECK (youngs_modulus_gpa > 0),
  cas_number TEXT,
  supplier TEXT,
  storage TEXT CHECK (storage IN ('glovebox', 'dry_room', 'air')),
  -- Warn when a lot of this material has been open longer than this; NULL: not hygroscopic.
  hygroscopic_warn_days INTEGER CHECK (hygroscopic_warn_days > 0),
  hazard_notes TEXT,
  notes TEXT,
  tags_json TEXT NOT NULL DEFAULT '[]',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  archived_at TEXT
) STRICT;
CREATE UNIQUE INDEX materials_unique_active_name ON materials (name COLLATE NOCASE) WHERE archived_at IS NULL;
CREATE INDEX materials_by_kind ON materials (kind);
CREATE TRIGGER materials_never_deleted BEFORE DELETE ON materials
BEGIN
  SELECT RAISE(ABORT, 'materials are archived, never deleted');
END;

CREATE TABLE lots (
  id INTEGER PRIMARY KEY,
  material_id INTEGER NOT NULL REFERENCES materials (id),
  lot_number TEXT NOT NULL CHECK (length(trim(lot_number)) > 0),
  supplier TEXT,
  made_in_house INTEGER NOT NULL DEFAULT 0 CHECK (made_in_house IN (0, 1)),
  -- The synthesis batch that made an in-house lot (the batches table arrives with recipes).
  source_batch_id INTEGER,
  received_on TEXT,
  opened_on TEXT,
  expires_on TEXT,
  quantity REAL NOT NULL CHECK (quantity > 0),
  unit TEXT NOT NULL CHECK (unit IN ('mg', 'g', 'kg', 'mL', 'L', 'pieces', 'cm2')),
  low_stock_threshold REAL CHECK (low_stock_threshold >= 0),
  location_id INTEGER REFERENCES locations (id),
  notes TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  archived_at TEXT
) STRICT;
-- A lot number is a label on a bottle: unique per material, archived lots included.
CREATE UNIQUE INDEX lots_unique_number ON lots (material_id, lot_number COLLATE NOCASE);
CREATE INDEX lots_by_location ON lots (location_id);
CREATE INDEX lots_by_expiry ON lots (expires_on) WHERE archived_at IS NULL;
CREATE TRIGGER lots_never_deleted BEFORE DELETE ON lots
BEGIN
  SELECT RAISE(ABORT, 'lots are archived, never deleted');
END;

-- What was taken from a lot (use) or corrected with a reason (adjustment). The remaining
-- quantity is never stored: it follows from the lot's quantity and these rows (computed in
-- main/services/inventory/lot-rows.ts).
CREATE TABLE lot_movements (
  id INTEGER PRIMARY KEY,
  lot_id INTEGER NOT NULL REFERENCES lots (id),
  kind TEXT NOT NULL CHECK (kind IN ('use', 'adjustment')),
  -- use: the amount taken (> 0); adjustment: the signed change.
  amount_in_lot_unit REAL NOT NULL,
  entered_amount REAL NOT NULL,
  entered_unit TEXT NOT NULL,
  reason TEXT,
  used_by_table TEXT,
  used_by_id TEXT,
  occurred_at TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  archived_at TEXT,
  CHECK ((kind = 'use' AND amount_in_lot_unit > 0)
      OR (kind = 'adjustment' AND amount_in_lot_unit <> 0 AND length(trim(ifnull(reason, ''))) > 0))
) STRICT;
CREATE INDEX lot_movements_by_lot ON lot_movements (lot_id);
CREATE TRIGGER lot_movements_never_deleted BEFORE DELETE ON lot_movements
BEGIN
  SELECT RAISE(ABORT, 'lot movements are archived, never deleted');
END;

-- File contents, stored once by SHA-256 whatever record they are attached to.
CREATE TABLE blobs (
  sha256 TEXT PRIMARY KEY,
  byte_length INTEGER NOT NULL,
  content BLOB NOT NULL,
  created_at TEXT NOT NULL
) STRICT;
CREATE TRIGGER blobs_never_deleted BEFORE DELETE ON blobs
BEGIN
  SELECT RAISE(ABORT, 'stored files are never deleted');
END;
CREATE TRIGGER blobs_never_changed BEFORE UPDATE ON blobs
BEGIN
  SELECT RAISE(ABORT, 'stored files never change');
END;

CREATE TABLE attachments (
  id INTEGER PRIMARY KEY,
  record_table TEXT NOT NULL,
  record_id TEXT NOT NULL,
  blob_sha256 TEXT NOT NULL REFERENCES blobs (sha256),
  file_name TEXT NOT NULL,
  media_type TEXT NOT NULL,
  note TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  archived_at TEXT
) STRICT;
CREATE INDEX attachments_by_record ON attachments (record_table, record_id);
CREATE TRIGGER attachments_never_deleted BEFORE DELETE ON attachments
BEGIN
  SELECT RAISE(ABORT, 'attachments are archived, never deleted');
END;

-- Values users add to the patent's pick lists (salts, media, ...).
CREATE TABLE pick_list_values (
  id INTEGER PRIMARY KEY,
  list TEXT NOT NULL,
  value TEXT NOT NULL CHECK (length(trim(value)) > 0),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  archived_at TEXT
) STRICT;
CREATE UNIQUE INDEX pick_list_values_unique ON pick_list_values (list, value COLLATE NOCASE);
CREATE TRIGGER pick_list_values_never_deleted BEFORE DELETE ON pick_list_values
BEGIN
  SELECT RAISE(ABORT, 'pick-list values are archived, never deleted');
END;

-- Notebook-wide search. rowid = record id * 16 + a type code (material 1, lot 2; later types
-- take 3, 4, ...), so triggers find a record's row by rowid instead of scanning.
CREATE VIRTUAL TABLE search_index USING fts5 (
  record_type UNINDEXED,
  record_id UNINDEXED,
  archived UNINDEXED,
  title,
  body,
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER materials_search_insert AFTER INSERT ON materials
BEGIN
  INSERT INTO search_index (rowid, record_type, record_id, archived, title, body)
  VALUES (new.id * 16 + 1, 'material', new.id, new.archived_at IS NOT NULL, new.name,
    concat_ws(' ', new.formula, new.kind, new.cas_number, new.supplier, new.coating, new.hazard_notes, new.notes,
      (SELECT group_concat(value, ' ') FROM json_each(new.tags_json))));
END;

CREATE TRIGGER materials_search_update AFTER UPDATE ON materials
BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 16 + 1;
  INSERT INTO search_index (rowid, record_type, record_id, archived, title, body)
  VALUES (new.id * 16 + 1, 'material', new.id, new.archived_at IS NOT NULL, new.name,
    concat_ws(' ', new.formula, new.kind, new.cas_number, new.supplier, new.coating, new.hazard_notes, new.notes,
      (SELECT group_concat(value, ' ') FROM json_each(new.tags_json))));
  -- A lot's entry carries its material's name and formula.
  DELETE FROM search_index WHERE rowid IN (SELECT id * 16 + 2 FROM lots WHERE material_id = new.id) AND (old.name IS NOT new.name OR old.formula IS NOT new.formula);
  INSERT INTO search_index (rowid, record_type, record_id, archived, title, body)
  SELECT lots.id * 16 + 2, 'lot', lots.id, lots.archived_at IS NOT NULL, concat_ws(' ', lots.lot_number, new.name),
    concat_ws(' ', new.formula, lots.supplier, lots.notes)
  FROM lots WHERE lots.material_id = new.id AND (old.name IS NOT new.name OR old.formula IS NOT new.formula);
END;

CREATE TRIGGER lots_search_insert AFTER INSERT ON lots
BEGIN
  INSERT INTO search_index (rowid, record_type, record_id, archived, title, body)
  SELECT new.id * 16 + 2, 'lot', new.id, new.archived_at IS NOT NULL, concat_ws(' ', new.lot_number, materials.name),
    concat_ws(' ', materials.formula, new.supplier, new.notes)
  FROM materials WHERE materials.id = new.material_id;
END;

CREATE TRIGGER lots_search_update AFTER UPDATE ON lots
BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 16 + 2;
  INSERT INTO search_index (rowid, record_type, record_id, archived, title, body)
  SELECT new.id * 16 + 2, 'lot', new.id, new.archived_at IS NOT NULL, concat_ws(' ', new.lot_number, materials.name),
    concat_ws(' ', materials.formula, new.supplier, new.notes)
  FROM materials WHERE materials.id = new.material_id;
END;
