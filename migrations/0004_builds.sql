-- Schema 4: cell builds as layer stacks (each layer's components are materials, with the lot they
-- come from), and the cells (replicates) built to each design.

CREATE TABLE builds (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  built_on TEXT,
  operator TEXT,
  glovebox_h2o_ppm REAL CHECK (glovebox_h2o_ppm >= 0),
  glovebox_o2_ppm REAL CHECK (glovebox_o2_ppm >= 0),
  configuration TEXT NOT NULL CHECK (configuration IN ('single_sided', 'double_sided')),
  protocol_json TEXT NOT NULL,
  tags_json TEXT NOT NULL DEFAULT '[]',
  notes TEXT,
  cloned_from_id INTEGER REFERENCES builds (id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  archived_at TEXT
) STRICT;
CREATE UNIQUE INDEX builds_unique_active_name ON builds (name COLLATE NOCASE) WHERE archived_at IS NULL;
CREATE TRIGGER builds_never_deleted BEFORE DELETE ON builds
BEGIN
  SELECT RAISE(ABORT, 'builds are archived, never deleted');
END;

-- The stack, from the anode collector up; FIG. 2 builds have a side a and b around a shared
-- cathode collector. Saving a stack archives the previous layers and writes the new ones.
CREATE TABLE build_layers (
  id INTEGER PRIMARY KEY,
  build_id INTEGER NOT NULL REFERENCES builds (id),
  position INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('anode_collector', 'thin_film', 'first_anode_layer', 'lithium_foil', 'solid_electrolyte',
    'cathode_active_layer', 'inactive_member', 'carbon_layer', 'cathode_collector')),
  side TEXT NOT NULL CHECK (side IN ('a', 'b', 'shared')),
  shape_json TEXT,
  thickness_coated_um REAL CHECK (thickness_coated_um > 0 AND thickness_coated_um <= 5000),
  thickness_pressed_um REAL CHECK (thickness_pressed_um > 0 AND thickness_pressed_um <= 5000),
  mass_mg REAL CHECK (mass_mg > 0),
  composition_basis TEXT NOT NULL CHECK (composition_basis IN ('wt_pct', 'parts', 'mass_mg')),
  notes TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  archived_at TEXT
) STRICT;
CREATE INDEX build_layers_by_build ON build_layers (build_id, position);
CREATE TRIGGER build_layers_never_deleted BEFORE DELETE ON build_layers
BEGIN
  SELECT RAISE(ABORT, 'layers are archived, never deleted');
END;

CREATE TABLE layer_components (
  id INTEGER PRIMARY KEY,
  layer_id INTEGER NOT NULL REFERENCES build_layers (id),
  position INTEGER NOT NULL,
  material_id INTEGER NOT NULL REFERENCES materials (id),
  lot_id INTEGER REFERENCES lots (id),
  amount REAL NOT NULL CHECK (amount > 0),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  archived_at TEXT
) STRICT;
CREATE INDEX layer_components_by_layer ON layer_components (layer_id, position);
CREATE INDEX layer_components_by_material ON layer_components (material_id);
CREATE TRIGGER layer_components_never_deleted BEFORE DELETE ON layer_components
BEGIN
  SELECT RAISE(ABORT, 'layer components are archived, never deleted');
END;

-- Replicates: cells built to one design, each with its own status and, later, its cycling data.
CREATE TABLE cells (
  id INTEGER PRIMARY KEY,
  build_id INTEGER NOT NULL REFERENCES builds (id),
  label TEXT NOT NULL CHECK (length(trim(label)) > 0),
  status TEXT NOT NULL CHECK (status IN ('planned', 'in_progress', 'assembled', 'cycling', 'finished', 'failed')),
  failure_reason TEXT,
  fixture TEXT,
  stack_pressure_mpa REAL CHECK (stack_pressure_mpa >= 0),
  assembled_at TEXT,
  notes TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  archived_at TEXT,
  UNIQUE (build_id, label),
  CHECK (status <> 'failed' OR length(trim(ifnull(failure_reason, ''))) > 0)
) STRICT;
CREATE INDEX cells_by_build ON cells (build_id);
CREATE TRIGGER cells_never_deleted BEFORE DELETE ON cells
BEGIN
  SELECT RAISE(ABORT, 'cells are archived, never deleted');
END;

-- Search: builds take type code 5.
CREATE TRIGGER builds_search_insert AFTER INSERT ON builds
BEGIN
  INSERT INTO search_index (rowid, record_type, record_id, archived, title, body)
  VALUES (new.id * 16 + 5, 'build', new.id, new.archived_at IS NOT NULL, new.name,
    concat_ws(' ', new.operator, new.configuration, new.notes, (SELECT group_concat(value, ' ') FROM json_each(new.tags_json))));
END;
CREATE TRIGGER builds_search_update AFTER UPDATE ON builds
BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 16 + 5;
  INSERT INTO search_index (rowid, record_type, record_id, archived, title, body)
  VALUES (new.id * 16 + 5, 'build', new.id, new.archived_at IS NOT NULL, new.name,
    concat_ws(' ', new.operator, new.configuration, new.notes, (SELECT group_concat(value, ' ') FROM json_each(new.tags_json))));
END;
