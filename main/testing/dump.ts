// Test helper: everything a notebook holds, as plain data, to compare "before" and "after".
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export function dumpNotebook(filePath: string): { userVersion: number; schema: unknown[]; tables: Record<string, unknown[]> } {
  const db = new Database(filePath, { readonly: true });
  try {
    const schema = db.prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name").all() as Array<{ type: string; name: string }>;
    const tables: Record<string, unknown[]> = {};
    for (const entry of schema.filter((item) => item.type === 'table')) {
      // WITHOUT ROWID tables (FTS5's config) have no rowid; they come back in primary-key order.
      try {
        tables[entry.name] = db.prepare(`SELECT * FROM "${entry.name}" ORDER BY rowid`).all();
      } catch {
        tables[entry.name] = db.prepare(`SELECT * FROM "${entry.name}"`).all();
      }
    }
    return { userVersion: db.pragma('user_version', { simple: true }) as number, schema, tables };
  } finally {
    db.close();
  }
}

export function fileSha256(filePath: string): string {
  return createHash('sha256').update(readFileSync(filePath)).digest('hex');
}
