// `.eln` export (the ELN Consortium's RO-Crate zip, application/vnd.eln+zip): the chosen builds
// with everything they use, or the whole notebook, in one zip with one root folder. The zip is
// streamed into a temporary file beside the destination and renamed into place only when every
// original cycler file and attachment has been read back with the SHA-256 the crate states, so a
// failure leaves nothing under the real name.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { CellbookError } from '../../../shared/api-error';
import { writeFileAtomically } from '../../files/write-file-atomically';
import { getAttachmentContent } from '../attachments';
import type { ServiceContext } from '../context';
import { readOriginalChunk } from '../cycling/original-file';
import { buildRecord, cyclingTestRecord, pressPlanRecord } from './eln-export-builds';
import { withCellbookRows } from './eln-export-cellbook-rows';
import { crateMetadata } from './eln-export-crate';
import { safeSegment, type ElnFile, type ElnRecord } from './eln-export-dataset';
import { batchRecord, lotRecord, materialRecord, recipeVersionRecord } from './eln-export-inventory';
import { selectForEln } from './eln-export-selection';
import { ELN_CHECKPOINT_FILE, elnCheckpointFile } from '../../integrity/report-sections';

export const ELN_MEDIA_TYPE = 'application/vnd.eln+zip';

export interface ElnExportResult {
  file: string;
  rootFolder: string;
  datasets: { builds: number; lots: number; materials: number; batches: number; recipeVersions: number; cyclingTests: number; pressPlans: number };
  files: number;
  bytes: number;
}

function collectRecords(ctx: ServiceContext, buildIds: readonly number[] | null) {
  const author = ctx.writer.operator();
  const selection = selectForEln(ctx, buildIds);
  const exportedBuilds = new Set(selection.buildIds);
  const testsOfBuild = new Map<number, number[]>();
  for (const testId of selection.testIds) {
    const row = ctx.notebook.db.prepare('SELECT cells.build_id AS buildId FROM cycling_tests JOIN cells ON cells.id = cycling_tests.cell_id WHERE cycling_tests.id = ?').get(testId) as { buildId: number } | undefined;
    if (row) testsOfBuild.set(row.buildId, [...(testsOfBuild.get(row.buildId) ?? []), testId]);
  }
  const plans = selection.buildIds.map((id) => pressPlanRecord(ctx, id, author)).filter((plan): plan is ElnRecord => plan !== null);
  const planIdOf = (buildId: number) => (ctx.notebook.db.prepare('SELECT id FROM press_plans WHERE build_id = ? AND archived_at IS NULL').get(buildId) as { id: number } | undefined)?.id ?? null;
  const groups = {
    builds: selection.buildIds.map((id) => buildRecord(ctx, id, author, testsOfBuild.get(id) ?? [], planIdOf(id))),
    pressPlans: plans,
    cyclingTests: selection.testIds.map((id) => cyclingTestRecord(ctx, id, author, exportedBuilds)),
    batches: selection.batchIds.map((id) => batchRecord(ctx, id, author)),
    recipeVersions: selection.recipeVersionIds.map((id) => recipeVersionRecord(ctx, id, author)),
    lots: selection.lotIds.map((id) => lotRecord(ctx, id, author)),
    materials: selection.materialIds.map((id) => materialRecord(ctx, id, author)),
  };
  return withCellbookRows(ctx, groups);
}

/** The bytes of one File entry, piece by piece, checked against the SHA-256 the crate states. */
function pushFile(ctx: ServiceContext, zip: Zip, root: string, file: ElnFile): void {
  const entry = new ZipDeflate(`${root}/${file.path}`, { level: 6 });
  zip.add(entry);
  const hash = createHash('sha256');
  let size = 0;
  const push = (bytes: Uint8Array, final: boolean) => {
    hash.update(bytes);
    size += bytes.byteLength;
    entry.push(bytes, final);
  };
  if (file.source.kind === 'made') {
    push(file.source.bytes, true);
  } else if (file.source.kind === 'attachment') {
    push(Buffer.from(getAttachmentContent(ctx, file.source.attachmentId).contentBase64, 'base64'), true);
  } else {
    const first = readOriginalChunk(ctx.notebook.db, file.source.fileId, 0);
    push(first.bytes, first.chunkCount <= 1);
    for (let seq = 1; seq < first.chunkCount; seq++) push(readOriginalChunk(ctx.notebook.db, file.source.fileId, seq).bytes, seq === first.chunkCount - 1);
  }
  const sha256 = hash.digest('hex');
  if (sha256 !== file.sha256 || size !== file.sizeBytes) {
    throw new CellbookError('refused', `${file.name} in the notebook no longer matches its SHA-256 (${file.sha256.slice(0, 12)}…, ${file.sizeBytes} bytes); nothing was exported. Run: cellbook check`);
  }
}

function directory(zip: Zip, name: string): void {
  const entry = new ZipPassThrough(name);
  zip.add(entry);
  entry.push(new Uint8Array(0), true);
}

/** Writes the .eln file; `buildIds` null exports the whole notebook. */
export function exportEln(ctx: ServiceContext, destination: string, buildIds: readonly number[] | null): ElnExportResult {
  const madeAt = ctx.writer.now();
  const groups = collectRecords(ctx, buildIds);
  const records = Object.values(groups).flat();
  const notebookName = path.basename(ctx.notebook.path).replace(/\.[^.]+$/, '');
  const root = safeSegment(`${notebookName}-${madeAt.toISOString().slice(0, 10)}`);
  const names = buildIds === null ? 'the whole notebook' : groups.builds.map((b) => b.name).join(', ');
  const metadata = crateMetadata({ name: `${notebookName}: ${names}`, description: `Exported from the Cellbook notebook ${path.basename(ctx.notebook.path)}: ${names}, with the lots, materials, batches, recipe versions, press plans and cycling tests they use.`, madeAt }, records);
  const files = [...new Map(records.flatMap((r) => r.files).map((f) => [f.path, f])).values()];
  const checkpoint = elnCheckpointFile(ctx.notebook.db, ctx.notebook.path, madeAt, metadata);
  let bytes = 0;
  writeFileAtomically(destination, (append) => {
    let failure: Error | null = null;
    const zip = new Zip((error, chunk) => {
      if (error) failure = error;
      else {
        bytes += chunk.byteLength;
        append(chunk);
      }
    });
    directory(zip, `${root}/`);
    const meta = new ZipDeflate(`${root}/ro-crate-metadata.json`, { level: 6 });
    zip.add(meta);
    meta.push(Buffer.from(JSON.stringify(metadata, null, 2), 'utf8'), true);
    for (const record of records) directory(zip, `${root}/${record.folder}`);
    for (const file of files) pushFile(ctx, zip, root, file);
    if (checkpoint) {
      const entry = new ZipDeflate(`${root}/${ELN_CHECKPOINT_FILE}`, { level: 6 });
      zip.add(entry);
      entry.push(checkpoint, true);
    }
    zip.end();
    if (failure) throw failure;
  });
  const count = (key: keyof typeof groups) => groups[key].length;
  return {
    file: destination,
    rootFolder: root,
    datasets: { builds: count('builds'), lots: count('lots'), materials: count('materials'), batches: count('batches'), recipeVersions: count('recipeVersions'), cyclingTests: count('cyclingTests'), pressPlans: count('pressPlans') },
    files: files.length + (checkpoint ? 1 : 0),
    bytes,
  };
}
