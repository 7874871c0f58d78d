// The schema as the migrations made it: every table, index, trigger and view of the notebook is
// compared with a database built in memory from the same migrations, so a dropped append-only
// trigger (or one quietly rewritten to allow changes) is reported by name.
import Database from 'better-sqlite3';
import type { Migration } from '../db/migrations';
import { applyMigrations } from '../db/migrator';
import type { Db } from '../db/query';

export interface SchemaObjectProblem {
  type: string;
  name: string;
  problem: 'missing' | 'changed' | 'unexpected';
  sentence: string;
}

interface SchemaObject {
  type: string;
  name: string;
  sql: string | null;
}

function schemaObjects(db: Db): Map<string, SchemaObject> {
  // sqlite_* objects are SQLite's own (autoindexes, statistics); their presence follows the tables.
  const rows = db.prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name").all() as SchemaObject[];
  return new Map(rows.map((row) => [`${row.type} ${row.name}`, row]));
}

const expectedByVersion = new Map<string, Map<string, SchemaObject>>();

/** The objects a notebook at `version` has when made by these migrations (built once per process). */
export function expectedSchema(migrations: readonly Migration[], version: number): Map<string, SchemaObject> {
  const upTo = migrations.filter((migration) => migration.version <= version);
  const key = upTo.map((migration) => migration.checksum).join(',');
  let expected = expectedByVersion.get(key);
  if (!expected) {
    const memory = new Database(':memory:');
    try {
      applyMigrations(memory, upTo);
      expected = schemaObjects(memory);
    } finally {
      memory.close();
    }
    expectedByVersion.set(key, expected);
  }
  return expected;
}

const normalised = (sqlText: string | null) => (sqlText ?? '').replace(/\s+/g, ' ').trim();
const kind = (type: string) => (type === 'table' ? 'table' : type === 'index' ? 'index' : type === 'trigger' ? 'trigger' : type);

export function compareSchema(db: Db, migrations: readonly Migration[], version: number): { objectsCompared: number; problems: SchemaObjectProblem[] } {
  const expected = expectedSchema(migrations, version);
  const actual = schemaObjects(db);
  const problems: SchemaObjectProblem[] = [];
  for (const [key, object] of expected) {
    const found = actual.get(key);
    const appendOnly = object.type === 'trigger' && /RAISE\s*\(\s*ABORT/i.test(object.sql ?? '') ? ' (it keeps records from being deleted or changed)' : '';
    if (!found) problems.push({ type: object.type, name: object.name, problem: 'missing', sentence: `the ${kind(object.type)} ${object.name} that the migrations made is missing${appendOnly}; it was dropped outside Cellbook` });
    else if (normalised(found.sql) !== normalised(object.sql)) problems.push({ type: object.type, name: object.name, problem: 'changed', sentence: `the ${kind(object.type)} ${object.name} differs from what the migrations made${appendOnly}; it was replaced outside Cellbook` });
  }
  for (const [key, object] of actual) {
    if (!expected.has(key)) problems.push({ type: object.type, name: object.name, problem: 'unexpected', sentence: `the ${kind(object.type)} ${object.name} was not made by any migration; it was added outside Cellbook` });
  }
  return { objectsCompared: expected.size, problems };
}
