// A reference field in the history ("material_id: 7") reads as the record it points to ("NCM811").
// Which fields are references comes from the schema's own foreign keys, so every reference field of
// every table is named without a list to keep up to date.
import type Database from 'better-sqlite3';
import { recordLabel } from '../../shared/history-fields';
import type { FieldChange } from '../../shared/schemas/history';

/** The columns a record is known by, in the order they are preferred. */
const NAME_COLUMNS = ['name', 'label', 'lot_number', 'code', 'title', 'file_name'];

interface Reference {
  table: string;
  column: string;
  nameColumn: string | null;
}

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

/** Names the records that history entries' reference fields point to; lookups are kept for one page. */
export function referenceNamer(db: Database.Database): (table: string, changes: FieldChange[]) => FieldChange[] {
  const referencesOf = new Map<string, Map<string, Reference>>();
  const names = new Map<string, string>();

  const references = (table: string): Map<string, Reference> => {
    let found = referencesOf.get(table);
    if (found) return found;
    found = new Map();
    const keys = db.prepare(`PRAGMA foreign_key_list(${quote(table)})`).all() as Array<{ table: string; from: string; to: string | null }>;
    for (const key of keys) {
      const columns = (db.prepare(`PRAGMA table_info(${quote(key.table)})`).all() as Array<{ name: string }>).map((column) => column.name);
      found.set(key.from, { table: key.table, column: key.to ?? 'id', nameColumn: NAME_COLUMNS.find((name) => columns.includes(name)) ?? null });
    }
    referencesOf.set(table, found);
    return found;
  };

  const nameOf = (reference: Reference, value: unknown): string | undefined => {
    if (value === null || value === undefined || value === '') return undefined;
    const cacheKey = `${reference.table}\u0000${String(value)}`;
    const cached = names.get(cacheKey);
    if (cached !== undefined) return cached;
    const row = reference.nameColumn
      ? (db.prepare(`SELECT ${quote(reference.nameColumn)} AS name FROM ${quote(reference.table)} WHERE ${quote(reference.column)} = ?`).get(value) as { name: unknown } | undefined)
      : undefined;
    // A record without a name column, or one no longer there, is still named by its kind and id.
    const name = row && row.name !== null && row.name !== '' ? String(row.name) : recordLabel(reference.table, String(value));
    names.set(cacheKey, name);
    return name;
  };

  return (table, changes) => {
    const byField = references(table);
    if (byField.size === 0) return changes;
    return changes.map((change) => {
      const reference = byField.get(change.field);
      if (!reference) return change;
      const beforeName = nameOf(reference, change.before);
      const afterName = nameOf(reference, change.after);
      return { ...change, ...(beforeName === undefined ? {} : { beforeName }), ...(afterName === undefined ? {} : { afterName }) };
    });
  };
}
