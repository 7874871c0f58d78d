// What the import dialog asks before importing: what each uploaded file is (the detected format,
// the other candidates, or why Cellbook refuses it), its first lines for the column mapping, and
// whether the notebook already holds it. Then the import itself, as a job with progress and Cancel.
import type { z } from 'zod';
import { CellbookError } from '../../../shared/api-error';
import type { DetectedFile, startCyclingImportSchema } from '../../../shared/schemas/cycling';
import { readFileHead } from '../../importers/cycler/file-head';
import { CYCLER_REFUSALS } from '../../importers/cycler/formats/index';
import type { ServiceContext } from '../context';
import { importCyclingTest, importFormats, testHoldingFile } from './import-cycling-test';

const PREVIEW_LINES = 40;
const MB = 1024 * 1024;

export async function detectUploadedFile(ctx: ServiceContext, uploadId: string): Promise<DetectedFile> {
  const upload = ctx.uploads.completed(uploadId);
  const base = { uploadId, fileName: upload.fileName, sizeBytes: 0, format: null, candidates: [], refusal: null, previewLines: [], profile: null, alreadyImported: null };
  let head;
  try {
    head = await readFileHead(upload.filePath, upload.fileName);
  } catch (error) {
    if (error instanceof CellbookError) return { ...base, refusal: error.message };
    throw error;
  }
  // Hashed as it arrived (uploads.ts); the import uses the same hash.
  const alreadyImported = testHoldingFile(ctx, upload.sha256);
  const result = { ...base, sizeBytes: head.sizeBytes, previewLines: head.lines.slice(0, PREVIEW_LINES), alreadyImported };
  for (const refusal of CYCLER_REFUSALS) {
    const reason = refusal.test(head);
    if (reason) return { ...result, refusal: `${upload.fileName}: ${reason}` };
  }
  const candidates = importFormats(ctx)
    .map((format) => ({ id: format.id, label: format.label, score: format.detect(head) }))
    .filter((candidate) => candidate.score > 0)
    .sort((a, b) => b.score - a.score);
  const best = candidates[0] && candidates[0].score >= 0.3 ? candidates[0] : null;
  const profileMatch = best?.id.startsWith('profile-') ? { id: Number(best.id.slice('profile-'.length)), name: best.label } : null;
  return { ...result, format: best, candidates, profile: profileMatch };
}

export function startCyclingImport(ctx: ServiceContext, input: z.output<typeof startCyclingImportSchema>): { jobId: string } {
  const files = input.uploadIds.map((uploadId) => ctx.uploads.completed(uploadId));
  const label = files.length === 1 ? `Importing ${files[0]!.fileName}` : `Importing ${files.length} files (${files[0]!.fileName}, …)`;
  const job = ctx.jobs.start({ kind: 'cycling-import', label, unit: 'MB' }, async (handle) => {
    const outcome = await importCyclingTest(ctx, files, {
      cellId: input.cellId,
      name: input.name,
      formatId: input.formatId,
      mapping: input.mapping,
      saveProfileAs: input.saveProfileAs,
      allowDuplicate: input.allowDuplicate,
      whenCellHasTest: input.whenCellHasTest,
      signal: handle.signal,
      onProgress: ({ bytesRead, totalBytes, rows }) => handle.progress(Math.round((bytesRead / MB) * 10) / 10, Math.round((totalBytes / MB) * 10) / 10, `${rows.toLocaleString('en')} rows`),
    });
    for (const uploadId of input.uploadIds) ctx.uploads.discard(uploadId);
    return { message: outcome.message, recordId: outcome.testId };
  });
  return { jobId: job.id };
}
