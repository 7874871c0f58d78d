// Writes another notebook's entries as imported entries with their attachments; runs inside the
// import's one transaction. An entry already imported from the same notebook and file (same @id)
// is not written twice: the report says it was found.
import type { ElnImportedFile, ElnImportedRecord } from '../../../shared/schemas/eln-import';
import { insertRecord } from '../../db/records';
import { storeBlob } from '../attachments';
import type { ServiceContext } from '../context';
import type { PlannedEntry } from './eln-import-entries';

/** "imported entry (experiment)", "imported entry (sample)", or just "imported entry". */
export const becameWords = (entry: PlannedEntry) => (entry.kind === 'entry' ? 'imported entry' : `imported entry (${entry.kind})`);

function existingEntry(ctx: ServiceContext, publisher: string, fileName: string, sourceId: string): number | null {
  const row = ctx.notebook.db.prepare('SELECT id FROM imported_entries WHERE source_notebook = ? AND source_file = ? AND source_id = ? AND archived_at IS NULL').get(publisher, fileName, sourceId) as { id: number } | undefined;
  return row?.id ?? null;
}

/** The report's lines for the entries; with `write`, writes them too. */
export function entriesReport(entries: readonly PlannedEntry[], publisher: string, fileName: string, ctx: ServiceContext, write: boolean): { records: ElnImportedRecord[]; files: ElnImportedFile[] } {
  const records: ElnImportedRecord[] = [];
  const files: ElnImportedFile[] = [];
  for (const entry of entries) {
    const found = existingEntry(ctx, publisher, fileName, entry.sourceId);
    let recordId: number | null = found;
    if (write && found === null) {
      recordId = Number(
        insertRecord(ctx.writer, 'imported_entries', {
          name: entry.name,
          kind: entry.kind,
          source_notebook: publisher,
          source_file: fileName,
          source_id: entry.sourceId,
          author: entry.author,
          source_created_at: entry.createdAt,
          source_modified_at: entry.modifiedAt,
          keywords_json: JSON.stringify(entry.keywords),
          notes: entry.notes,
          values_json: JSON.stringify(entry.values),
          metadata_json: JSON.stringify(entry.metadata),
        }),
      );
      const attached = new Set<string>();
      for (const file of entry.files) {
        if (attached.has(file.sha256)) continue;
        attached.add(file.sha256);
        insertRecord(ctx.writer, 'attachments', { record_table: 'imported_entries', record_id: String(recordId), blob_sha256: storeBlob(ctx, file.bytes), file_name: file.fileName, media_type: file.mediaType, note: file.note });
      }
    }
    records.push({ sourceId: entry.sourceId, name: entry.name, became: becameWords(entry), recordTable: 'imported_entries', recordId, matchedExisting: found !== null, values: entry.values.length, attachments: new Set(entry.files.map((file) => file.sha256)).size });
    for (const file of entry.files) files.push({ fileName: file.fileName, entry: entry.name, sizeBytes: file.bytes.byteLength, sha256: file.sha256, check: file.check });
  }
  return { records, files };
}
