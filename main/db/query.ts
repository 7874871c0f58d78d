import type Database from 'better-sqlite3';
import type { SqlFragment } from './sql';

export type Db = Database.Database;

// Prepared statements are reused per connection: the same few query texts run for every record
// written, and preparing costs more than running them.
const statementCache = new WeakMap<Db, Map<string, Database.Statement>>();
const STATEMENT_CACHE_LIMIT = 500;

export function prepareCached(db: Db, text: string): Database.Statement {
  let cache = statementCache.get(db);
  if (!cache) {
    cache = new Map();
    statementCache.set(db, cache);
  }
  let statement = cache.get(text);
  if (!statement) {
    if (cache.size >= STATEMENT_CACHE_LIMIT) cache.clear();
    statement = db.prepare(text);
    cache.set(text, statement);
  }
  return statement;
}

export function queryAll<Row>(db: Db, query: SqlFragment): Row[] {
  return prepareCached(db, query.text).all(...query.params) as Row[];
}

export function queryOne<Row>(db: Db, query: SqlFragment): Row | undefined {
  return prepareCached(db, query.text).get(...query.params) as Row | undefined;
}

export function execute(db: Db, query: SqlFragment): Database.RunResult {
  return prepareCached(db, query.text).run(...query.params);
}
