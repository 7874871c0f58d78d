// The recent reports list: each report or label file the window made, newest first, kept in
// Cellbook's user-data folder (recent-reports.json) for the notebook it was made from, so the
// Reports area can show what was made and make it again. A damaged list is only a convenience lost.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { recentReportSchema, type RecentReport, type ReportRequest } from '../../../shared/reports/recent-reports-schema';
import { userDataDir } from '../../db/paths';
import { writeFileAtomically } from '../../files/write-file-atomically';
import { logFailure } from '../../logging/error-log';
import type { ServiceContext } from '../context';

const RECENT_LIMIT = 50;
const KIND: Record<ReportRequest['operation'], string> = { makeBuildReport: 'Build report', makeComparisonReport: 'Comparison report', makeLabels: 'Labels' };

export function recentReportsFile(folder: string = userDataDir()): string {
  return path.join(folder, 'recent-reports.json');
}

function readAll(file: string): RecentReport[] {
  if (!existsSync(file)) return [];
  try {
    const parsed = z.array(z.unknown()).safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.success) return [];
    return parsed.data.flatMap((entry) => {
      const one = recentReportSchema.safeParse(entry);
      return one.success ? [one.data] : [];
    });
  } catch {
    return [];
  }
}

function buildNames(ctx: ServiceContext, request: ReportRequest): string[] {
  const ids = request.operation === 'makeBuildReport' ? [request.input.buildId] : request.operation === 'makeComparisonReport' ? request.input.buildIds : request.input.records.filter((record) => record.kind === 'build').map((record) => record.id);
  const nameOf = ctx.notebook.db.prepare('SELECT name FROM builds WHERE id = ?');
  return ids.map((id) => (nameOf.get(id) as { name: string } | undefined)?.name ?? `build ${id}`);
}

const paperOf = (request: ReportRequest) => (request.operation === 'makeLabels' ? (request.input.size ?? null) : request.input.paper === 'letter' ? 'Letter' : 'A4');

/** Puts a made report at the top of the list; the window's hosts call this, the CLI does not (its files are where it was told). */
export function rememberReport(ctx: ServiceContext, request: ReportRequest, made: { fileName: string; sizeBytes: number; path?: string | null }, folder?: string): RecentReport {
  const file = recentReportsFile(folder);
  const entry: RecentReport = {
    id: randomBytes(6).toString('hex'),
    notebookPath: path.resolve(ctx.notebook.path),
    kind: KIND[request.operation],
    fileName: made.fileName,
    path: made.path ?? null,
    format: request.input.format,
    paper: paperOf(request),
    buildNames: buildNames(ctx, request),
    madeAt: ctx.writer.now().toISOString(),
    sizeBytes: made.sizeBytes,
    request,
  };
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileAtomically(file, (append) => append(`${JSON.stringify([entry, ...readAll(file)].slice(0, RECENT_LIMIT), null, 2)}\n`));
  ctx.emit({ type: 'changed', tables: ['recent_reports'] });
  return entry;
}

export function listRecentReports(ctx: ServiceContext, folder?: string): RecentReport[] {
  const notebook = path.resolve(ctx.notebook.path);
  return readAll(recentReportsFile(folder)).filter((entry) => entry.notebookPath === notebook);
}

/** Wraps a report operation so that what it made is remembered when it runs in the window. */
export async function remembered<F extends { fileName: string; contentBase64: string }>(ctx: ServiceContext, request: ReportRequest, make: () => Promise<F>): Promise<F> {
  const file = await make();
  // The list is a convenience: a user-data folder that cannot be written must not lose the report just made.
  if (ctx.mode !== 'cli') {
    try {
      rememberReport(ctx, request, { fileName: file.fileName, sizeBytes: Buffer.byteLength(file.contentBase64, 'base64') });
    } catch (error) {
      logFailure('remembering a recent report', error);
    }
  }
  return file;
}

/** Where the newest recent report of that file name was saved (the desktop app learns it from its Save dialog). */
export function setRecentReportPath(ctx: ServiceContext, fileName: string, savedPath: string, folder?: string): boolean {
  const file = recentReportsFile(folder);
  const all = readAll(file);
  const notebook = path.resolve(ctx.notebook.path);
  const entry = all.find((candidate) => candidate.notebookPath === notebook && candidate.fileName === fileName && candidate.path === null);
  if (!entry) return false;
  entry.path = savedPath;
  writeFileAtomically(file, (append) => append(`${JSON.stringify(all, null, 2)}\n`));
  ctx.emit({ type: 'changed', tables: ['recent_reports'] });
  return true;
}
