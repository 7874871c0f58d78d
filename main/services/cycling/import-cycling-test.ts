// Imports one cycling test from one or more tester exports. Reading (streamed, cancellable) and
// keeping the originals happen first, outside the database; then everything is written in one
// transaction, so a cancelled or failed import leaves the notebook exactly as it was.
import { mkdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { CellbookError } from '../../../shared/api-error';
import { analyseSeries } from '../../../shared/cycling/analyse-series';
import { splitSteps } from '../../../shared/cycling/segments';
import type { ColumnMapping } from '../../../shared/schemas/cycling';
import { insertRecord } from '../../db/records';
import { noteLongWrite } from '../../db/writer-note';
import { makeOwnedTempDir } from '../../files/owned-temporaries';
import { explainFailure } from '../../logging/explain-failure';
import { readFileHead } from '../../importers/cycler/file-head';
import type { CyclerFormat } from '../../importers/cycler/format';
import { CYCLER_FORMATS, CYCLER_REFUSALS } from '../../importers/cycler/formats/index';
import { mappedFormat } from '../../importers/cycler/formats/mapped';
import type { CyclerFileResult } from '../../importers/cycler/read-cycler-file';
import { readCyclerExport } from '../../importers/cycler/read-export';
import type { ServiceContext } from '../context';
import { incompleteCycleOfRows, storeAnalysis } from './analysis-store';
import { addCell } from '../builds/cells';
import { buildBasis, cellBasis, summaryOptionsOf } from './cell-basis';
import { requireCell } from './cell-for-import';
import { profileFormats, saveColumnProfile } from './column-profiles';
import { storeCyclePoints } from './cycle-points-store';
import { getCyclingSettings } from './cycling-settings';
import { spoolOriginal, storeOriginal, type SpooledOriginal } from './original-file';
import { freeLetGoColumns } from './free-columns';
import { stitchFiles } from './stitch';
import { untilCancelled } from './until-cancelled';
import { priorOriginals, priorTestOfCell, retirePriorTest, type WhenCellHasTest } from './prior-test';
import { gradeText } from '../../../shared/cycling/grade-meaning';
import { hasTemperature, summariseCapacityColumns } from './spilled-columns';

/** SQLite's page cache while the import's transaction writes (KiB). */
const IMPORT_CACHE_KIB = 4096;

export interface ImportFile {
  filePath: string;
  /** The name the user knows the file by (an upload is stored under its id). */
  fileName: string;
  /** The SHA-256 of its bytes when already known (an upload is hashed as it arrives). */
  sha256?: string;
}

export interface ImportProgress {
  bytesRead: number;
  totalBytes: number;
  rows: number;
}

export interface ImportOptions {
  cellId?: number | null;
  /** Instead of cellId: add a cell to this build, in the import's transaction. */
  newCellOfBuildId?: number | null;
  name?: string | null;
  formatId?: string | null;
  mapping?: ColumnMapping | null;
  saveProfileAs?: string | null;
  allowDuplicate?: boolean;
  /** Made by a model, not measured: shown as "synthetic" wherever the test appears. */
  synthetic?: boolean;
  /** When the cell already has a test: continue it (stitched), replace it (archived), or add a second test (the default). */
  whenCellHasTest?: WhenCellHasTest;
  /** Other tests archived in the import's transaction (an attached test that continues the cell's: its files are among these). */
  alsoArchiveTestIds?: readonly number[];
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
}

export interface ImportOutcome {
  testId: number;
  name: string;
  rows: number;
  cycles: number;
  message: string;
}

/** The formats an import chooses from: the user's saved profiles first, then the built-in ones. */
export function importFormats(ctx: ServiceContext, mapping?: ColumnMapping | null): CyclerFormat[] {
  return [...(mapping ? [mappedFormat(mapping)] : []), ...profileFormats(ctx.notebook.db), ...CYCLER_FORMATS];
}

/** The active test that already holds a file with this SHA-256. */
export function testHoldingFile(ctx: ServiceContext, sha256: string): { testId: number; name: string } | null {
  const row = ctx.notebook.db
    .prepare('SELECT t.id, t.name FROM cycling_files f JOIN cycling_tests t ON t.id = f.test_id WHERE f.sha256 = ? AND t.archived_at IS NULL ORDER BY t.id LIMIT 1')
    .get(sha256) as { id: number; name: string } | undefined;
  return row ? { testId: row.id, name: row.name } : null;
}

function requireBuild(ctx: ServiceContext, buildId: number): string {
  const build = ctx.notebook.db.prepare('SELECT name, archived_at FROM builds WHERE id = ?').get(buildId) as { name: string; archived_at: string | null } | undefined;
  if (!build) throw new CellbookError('not_found', `build ${buildId} does not exist`);
  if (build.archived_at) throw new CellbookError('refused', `build "${build.name}" is archived`);
  return build.name;
}

export async function importCyclingTest(ctx: ServiceContext, givenFiles: readonly ImportFile[], options: ImportOptions = {}): Promise<ImportOutcome> {
  let files = givenFiles;
  if (files.length === 0) throw new CellbookError('validation', 'choose at least one file to import');
  const newCellOfBuildId = options.newCellOfBuildId ?? null;
  const givenCellId = options.cellId ?? null;
  const cell = givenCellId === null ? null : requireCell(ctx, givenCellId);
  const newCellBuild = newCellOfBuildId === null ? null : requireBuild(ctx, newCellOfBuildId);
  const when = options.whenCellHasTest ?? 'second';
  const prior = when === 'second' ? null : priorTestOfCell(ctx, givenCellId);
  const formats = importFormats(ctx, options.mapping);
  const formatId = options.mapping ? 'mapped' : (options.formatId ?? undefined);
  let totalBytes = files.reduce((sum, file) => sum + (readSizeOrZero(file.filePath)), 0);
  // The spool folder carries this process's id, so that one left by a killed import is swept at the next start.
  const spoolDir = makeOwnedTempDir('import');
  const endNote = noteLongWrite(ctx.notebook.path, 'import');
  try {
    // Continuing a test: its own originals come first and the whole is stitched anew (DOMAIN: one test of one cell).
    const priorFiles = prior && when === 'continue' ? priorOriginals(ctx, prior.id, spoolDir) : [];
    const priorShas = new Set(priorFiles.map((file) => file.sha256));
    files = [...priorFiles, ...files];
    totalBytes += priorFiles.reduce((sum, file) => sum + readSizeOrZero(file.filePath), 0);
    const read: Array<{ result: CyclerFileResult; original: SpooledOriginal }> = [];
    let last: { file: ImportFile; result: CyclerFileResult; spooling: Promise<SpooledOriginal>; stopSpool: () => void } | null = null;
    const refuseIfImported = (fileName: string, sha256: string) => {
      if (options.allowDuplicate || priorShas.has(sha256)) return;
      const holder = testHoldingFile(ctx, sha256);
      if (holder) throw new CellbookError('conflict', `${fileName} is already imported, as test "${holder.name}" (the same bytes, SHA-256 ${sha256.slice(0, 12)}…)`);
    };
    const keepOriginal = (file: ImportFile, result: CyclerFileResult, original: SpooledOriginal) => {
      // One file twice in one test would be stitched onto itself: never what was meant.
      const twin = read.find((entry) => entry.original.sha256 === original.sha256);
      if (twin) throw new CellbookError('conflict', `${file.fileName} is given twice in this import (the same bytes as ${twin.result.fileName})`);
      refuseIfImported(file.fileName, original.sha256);
      read.push({ result, original });
    };
    let doneBytes = 0;
    let doneRows = 0;
    for (const [index, file] of files.entries()) {
      // The original is spooled while the file is read; a refusal of the file stops the spool too
      // (else a refused 2 GB file would go on being read and compressed), and the spool is waited
      // for before its folder is removed.
      const spoolStop = new AbortController();
      const stopSpool = () => spoolStop.abort();
      options.signal?.addEventListener('abort', stopSpool, { once: true });
      const spooling = spoolOriginal(file.filePath, path.join(spoolDir, `original-${index}.br`), spoolStop.signal, file.sha256 ?? null);
      // Marked as handled now: a cancel can end the spool while the parse is still being awaited;
      // its outcome is still awaited below.
      spooling.catch(() => undefined);
      let result: CyclerFileResult;
      try {
        // A long file keeps its capacity and temperature columns on disk, in this import's folder (column-spill.ts).
        const spillDir = path.join(spoolDir, `columns-${index}`);
        mkdirSync(spillDir);
        const reading = readCyclerExport(file.filePath, formats, CYCLER_REFUSALS, {
          formatId,
          spillDir,
          signal: options.signal,
          displayName: file.fileName,
          onProgress: (progress) => options.onProgress?.({ bytesRead: doneBytes + progress.bytesRead, totalBytes, rows: doneRows + progress.rows }),
        });
        // A read left behind by a cancel must not end as an unhandled rejection.
        reading.catch(() => undefined);
        result = await untilCancelled(reading, options.signal, `import of ${file.fileName} cancelled; nothing was saved`);
      } catch (error) {
        stopSpool();
        await spooling.catch(() => undefined);
        throw error;
      } finally {
        options.signal?.removeEventListener('abort', stopSpool);
      }
      doneBytes += readSizeOrZero(file.filePath);
      doneRows += result.rows;
      // The last file's original is still being compressed (its parse ran on every core): the
      // analysis runs meanwhile, and the spool is waited for after it.
      if (index < files.length - 1) keepOriginal(file, result, await spooling);
      else last = { file, result, spooling, stopSpool };
    }
    if (options.signal?.aborted) throw new CellbookError('cancelled', 'import cancelled; nothing was saved');

    let stitched: ReturnType<typeof stitchFiles>;
    let analysis: ReturnType<typeof analyseSeries>;
    const lastFile = last!;
    try {
      stitched = stitchFiles([...read.map((entry) => entry.result), lastFile.result]);
      // The capacity columns only give the vendor's capacity per cycle: summarised per step, they
      // are let go before the analysis makes its own arrays (free-columns.ts).
      const points = stitched.series.timeS.length;
      summariseCapacityColumns(stitched.series);
      // The steps are split once and kept with the series (segments.ts): its step numbers are not
      // read again, and go before the cycles are numbered.
      splitSteps(stitched.series);
      stitched.series.stepIndex = null;
      // Each point's direction is read with the steps (segments.ts): the state column is not read again.
      stitched.series.stateCode = null;
      freeLetGoColumns(points);
      const basis = newCellOfBuildId !== null ? buildBasis(ctx, newCellOfBuildId) : cellBasis(ctx, givenCellId);
      const settings = getCyclingSettings(ctx);
      // The cycle numbers have given each step its cycle (cycles.ts):
      // what is stored per point is time, current, voltage and temperature.
      const series = stitched.series;
      const letNumbersGo = () => {
        series.vendorCycle = null;
        freeLetGoColumns(points);
      };
      analysis = analyseSeries(series, { summary: summaryOptionsOf(basis), lifespan: settings.lifespan, shortCircuit: settings.shortCircuit, onCyclesAssigned: letNumbersGo });
    } catch (error) {
      lastFile.stopSpool();
      await lastFile.spooling.catch(() => undefined);
      throw error;
    }
    keepOriginal(lastFile.file, lastFile.result, await lastFile.spooling);
    const first = stitched.files[0]!.result;
    const nameFor = (cellName: string | null) => options.name ?? (when === 'continue' && prior ? prior.name : null) ?? (cellName ?? path.parse(first.fileName).name) + (options.synthetic ? ' (synthetic)' : '');
    const notes = [...stitched.files.flatMap(({ result }) => result.notes.map((note) => (files.length > 1 ? `${result.fileName}: ${note}` : note))), ...stitched.notes];
    const warnings = [...stitched.files.flatMap(({ result }) => result.warnings.map((warning) => `${result.fileName}: ${warning}`)), ...analysis.warnings];
    const report = { cycleNote: analysis.assignment.note, agreementNote: analysis.agreement.note, notes, warnings, incompleteCycle: incompleteCycleOfRows(analysis.cycles), setApartReason: analysis.setApart[0]?.reason ?? null };
    const headerLine = options.saveProfileAs && options.mapping ? (await readFileHead(files[0]!.filePath)).lines[options.mapping.headerLine] : undefined;
    if (options.signal?.aborted) throw new CellbookError('cancelled', 'import cancelled; nothing was saved');

    const db = ctx.notebook.db;
    let name = '';
    // The points and originals are written once and not read back by the import: SQLite's cache
    // (better-sqlite3's 16 MB) only holds them, and with a new notebook's 16 KiB pages it grew the
    // import's peak RSS by 40 MB at 1 M points. With 4 MiB the peak is that of 4 KiB pages, and the
    // cache is given back once the transaction ends.
    const cacheSize = db.pragma('cache_size', { simple: true }) as number;
    db.pragma(`cache_size = -${IMPORT_CACHE_KIB}`);
    let testId: number;
    try {
      testId = db.transaction(() => {
        // Checked again under the write lock: an import of the same file that finished meanwhile
        // (another window, a CLI run) is seen here, so the file is never stored twice.
        for (const entry of read) refuseIfImported(entry.result.fileName, entry.original.sha256);
        if (options.saveProfileAs && options.mapping && headerLine !== undefined) saveColumnProfile(ctx, options.saveProfileAs, headerLine, options.mapping);
        retirePriorTest(ctx, prior, when, options.alsoArchiveTestIds);
        const added = newCellOfBuildId !== null ? addCell(ctx, { buildId: newCellOfBuildId, label: null, fixture: null, stackPressureMPa: null, notes: null }) : null;
        const cellId = added ? added.id : givenCellId;
        name = nameFor(added ? `${newCellBuild} ${added.label}` : cell ? `${cell.buildName} ${cell.label}` : null);
        const id = Number(
          insertRecord(ctx.writer, 'cycling_tests', {
            name,
            cell_id: cellId,
            synthetic: options.synthetic ? 1 : 0,
            format_id: first.format.id,
            format_label: first.format.label,
            cycle_source: analysis.assignment.rule === 'vendor' ? 'file' : 'steps',
            started_at: stitched.startEpochS === null ? null : new Date(stitched.startEpochS * 1000).toISOString(),
            point_count: stitched.series.timeS.length,
            cycle_count: analysis.cycles.length,
            has_temperature: hasTemperature(stitched.series) ? 1 : 0,
            current_is_interval_mean: stitched.series.currentIsIntervalMean ? 1 : 0,
            import_report_json: JSON.stringify(report),
            notes: options.synthetic ? 'Synthetic data: made by a seeded model of the cell, not measured.' : null,
          }),
        );
        const insertFile = db.prepare(
          'INSERT INTO cycling_files (test_id, position, file_name, size_bytes, sha256, format_id, row_count, time_offset_s, gap_before_recorded, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        );
        const at = ctx.writer.now().toISOString();
        const gaps = new Set(stitched.series.unrecordedGapsBefore ?? []);
        let firstPoint = 0;
        stitched.files.forEach(({ result, timeOffsetS }, position) => {
          const original = read.find((entry) => entry.result === result)!.original;
          const gapRecorded = position > 0 && !gaps.has(firstPoint) ? 1 : 0;
          firstPoint += result.rows;
          const fileId = Number(insertFile.run(id, position, result.fileName, original.sizeBytes, original.sha256, result.format.id, result.rows, timeOffsetS, gapRecorded, at).lastInsertRowid);
          storeOriginal(db, fileId, original);
        });
        storeCyclePoints(db, id, stitched.series, analysis.assignment.cycleOfStep);
        storeAnalysis(ctx.writer, id, stitched.series, analysis.assignment.cycleOfStep, analysis.setApartCycle ? [analysis.setApartCycle, ...analysis.cycles] : analysis.cycles, analysis.shortCircuits);
        return id;
      }).immediate();
    } finally {
      db.pragma(`cache_size = ${cacheSize}`);
    }
    ctx.emit({ type: 'changed', tables: ['cycling_tests', 'cells'] });
    const rows = stitched.series.timeS.length;
    const grade = analysis.lifespan.grade ? `, ${gradeText(analysis.lifespan.grade)}` : '';
    const shorts = analysis.shortCircuits.length > 0 ? `; short circuit flagged in cycle ${analysis.shortCircuits[0]!.cycle}` : '';
    return {
      testId,
      name,
      rows,
      cycles: analysis.cycles.length,
      message: `${prior && when === 'continue' ? `Continued "${prior.name}" with ${givenFiles.length} more file${givenFiles.length === 1 ? '' : 's'}` : `Imported "${name}"`}${prior && when === 'replace' ? ` in place of "${prior.name}" (archived)` : ''}: ${rows.toLocaleString('en')} points, ${analysis.cycles.length} cycles (${first.format.label}); lifespan ${analysis.lifespan.label}${grade}${shorts}`,
    };
  } catch (error) {
    // A full disk or a permission in a sentence (how much the import needed, which path).
    throw explainFailure(error, { operation: 'the import', notebookPath: ctx.notebook.path, neededBytes: totalBytes });
  } finally {
    endNote();
    rmSync(spoolDir, { recursive: true, force: true });
  }
}

function readSizeOrZero(filePath: string): number {
  try {
    return statSync(filePath).size;
  } catch {
    return 0;
  }
}
