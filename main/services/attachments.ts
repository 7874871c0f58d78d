// Files attached to records (certificates of analysis, datasheets, photos). Contents are stored
// once by SHA-256 in the notebook, so the same PDF attached to ten lots takes its size once and
// attaching a file again is recognised.
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { CellbookError } from '../../shared/api-error';
import { formatBytes } from '../../shared/format/bytes';
import { ATTACHMENT_MAX_BYTES, type addAttachmentSchema, type Attachment, type listAttachmentsSchema } from '../../shared/schemas/attachments';
import { archiveRecord, insertRecord } from '../db/records';
import { queryOne } from '../db/query';
import { sql, sqlId } from '../db/sql';
import type { ServiceContext } from './context';

interface AttachmentRow {
  id: number;
  record_table: Attachment['recordTable'];
  record_id: string;
  blob_sha256: string;
  file_name: string;
  media_type: string;
  note: string | null;
  created_at: string;
  archived_at: string | null;
  byte_length: number;
}

const RECORD_WORD: Record<Attachment['recordTable'], string> = { materials: 'material', lots: 'lot', recipes: 'recipe', batches: 'batch', builds: 'build', press_steps: 'press step' };

const SELECT_ATTACHMENT = 'SELECT attachments.*, blobs.byte_length FROM attachments JOIN blobs ON blobs.sha256 = attachments.blob_sha256';

function toAttachment(row: AttachmentRow): Attachment {
  return {
    id: row.id,
    recordTable: row.record_table,
    recordId: row.record_id,
    fileName: row.file_name,
    mediaType: row.media_type,
    byteLength: row.byte_length,
    sha256: row.blob_sha256,
    note: row.note,
    createdAt: row.created_at,
    archivedAt: row.archived_at,
  };
}

/** Stores bytes once; returns their SHA-256. */
export function storeBlob(ctx: ServiceContext, bytes: Uint8Array): string {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  ctx.notebook.db
    .prepare('INSERT INTO blobs (sha256, byte_length, content, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING')
    .run(sha256, bytes.byteLength, Buffer.from(bytes), ctx.writer.now().toISOString());
  return sha256;
}

export function addAttachment(ctx: ServiceContext, input: z.output<typeof addAttachmentSchema>): Attachment {
  const bytes = Buffer.from(input.contentBase64, 'base64');
  if (bytes.byteLength > ATTACHMENT_MAX_BYTES) {
    throw new CellbookError('validation', `${input.fileName} is ${formatBytes(bytes.byteLength)}; attachments can be at most ${formatBytes(ATTACHMENT_MAX_BYTES)}`);
  }
  // The table name comes from the schema's enum, never from free text.
  const exists = queryOne(ctx.notebook.db, sql`SELECT 1 FROM ${sqlId(input.recordTable)} WHERE id = ${input.recordId}`);
  if (!exists) throw new CellbookError('not_found', `${RECORD_WORD[input.recordTable]} ${input.recordId} does not exist`);
  const id = ctx.notebook.db.transaction(() => {
    const sha256 = storeBlob(ctx, bytes);
    const duplicate = ctx.notebook.db
      .prepare('SELECT file_name FROM attachments WHERE record_table = ? AND record_id = ? AND blob_sha256 = ? AND archived_at IS NULL')
      .get(input.recordTable, String(input.recordId), sha256) as { file_name: string } | undefined;
    if (duplicate) throw new CellbookError('conflict', `this file is already attached here as ${duplicate.file_name}`);
    return insertRecord(ctx.writer, 'attachments', {
      record_table: input.recordTable,
      record_id: String(input.recordId),
      blob_sha256: sha256,
      file_name: input.fileName,
      media_type: input.mediaType,
      note: input.note,
    });
  })();
  ctx.emit({ type: 'changed', tables: ['attachments'] });
  return toAttachment(ctx.notebook.db.prepare(`${SELECT_ATTACHMENT} WHERE attachments.id = ?`).get(id) as AttachmentRow);
}

export function listAttachments(ctx: ServiceContext, input: z.output<typeof listAttachmentsSchema>): Attachment[] {
  const rows = ctx.notebook.db
    .prepare(`${SELECT_ATTACHMENT} WHERE record_table = ? AND record_id = ? AND attachments.archived_at IS NULL ORDER BY attachments.id`)
    .all(input.recordTable, String(input.recordId)) as AttachmentRow[];
  return rows.map(toAttachment);
}

export function getAttachmentContent(ctx: ServiceContext, id: number): { fileName: string; mediaType: string; contentBase64: string } {
  const row = ctx.notebook.db
    .prepare('SELECT attachments.file_name, attachments.media_type, blobs.content FROM attachments JOIN blobs ON blobs.sha256 = attachments.blob_sha256 WHERE attachments.id = ?')
    .get(id) as { file_name: string; media_type: string; content: Buffer } | undefined;
  if (!row) throw new CellbookError('not_found', `attachment ${id} does not exist`);
  return { fileName: row.file_name, mediaType: row.media_type, contentBase64: row.content.toString('base64') };
}

export function archiveAttachment(ctx: ServiceContext, id: number): void {
  archiveRecord(ctx.writer, 'attachments', id);
  ctx.emit({ type: 'changed', tables: ['attachments'] });
}
