// Cycling tests: uploads, detection, import jobs, tests, their points and originals, settings.
// Part of the one API contract (shared/api.ts assembles the parts).
import { z } from 'zod';
import { idInputSchema } from '../schemas/fields';
import { jobStartedSchema } from '../schemas/jobs';
import { attachCyclingTestSchema, beginUploadSchema, columnProfileSchema, cyclePointsQuerySchema, cyclePointsSchema, cyclingFileChunkQuerySchema, cyclingFileChunkSchema, cyclerFormatSchema, cyclingSettingsSchema, cyclingSettingsUpdateSchema, cyclingTestDetailSchema, cyclingTestListQuerySchema, cyclingTestRowSchema, detectedFileSchema, startCyclingImportSchema, updateCyclingTestSchema, uploadChunkSchema, uploadIdSchema, uploadStatusSchema } from '../schemas/cycling';
import { noInput, operation } from './operation';

export const cyclingApi = {
  beginUpload: operation({
    doc: 'Announce a file to send for import (name and size); its bytes follow in uploadChunk calls.',
    input: beginUploadSchema,
    output: uploadStatusSchema,
  }),
  uploadChunk: operation({ doc: "The next bytes of an upload (base64, in order, at most 8 MiB per call).", input: uploadChunkSchema, output: uploadStatusSchema }),
  discardUpload: operation({ doc: 'Forget an upload that will not be imported and delete its bytes.', input: z.object({ uploadId: uploadIdSchema }).strict(), output: z.object({}) }),
  detectCyclerFile: operation({
    doc: 'What an uploaded file is: the cycler format its content matches (and the other candidates), or why it is refused; its first lines; whether it is already imported.',
    input: z.object({ uploadId: uploadIdSchema }).strict(),
    output: detectedFileSchema,
  }),
  listCyclerFormats: operation({ doc: 'The cycler export formats Cellbook reads, and the saved column profiles.', input: noInput, output: z.array(cyclerFormatSchema) }),
  startCyclingImport: operation({
    doc: 'Import uploaded files as one cycling test (of a cell, or unassigned); runs as a job with progress (MB and rows) and Cancel, in one transaction.',
    input: startCyclingImportSchema,
    output: jobStartedSchema,
  }),
  listCyclingTests: operation({ doc: 'Cycling tests with their cell, cycles, lifespan grade and first flagged short circuit.', input: cyclingTestListQuerySchema, output: z.array(cyclingTestRowSchema) }),
  getCyclingTest: operation({
    doc: 'One cycling test: its files, the import report, the per-cycle table (with mAh/g and mAh/cm² from the build), the lifespan grade and the short-circuit flags.',
    input: idInputSchema,
    output: cyclingTestDetailSchema,
  }),
  getCyclingFileChunk: operation({ doc: 'One 4 MiB piece of a kept original export, decompressed (base64), with the piece count and SHA-256, for a download assembled piece by piece.', input: cyclingFileChunkQuerySchema, output: cyclingFileChunkSchema }),
  getCyclePoints: operation({ doc: 'Points of chosen cycles for plots (thinned to at most maxPointsPerCycle each).', input: cyclePointsQuerySchema, output: cyclePointsSchema }),
  updateCyclingTest: operation({ doc: "Rename a cycling test or change its notes.", input: updateCyclingTestSchema, output: cyclingTestDetailSchema }),
  attachCyclingTest: operation({
    doc: "Attach a cycling test to a cell (or detach it with null); its cycle table is recomputed with the new build. When the cell has a test already, this one continues it (both stitched into one new test, both archived), replaces it (archived) or is a second test; the test then shown is returned.",
    input: attachCyclingTestSchema,
    output: cyclingTestDetailSchema,
  }),
  archiveCyclingTest: operation({ doc: 'Take a cycling test out of lists; it stays reachable and restorable.', input: idInputSchema, output: cyclingTestDetailSchema }),
  restoreCyclingTest: operation({ doc: 'Bring an archived cycling test back.', input: idInputSchema, output: cyclingTestDetailSchema }),
  getCyclingSettings: operation({ doc: "The lifespan grade's reference cycle and retention, and the short-circuit thresholds.", input: noInput, output: cyclingSettingsSchema }),
  updateCyclingSettings: operation({
    doc: 'Change the lifespan or short-circuit settings (history is kept); every test is re-checked with them.',
    input: cyclingSettingsUpdateSchema,
    output: cyclingSettingsSchema,
  }),
  listColumnProfiles: operation({ doc: 'Column mappings saved from the generic CSV/TSV importer.', input: noInput, output: z.array(columnProfileSchema) }),
} as const;
