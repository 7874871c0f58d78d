// Exchange with other lab notebooks: .eln files (the ELN Consortium's RO-Crate zip) coming in.
// Part of the one API contract (shared/api.ts assembles the parts).
import { z } from 'zod';
import { elnImportInputSchema, elnImportReportSchema, importedEntrySchema } from '../schemas/eln-import';
import { noInput, operation } from './operation';

export const exchangeApi = {
  previewElnImport: operation({
    doc: 'What importing an uploaded .eln file would do: which entries become which records, the files kept with their SHA-256 check, what is left out; writes nothing. An unsafe or broken file is refused with a sentence naming the entry.',
    input: elnImportInputSchema,
    output: elnImportReportSchema,
  }),
  importEln: operation({
    doc: 'Import an uploaded .eln file: an automatic backup first, then every record in one transaction; answers with the report of what became what.',
    input: elnImportInputSchema,
    output: elnImportReportSchema,
  }),
  listImportedEntries: operation({
    doc: "Entries imported from other notebooks' .eln files, newest first, with their notes, values and attachments.",
    input: noInput,
    output: z.array(importedEntrySchema),
  }),
} as const;
