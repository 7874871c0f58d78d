-- Schema 9: a design-rule warning acknowledged with a reason. The warning's sentence is kept as it
-- read when it was acknowledged: once the build changes and the warning reads differently, the
-- acknowledgement no longer covers it and the warning asks for a look again. Records follow
-- 0001's conventions (archived, never deleted; history through main/db/records.ts); withdrawing
-- an acknowledgement archives it.

CREATE TABLE rule_acknowledgements (
  id INTEGER PRIMARY KEY,
  build_id INTEGER NOT NULL REFERENCES builds (id),
  -- A design rule id (shared/cells/design-rules.ts DESIGN_RULE_IDS).
  rule_id TEXT NOT NULL CHECK (length(rule_id) > 0),
  warning_message TEXT NOT NULL,
  reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
  operator TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  archived_at TEXT
) STRICT;
CREATE UNIQUE INDEX rule_acknowledgements_one_per_rule ON rule_acknowledgements (build_id, rule_id) WHERE archived_at IS NULL;
CREATE TRIGGER rule_acknowledgements_never_deleted BEFORE DELETE ON rule_acknowledgements
BEGIN
  SELECT RAISE(ABORT, 'rule acknowledgements are archived, never deleted');
END;
