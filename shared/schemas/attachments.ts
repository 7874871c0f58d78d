import { z } from 'zod';
import { recordIdSchema, requiredText } from './fields';

export const ATTACHMENT_MAX_BYTES = 32 * 1024 * 1024;

/** Records that can carry attachments (certificates, datasheets, photos, TGA/BET files). */
export const attachableTableSchema = z.enum(['materials', 'lots', 'recipes', 'batches', 'builds', 'press_steps']);

export const attachmentSchema = z.object({
  id: z.number().int(),
  recordTable: attachableTableSchema,
  recordId: z.string(),
  fileName: z.string(),
  mediaType: z.string(),
  byteLength: z.number().int(),
  sha256: z.string(),
  note: z.string().nullable(),
  createdAt: z.string(),
  archivedAt: z.string().nullable(),
});
export type Attachment = z.infer<typeof attachmentSchema>;

export const addAttachmentSchema = z
  .object({
    recordTable: attachableTableSchema,
    recordId: recordIdSchema,
    fileName: requiredText(255, 'the file needs a name'),
    mediaType: z.string().max(200).default('application/octet-stream'),
    /** The file's bytes, base64-encoded (the contract carries JSON). */
    contentBase64: z.string().max(Math.ceil((ATTACHMENT_MAX_BYTES * 4) / 3) + 4, `a file of at most ${ATTACHMENT_MAX_BYTES / 1024 / 1024} MiB`),
    note: z.string().trim().max(500).nullable().default(null),
  })
  .strict();

export const listAttachmentsSchema = z.object({ recordTable: attachableTableSchema, recordId: recordIdSchema }).strict();

export const attachmentContentSchema = z.object({ fileName: z.string(), mediaType: z.string(), contentBase64: z.string() });
