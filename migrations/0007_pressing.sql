-- Schema 7: the press-step planner (DOMAIN.md section 4). The lab's equipment, each build's plan
-- of press / dry / stack / seal / rest / fixture steps with what was actually done, and pressure
-- windows (minimum to form, maximum before cracking) on materials and on a build's layers, each
-- bound with its source. Records follow 0001's conventions: archived, never deleted; history
-- through main/db/records.ts.

CREATE TABLE equipment (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('uniaxial_press', 'die', 'roll_press', 'isostatic_press', 'oven', 'glovebox')),
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  -- The ratings of its kind (shared/schemas/pressing-equipment.ts); a rating not entered is null.
  spec_json TEXT NOT NULL CHECK (json_valid(spec_json) AND json_extract(spec_json, '$.kind') = kind),
  out_of_service INTEGER NOT NULL DEFAULT 0 CHECK (out_of_service IN (0, 1)),
  out_of_service_reason TEXT,
  notes TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  archived_at TEXT
) STRICT;
CREATE UNIQUE INDEX equipment_unique_active_name ON equipment (name COLLATE NOCASE) WHERE archived_at IS NULL;
CREATE TRIGGER equipment_never_deleted BEFORE DELETE ON equipment
BEGIN
  SELECT RAISE(ABORT, 'equipment is archived, never deleted');
END;

-- One plan per build; its steps in order (position among the steps not archived).
CREATE TABLE press_plans (
  id INTEGER PRIMARY KEY,
  build_id INTEGER NOT NULL UNIQUE REFERENCES builds (id),
  -- Where the steps came from, in words ("Example 1 template", "copied from Example 2").
  origin TEXT,
  notes TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  archived_at TEXT
) STRICT;
CREATE TRIGGER press_plans_never_deleted BEFORE DELETE ON press_plans
BEGIN
  SELECT RAISE(ABORT, 'press plans are archived, never deleted');
END;

CREATE TABLE press_steps (
  id INTEGER PRIMARY KEY,
  plan_id INTEGER NOT NULL REFERENCES press_plans (id),
  position INTEGER NOT NULL CHECK (position >= 0),
  kind TEXT NOT NULL CHECK (kind IN ('press', 'dry', 'stack', 'seal', 'rest', 'fixture')),
  method TEXT CHECK (method IN ('hot_plate_press', 'uniaxial_press', 'roll_press', 'wip', 'cip', 'oven', 'vacuum_oven', 'vacuum_seal',
    'heat_seal', 'crimp', 'manual', 'fixture_clamp')),
  title TEXT,
  layers_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(layers_json) AND json_type(layers_json) = 'array'),
  equipment_id INTEGER REFERENCES equipment (id),
  die_id INTEGER REFERENCES equipment (id),
  temperature_c REAL CHECK (temperature_c >= -273.15),
  pressure_mpa REAL CHECK (pressure_mpa > 0),
  -- Set when the user confirmed a pressure above 2,000 MPa (a unit slip otherwise).
  pressure_confirmed INTEGER NOT NULL DEFAULT 0 CHECK (pressure_confirmed IN (0, 1)),
  duration_s REAL CHECK (duration_s > 0),
  atmosphere TEXT CHECK (atmosphere IN ('air', 'vacuum', 'argon', 'dry_room', 'nitrogen')),
  line_load_kn_per_cm REAL CHECK (line_load_kn_per_cm > 0),
  gap_um REAL CHECK (gap_um >= 0),
  speed_m_per_min REAL CHECK (speed_m_per_min > 0),
  passes INTEGER CHECK (passes > 0),
  source TEXT,
  notes TEXT,
  status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'running', 'done', 'skipped')),
  started_at TEXT,
  finished_at TEXT,
  -- What was done (pressure or gauge force, temperature, time, operator, notes) once recorded.
  actual_json TEXT CHECK (actual_json IS NULL OR json_valid(actual_json)),
  deviation_reason TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  archived_at TEXT,
  CHECK (pressure_mpa IS NULL OR pressure_mpa <= 2000 OR pressure_confirmed = 1),
  CHECK (status <> 'skipped' OR length(trim(ifnull(deviation_reason, ''))) > 0)
) STRICT;
CREATE INDEX press_steps_by_plan ON press_steps (plan_id, position);
CREATE INDEX press_steps_by_equipment ON press_steps (equipment_id);
CREATE INDEX press_steps_by_die ON press_steps (die_id);
CREATE TRIGGER press_steps_never_deleted BEFORE DELETE ON press_steps
BEGIN
  SELECT RAISE(ABORT, 'press steps are archived, never deleted');
END;
-- The service refuses first with a sentence; these keep the rules whoever writes.
CREATE TRIGGER press_steps_not_for_archived_builds BEFORE INSERT ON press_steps
WHEN (SELECT builds.archived_at FROM press_plans JOIN builds ON builds.id = press_plans.build_id WHERE press_plans.id = new.plan_id) IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'a plan for an archived build cannot be changed');
END;
CREATE TRIGGER equipment_kept_while_planned BEFORE UPDATE OF archived_at ON equipment
WHEN new.archived_at IS NOT NULL AND old.archived_at IS NULL
  AND EXISTS (SELECT 1 FROM press_steps WHERE (equipment_id = new.id OR die_id = new.id) AND archived_at IS NULL)
BEGIN
  SELECT RAISE(ABORT, 'equipment used by a plan cannot be archived');
END;

-- Pressure windows: each bound with its source; a paper needs its citation. Clearing a window
-- sets its bounds to null (the row, and its history, stay).
CREATE TABLE material_pressure_windows (
  id INTEGER PRIMARY KEY,
  material_id INTEGER NOT NULL UNIQUE REFERENCES materials (id),
  min_mpa REAL CHECK (min_mpa > 0 AND min_mpa <= 2000),
  min_source TEXT CHECK (min_source IN ('measured', 'supplier', 'paper')),
  min_citation TEXT,
  max_mpa REAL CHECK (max_mpa > 0 AND max_mpa <= 2000),
  max_source TEXT CHECK (max_source IN ('measured', 'supplier', 'paper')),
  max_citation TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  archived_at TEXT,
  CHECK ((min_mpa IS NULL) = (min_source IS NULL) AND (max_mpa IS NULL) = (max_source IS NULL)),
  CHECK (min_source IS NOT 'paper' OR min_citation IS NOT NULL),
  CHECK (max_source IS NOT 'paper' OR max_citation IS NOT NULL),
  CHECK (min_mpa IS NULL OR max_mpa IS NULL OR min_mpa <= max_mpa)
) STRICT;
CREATE TRIGGER material_pressure_windows_never_deleted BEFORE DELETE ON material_pressure_windows
BEGIN
  SELECT RAISE(ABORT, 'pressure windows are archived, never deleted');
END;

-- A build's own window for one layer (by kind: it holds on every face of a FIG. 2 build).
CREATE TABLE layer_pressure_windows (
  id INTEGER PRIMARY KEY,
  build_id INTEGER NOT NULL REFERENCES builds (id),
  layer_kind TEXT NOT NULL CHECK (layer_kind IN ('anode_collector', 'thin_film', 'first_anode_layer', 'lithium_foil', 'solid_electrolyte',
    'cathode_active_layer', 'inactive_member', 'carbon_layer', 'cathode_collector')),
  min_mpa REAL CHECK (min_mpa > 0 AND min_mpa <= 2000),
  min_source TEXT CHECK (min_source IN ('measured', 'supplier', 'paper')),
  min_citation TEXT,
  max_mpa REAL CHECK (max_mpa > 0 AND max_mpa <= 2000),
  max_source TEXT CHECK (max_source IN ('measured', 'supplier', 'paper')),
  max_citation TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  archived_at TEXT,
  UNIQUE (build_id, layer_kind),
  CHECK ((min_mpa IS NULL) = (min_source IS NULL) AND (max_mpa IS NULL) = (max_source IS NULL)),
  CHECK (min_source IS NOT 'paper' OR min_citation IS NOT NULL),
  CHECK (max_source IS NOT 'paper' OR max_citation IS NOT NULL),
  CHECK (min_mpa IS NULL OR max_mpa IS NULL OR min_mpa <= max_mpa)
) STRICT;
CREATE TRIGGER layer_pressure_windows_never_deleted BEFORE DELETE ON layer_pressure_windows
BEGIN
  SELECT RAISE(ABORT, 'pressure windows are archived, never deleted');
END;
