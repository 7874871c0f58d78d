// What an .eln import says before and after it writes: which of the file's entries became which
// records, the files kept as attachments with their SHA-256 check, what was left out and why, and
// the departures from the ELN file format it tolerated.
import { z } from 'zod';
import { uploadIdSchema } from './cycling';

/** The .eln file, sent first as an upload (beginUpload, uploadChunk). */
export const elnImportInputSchema = z.object({ uploadId: uploadIdSchema }).strict();

export const elnImportedRecordSchema = z.object({
  /** The entry's @id in the file. */
  sourceId: z.string(),
  name: z.string(),
  /** What it became, in the lab's words: "imported entry (experiment)", "build", "lot", … */
  became: z.string(),
  /** The Cellbook table and id once written (null in a preview). */
  recordTable: z.string(),
  recordId: z.number().int().nullable(),
  /** It was already in the notebook (same name) and was used instead of a second copy. */
  matchedExisting: z.boolean(),
  values: z.number().int().nonnegative(),
  attachments: z.number().int().nonnegative(),
});

export const elnImportedFileSchema = z.object({
  fileName: z.string(),
  /** The record it is attached to (its name as in the file). */
  entry: z.string(),
  sizeBytes: z.number().int().nonnegative(),
  sha256: z.string(),
  /** 'matches': the file stated a SHA-256 and the bytes have it; 'not stated': Cellbook recorded its own. */
  check: z.enum(['matches', 'not stated']),
});

export const elnImportReportSchema = z.object({
  fileName: z.string(),
  /** The notebook that wrote the file, as it names itself. */
  sourceNotebook: z.string(),
  /** 'cellbook': a Cellbook crate rebuilt record by record; 'other': another notebook's entries. */
  source: z.enum(['cellbook', 'other']),
  records: z.array(elnImportedRecordSchema),
  files: z.array(elnImportedFileSchema),
  /** Record counts by what they became, e.g. { "imported entry (experiment)": 10 }. */
  counts: z.record(z.string(), z.number().int()),
  leftOut: z.array(z.string()),
  quirks: z.array(z.string()),
  committed: z.boolean(),
  /** The automatic backup taken before writing (its file name), when one was. */
  backup: z.string().nullable(),
});

export type ElnImportReport = z.infer<typeof elnImportReportSchema>;
export type ElnImportedRecord = z.infer<typeof elnImportedRecordSchema>;
export type ElnImportedFile = z.infer<typeof elnImportedFileSchema>;

/** An entry imported from another notebook, as the Notebook area lists it. */
export const importedEntrySchema = z.object({
  id: z.number().int(),
  name: z.string(),
  kind: z.enum(['experiment', 'sample', 'entry']),
  sourceNotebook: z.string(),
  sourceFile: z.string(),
  author: z.string().nullable(),
  sourceCreatedAt: z.string().nullable(),
  keywords: z.array(z.string()),
  notes: z.string().nullable(),
  values: z.array(z.object({ name: z.string(), value: z.union([z.string(), z.number(), z.boolean()]), unit: z.string().nullable() })),
  attachments: z.array(z.object({ id: z.number().int(), fileName: z.string(), mediaType: z.string(), byteLength: z.number().int(), sha256: z.string() })),
  importedAt: z.string(),
});
export type ImportedEntry = z.infer<typeof importedEntrySchema>;
