// The exchange operations mapped to the services that do them. An .eln file arrives as an upload
// (the renderer has no path on disk to give); it is forgotten once imported.
import type { exchangeApi } from '../../../shared/api/exchange';
import { importElnFile, previewElnImport } from '../exchange/eln-import';
import { listImportedEntries } from '../exchange/eln-imported-entries';
import type { AreaHandlers } from './area-handlers';

export const exchangeHandlers: AreaHandlers<typeof exchangeApi> = {
  previewElnImport: (ctx, input) => {
    const upload = ctx.uploads.completed(input.uploadId);
    return previewElnImport(ctx, upload.filePath, upload.fileName);
  },
  importEln: async (ctx, input) => {
    const upload = ctx.uploads.completed(input.uploadId);
    const report = await importElnFile(ctx, upload.filePath, upload.fileName);
    ctx.uploads.discard(input.uploadId);
    return report;
  },
  listImportedEntries: (ctx) => listImportedEntries(ctx),
};
