import path from 'node:path';
import { APP_VERSION } from '../../shared/app-version';
import type { NotebookCheck, NotebookInfo } from '../../shared/schemas/notebook';
import { verifyHistoryChain } from '../db/history';
import { bundledMigrations } from '../db/migrations';
import { appliedSchemaVersion, changedMigrations, latestVersion } from '../db/migrator';
import { integrityHolds, verifyNotebookIntegrity, type IntegrityOptions } from '../integrity/verify-notebook';
import type { ServiceContext } from './context';

/** The notebook's size as SQLite sees it; the file on disk lags behind while changes sit in the WAL. */
function notebookBytes(ctx: ServiceContext): number {
  const { db } = ctx.notebook;
  return (db.pragma('page_count', { simple: true }) as number) * (db.pragma('page_size', { simple: true }) as number);
}

export function getNotebookInfo(ctx: ServiceContext): NotebookInfo {
  const { db, path: notebookPath } = ctx.notebook;
  const created = db.prepare('SELECT applied_at FROM schema_migrations WHERE version = 1').get() as { applied_at: string } | undefined;
  return {
    appVersion: APP_VERSION,
    mode: ctx.mode,
    fileName: path.basename(notebookPath),
    fileSizeBytes: notebookBytes(ctx),
    schemaVersion: appliedSchemaVersion(db),
    latestSchemaVersion: latestVersion(bundledMigrations()),
    sqliteVersion: (db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v,
    createdAt: created?.applied_at ?? null,
    operator: ctx.writer.operator(),
  };
}

interface ForeignKeyViolation {
  table: string;
  rowid: number | null;
  parent: string;
}

export function checkNotebook(ctx: ServiceContext, options: IntegrityOptions = {}): NotebookCheck {
  const { db } = ctx.notebook;
  const integrity = (db.pragma('integrity_check') as Array<{ integrity_check: string }>).map((row) => row.integrity_check);
  const foreignKeyViolations = (db.pragma('foreign_key_check') as ForeignKeyViolation[]).map(({ table, rowid, parent }) => ({ table, rowid, parent }));
  const chain = verifyHistoryChain(db);
  const changed = changedMigrations(db, bundledMigrations());
  const findings = verifyNotebookIntegrity(db, ctx.notebook.path, bundledMigrations(), options);
  return {
    ok: integrity.length === 1 && integrity[0] === 'ok' && foreignKeyViolations.length === 0 && chain.firstBreak === null && changed.length === 0 && integrityHolds(findings),
    schemaVersion: appliedSchemaVersion(db),
    integrity,
    foreignKeyViolations,
    historyEntries: chain.entries,
    historyChainBreak: chain.firstBreak,
    changedMigrations: changed,
    ...findings,
  };
}
