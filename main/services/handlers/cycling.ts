// The cycling operations mapped to the services that do them.
import { getCyclePoints } from '../cycling/cycle-points-query';
import { readOriginalChunk } from '../cycling/original-file';
import { getCyclingSettings } from '../cycling/cycling-settings';
import { attachCyclingTest, changeCyclingSettings, continueCellTest, getCyclingTest, listCyclingTests, setCyclingTestArchived, updateCyclingTest } from '../cycling/cycling-tests';
import { detectUploadedFile, startCyclingImport } from '../cycling/cycling-uploads';
import { listColumnProfiles } from '../cycling/column-profiles';
import { importFormats } from '../cycling/import-cycling-test';
import type { AreaHandlers } from './area-handlers';
import type { cyclingApi } from '../../../shared/api/cycling';

export const cyclingHandlers: AreaHandlers<typeof cyclingApi> = {
  beginUpload: (ctx, input) => ctx.uploads.begin(input.fileName, input.sizeBytes),
  uploadChunk: (ctx, input) => ctx.uploads.append(input.uploadId, input.offset, input.dataBase64),
  discardUpload: (ctx, input) => {
    ctx.uploads.discard(input.uploadId);
    return {};
  },
  detectCyclerFile: (ctx, input) => detectUploadedFile(ctx, input.uploadId),
  listCyclerFormats: (ctx) => importFormats(ctx).map((format) => ({ id: format.id, label: format.label })),
  startCyclingImport: (ctx, input) => startCyclingImport(ctx, input),
  listCyclingTests: (ctx, input) => listCyclingTests(ctx, input),
  getCyclingTest: (ctx, input) => getCyclingTest(ctx, input.id),
  getCyclingFileChunk: (ctx, input) => {
    const chunk = readOriginalChunk(ctx.notebook.db, input.fileId, input.seq);
    return { fileName: chunk.fileName, sizeBytes: chunk.sizeBytes, sha256: chunk.sha256, chunkCount: chunk.chunkCount, seq: input.seq, contentBase64: chunk.bytes.toString('base64') };
  },
  getCyclePoints: (ctx, input) => getCyclePoints(ctx, input),
  updateCyclingTest: (ctx, input) => updateCyclingTest(ctx, input),
  attachCyclingTest: (ctx, input) =>
    input.whenCellHasTest === 'continue' && input.cellId !== null
      ? continueCellTest(ctx, { id: input.id, cellId: input.cellId })
      : attachCyclingTest(ctx, { id: input.id, cellId: input.cellId, whenCellHasTest: input.whenCellHasTest === 'replace' ? 'replace' : 'second' }),
  archiveCyclingTest: (ctx, input) => setCyclingTestArchived(ctx, input.id, true),
  restoreCyclingTest: (ctx, input) => setCyclingTestArchived(ctx, input.id, false),
  getCyclingSettings: (ctx) => getCyclingSettings(ctx),
  updateCyclingSettings: (ctx, input) => changeCyclingSettings(ctx, input),
  listColumnProfiles: (ctx) => listColumnProfiles(ctx.notebook.db),
};
