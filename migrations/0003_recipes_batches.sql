-- Schema 3: synthesis recipes (versioned; a version never changes once written) and batches
-- (what was actually done: amounts, lots, steps, the lot the batch made).

CREATE TABLE recipes (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  product_kind TEXT NOT NULL,
  -- The material a finished batch makes a lot of, by name (created at the first finish if missing).
  product_material_name TEXT NOT NULL,
  description TEXT,
  is_template INTEGER NOT NULL DEFAULT 0 CHECK (is_template IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  archived_at TEXT
) STRICT;
CREATE UNIQUE INDEX recipes_unique_active_name ON recipes (name COLLATE NOCASE) WHERE archived_at IS NULL;
CREATE TRIGGER recipes_never_deleted BEFORE DELETE ON recipes
BEGIN
  SELECT RAISE(ABORT, 'recipes are archived, never deleted');
END;

-- content_json: {kind: 'gel_process', solgel, steps} or {kind: 'generic', ingredients, steps},
-- checked by shared/schemas/recipes.ts. Editing a recipe writes a new version.
CREATE TABLE recipe_versions (
  id INTEGER PRIMARY KEY,
  recipe_id INTEGER NOT NULL REFERENCES recipes (id),
  version INTEGER NOT NULL CHECK (version >= 1),
  content_json TEXT NOT NULL,
  change_note TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  archived_at TEXT,
  UNIQUE (recipe_id, version)
) STRICT;
CREATE TRIGGER recipe_versions_never_deleted BEFORE DELETE ON recipe_versions
BEGIN
  SELECT RAISE(ABORT, 'recipe versions are archived, never deleted');
END;
CREATE TRIGGER recipe_versions_content_fixed BEFORE UPDATE OF content_json, recipe_id, version ON recipe_versions
BEGIN
  SELECT RAISE(ABORT, 'a recipe version never changes; save a new version');
END;

CREATE TABLE batches (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  recipe_version_id INTEGER NOT NULL REFERENCES recipe_versions (id),
  scale_factor REAL NOT NULL CHECK (scale_factor > 0),
  balance_resolution TEXT NOT NULL CHECK (balance_resolution IN ('0.1mg', '1mg', '0.01g')),
  mass_tolerance_pct REAL NOT NULL DEFAULT 2 CHECK (mass_tolerance_pct > 0),
  status TEXT NOT NULL CHECK (status IN ('in_progress', 'finished', 'abandoned')),
  started_at TEXT NOT NULL,
  finished_at TEXT,
  product_lot_id INTEGER REFERENCES lots (id),
  yield_g REAL CHECK (yield_g > 0),
  measured_json TEXT,
  abandon_reason TEXT,
  observations TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  archived_at TEXT
) STRICT;
CREATE INDEX batches_by_recipe_version ON batches (recipe_version_id);
CREATE TRIGGER batches_never_deleted BEFORE DELETE ON batches
BEGIN
  SELECT RAISE(ABORT, 'batches are archived, never deleted');
END;

-- One row per weigh-list item: what was planned, what was actually taken and from which lot.
CREATE TABLE batch_ingredients (
  id INTEGER PRIMARY KEY,
  batch_id INTEGER NOT NULL REFERENCES batches (id),
  position INTEGER NOT NULL,
  ingredient_key TEXT NOT NULL,
  name TEXT NOT NULL,
  material_name TEXT,
  planned_amount REAL,
  planned_unit TEXT NOT NULL,
  actual_amount REAL CHECK (actual_amount > 0),
  actual_unit TEXT,
  lot_id INTEGER REFERENCES lots (id),
  lot_movement_id INTEGER REFERENCES lot_movements (id),
  deviation_reason TEXT,
  recorded_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  archived_at TEXT,
  UNIQUE (batch_id, ingredient_key)
) STRICT;
CREATE TRIGGER batch_ingredients_never_deleted BEFORE DELETE ON batch_ingredients
BEGIN
  SELECT RAISE(ABORT, 'batch ingredients are archived, never deleted');
END;

CREATE TABLE batch_steps (
  id INTEGER PRIMARY KEY,
  batch_id INTEGER NOT NULL REFERENCES batches (id),
  position INTEGER NOT NULL,
  step_json TEXT NOT NULL,
  started_at TEXT,
  ended_at TEXT,
  actual_json TEXT,
  notes TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  archived_at TEXT,
  UNIQUE (batch_id, position)
) STRICT;
CREATE TRIGGER batch_steps_never_deleted BEFORE DELETE ON batch_steps
BEGIN
  SELECT RAISE(ABORT, 'batch steps are archived, never deleted');
END;

-- Search: recipes take type code 3, batches 4.
CREATE TRIGGER recipes_search_insert AFTER INSERT ON recipes
BEGIN
  INSERT INTO search_index (rowid, record_type, record_id, archived, title, body)
  VALUES (new.id * 16 + 3, 'recipe', new.id, new.archived_at IS NOT NULL, new.name, concat_ws(' ', new.product_material_name, new.product_kind, new.description));
END;
CREATE TRIGGER recipes_search_update AFTER UPDATE ON recipes
BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 16 + 3;
  INSERT INTO search_index (rowid, record_type, record_id, archived, title, body)
  VALUES (new.id * 16 + 3, 'recipe', new.id, new.archived_at IS NOT NULL, new.name, concat_ws(' ', new.product_material_name, new.product_kind, new.description));
END;
CREATE TRIGGER batches_search_insert AFTER INSERT ON batches
BEGIN
  INSERT INTO search_index (rowid, record_type, record_id, archived, title, body)
  SELECT new.id * 16 + 4, 'batch', new.id, new.archived_at IS NOT NULL, new.code, concat_ws(' ', recipes.name, new.status, new.observations)
  FROM recipe_versions JOIN recipes ON recipes.id = recipe_versions.recipe_id WHERE recipe_versions.id = new.recipe_version_id;
END;
CREATE TRIGGER batches_search_update AFTER UPDATE ON batches
BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 16 + 4;
  INSERT INTO search_index (rowid, record_type, record_id, archived, title, body)
  SELECT new.id * 16 + 4, 'batch', new.id, new.archived_at IS NOT NULL, new.code, concat_ws(' ', recipes.name, new.status, new.observations)
  FROM recipe_versions JOIN recipes ON recipes.id = recipe_versions.recipe_id WHERE recipe_versions.id = new.recipe_version_id;
END;
