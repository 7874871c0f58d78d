// A crate Cellbook wrote itself, rebuilt record by record: each Dataset's cellbook-record.json
// (declared in the crate as conforming to Cellbook's record format) holds its rows, and the crate's
// File entries hold the bytes of attachments and original cycler files. Every file's SHA-256 is
// checked against the crate first. A crate from Cellbook without those files (or from a newer
// Cellbook's schema) is read like any other notebook's crate, or refused with a sentence.
import { CellbookError } from '../../../shared/api-error';
import type { ElnImportedFile, ElnImportedRecord } from '../../../shared/schemas/eln-import';
import type { ServiceContext } from '../context';
import { CELLBOOK_RECORD_FILE, CELLBOOK_RECORD_FORMAT, CELLBOOK_ROW_TABLES, CELLBOOK_RECORD_FORMAT_ID, CELLBOOK_RECORD_FORMAT_VERSION, type CellbookRecordJson, type Row, type RowsByTable } from './eln-export-cellbook-rows';
import type { RecordTable } from './eln-export-dataset';
import type { ElnImportPlan } from './eln-import';
import { hasType, refsOf, type Crate, type Entity } from './eln-import-crate';
import { fileItselfEntry, plannedFile, topLevelDatasets, type PlannedFile } from './eln-import-entries';
import { putRows } from './eln-import-rows';
import { entriesReport } from './eln-import-write-entries';
import type { ElnArchive } from './eln-import-zip';

const BECAME: Record<RecordTable, string> = { builds: 'build', lots: 'lot', materials: 'material', batches: 'batch', recipe_versions: 'recipe version', cycling_tests: 'cycling test', press_plans: 'press plan' };

const keyOf = (row: Row) => (typeof row.id === 'number' ? `id ${row.id}` : JSON.stringify([row.test_id, row.file_id, row.cycle, row.kind, row.seq]));

function readRecord(archive: ElnArchive, file: PlannedFile, schemaVersion: number): CellbookRecordJson {
  let record: CellbookRecordJson;
  try {
    record = JSON.parse(Buffer.from(file.bytes).toString('utf8')) as CellbookRecordJson;
  } catch (error) {
    throw new CellbookError('validation', `${archive.fileName}: ${file.zipPath} is not valid JSON (${(error as Error).message}); nothing was imported.`);
  }
  if (typeof record !== 'object' || record === null || record.format !== CELLBOOK_RECORD_FORMAT || typeof record.rows !== 'object' || record.rows === null || !(record.table in BECAME)) throw new CellbookError('validation', `${archive.fileName}: ${file.zipPath} is not a Cellbook record; nothing was imported.`);
  const unknown = Object.keys(record.rows).find((table) => !CELLBOOK_ROW_TABLES.has(table) || !Array.isArray(record.rows[table]) || record.rows[table]!.some((row) => typeof row !== 'object' || row === null || Array.isArray(row)));
  if (unknown !== undefined) throw new CellbookError('validation', `${archive.fileName}: ${file.zipPath} holds rows of "${unknown.slice(0, 60)}", which a Cellbook record cannot hold; nothing was imported.`);
  if (record.formatVersion > CELLBOOK_RECORD_FORMAT_VERSION || record.schemaVersion > schemaVersion) {
    throw new CellbookError('refused', `${archive.fileName} was written by a newer Cellbook (notebook schema ${record.schemaVersion}, this one reads up to ${schemaVersion}); update Cellbook to import it. Nothing was imported.`);
  }
  return record;
}

/** The plan for a Cellbook crate, or null when the crate is not one Cellbook can rebuild. */
export function planCellbookCrate(ctx: ServiceContext, crate: Crate, archive: ElnArchive): ElnImportPlan | null {
  const own = [...crate.byId.values()].filter((e) => hasType(e, 'File') && e.name === CELLBOOK_RECORD_FILE && refsOf(e.conformsTo).includes(CELLBOOK_RECORD_FORMAT_ID));
  if (own.length === 0) return null;
  // Every file the crate names is checked (present, SHA-256 and size as stated) before anything is read from it.
  const files = [...crate.byId.values()].filter((e) => hasType(e, 'File')).map((e) => plannedFile(crate, archive, e, 'the crate')).filter((f): f is PlannedFile => f !== null);
  const bytesBySha = new Map(files.map((f) => [f.sha256, f.bytes]));
  const recordFiles = new Map(files.filter((f) => f.fileName === CELLBOOK_RECORD_FILE).map((f) => [f.zipPath, f]));
  const datasets = topLevelDatasets(crate).filter((d) => refsOf(d.hasPart).some((id) => own.some((o) => o['@id'] === id)));
  const records = datasets.map((dataset) => {
    const fileId = refsOf(dataset.hasPart).find((id) => own.some((o) => o['@id'] === id))!;
    const file = [...recordFiles.values()].find((f) => `./${f.zipPath}` === fileId || f.zipPath === fileId.replace(/^\.\//, ''));
    if (!file) throw new CellbookError('validation', `${archive.fileName}: ${fileId} is not in the .eln; nothing was imported.`);
    return { dataset, record: readRecord(archive, file, ctx.notebook.schemaVersion) };
  });
  // One table of rows for the whole crate: a row two records carry (a recipe, a location) once.
  const rows: RowsByTable = {};
  for (const { record } of records) {
    for (const [table, tableRows] of Object.entries(record.rows)) {
      const seen = new Set((rows[table] ?? []).map(keyOf));
      rows[table] = [...(rows[table] ?? []), ...tableRows.filter((row) => !seen.has(keyOf(row)))];
    }
  }
  for (const tableRows of Object.values(rows)) tableRows.sort((a, b) => (typeof a.id === 'number' && typeof b.id === 'number' ? a.id - b.id : 0));
  // The files the rows name (attachments, original cycler files) go where the rows put them.
  const named = new Set([...(rows.attachments ?? []).map((r) => r.blob_sha256), ...(rows.cycling_files ?? []).map((r) => r.sha256)]);
  const reported = files.filter((f) => named.has(f.sha256) && f.fileName !== CELLBOOK_RECORD_FILE);
  const cycleTables = files.filter((f) => f.fileName === 'cycles.csv' && !named.has(f.sha256));
  const leftOut = cycleTables.length > 0 ? [`${cycleTables.length} cycles.csv files: each test's cycle table is rebuilt from its own rows, so the CSV copy is not stored`] : [];
  // Everything else of the zip (its metadata as written, a checkpoint of the notebook that wrote it) is kept with the file's own entry.
  const held = new Set([...reported, ...cycleTables, ...recordFiles.values()].map((f) => f.zipPath));
  const itself = fileItselfEntry(crate, archive, held, records.length, new Set(crate.byId.values()));
  return {
    source: 'cellbook',
    sourceNotebook: crate.publisher,
    leftOut,
    quirks: crate.quirks,
    run: (runCtx, write) => {
      const outcome = putRows(runCtx, rows, bytesBySha, write);
      const recordsOut: ElnImportedRecord[] = records.map(({ dataset, record }) => ({
        sourceId: dataset['@id'],
        name: typeof dataset.name === 'string' ? dataset.name : dataset['@id'],
        became: BECAME[record.table],
        recordTable: record.table,
        recordId: write || outcome.matched.get(record.table)?.has(record.id) ? (outcome.ids.get(record.table)?.get(record.id) ?? null) : null,
        matchedExisting: outcome.matched.get(record.table)?.has(record.id) ?? false,
        values: refsOf(dataset.variableMeasured).length,
        attachments: refsOf(dataset.hasPart).filter((id) => id !== refsOf(dataset.hasPart).find((p) => own.some((o) => o['@id'] === p))).length,
      }));
      const filesOut: ElnImportedFile[] = reported.map((f) => ({ fileName: f.fileName, entry: ownerName(crate, datasets, f), sizeBytes: f.bytes.byteLength, sha256: f.sha256, check: f.check }));
      const kept = entriesReport([itself], crate.publisher, archive.fileName, runCtx, write);
      return { records: [...recordsOut, ...kept.records], files: [...filesOut, ...kept.files] };
    },
  };
}

function ownerName(crate: Crate, datasets: Entity[], file: PlannedFile): string {
  const owner = datasets.find((d) => refsOf(d.hasPart).some((id) => id.replace(/^\.\//, '') === file.zipPath));
  return owner && typeof owner.name === 'string' ? owner.name : (typeof crate.root.name === 'string' ? crate.root.name : '');
}
