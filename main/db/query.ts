import type Database from 'better-sqlite3';
import type { SqlFragment } from './sql';

export type Db = Database.Database;

export function queryAll<Row>(db: Db, query: SqlFragment): Row[] {
  return db.prepare(query.text).all(...query.params) as Row[];
}

export function queryOne<Row>(db: Db, query: SqlFragment): Row | undefined {
  return db.prepare(query.text).get(...query.params) as Row | undefined;
}

export function execute(db: Db, query: SqlFragment): Database.RunResult {
  return db.prepare(query.text).run(...query.params);
}
