// The entries imported from other notebooks, for the Notebook area's list: newest first, each with
// its notes, values and attached files.
import type { ImportedEntry } from '../../../shared/schemas/eln-import';
import type { ServiceContext } from '../context';

interface EntryRow {
  id: number;
  name: string;
  kind: ImportedEntry['kind'];
  source_notebook: string;
  source_file: string;
  author: string | null;
  source_created_at: string | null;
  keywords_json: string;
  notes: string | null;
  values_json: string;
  created_at: string;
}

export function listImportedEntries(ctx: ServiceContext): ImportedEntry[] {
  const rows = ctx.notebook.db.prepare('SELECT * FROM imported_entries WHERE archived_at IS NULL ORDER BY id DESC').all() as EntryRow[];
  const files = ctx.notebook.db.prepare("SELECT a.id, a.file_name, a.media_type, a.blob_sha256, b.byte_length FROM attachments a JOIN blobs b ON b.sha256 = a.blob_sha256 WHERE a.record_table = 'imported_entries' AND a.record_id = ? AND a.archived_at IS NULL ORDER BY a.id");
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    kind: row.kind,
    sourceNotebook: row.source_notebook,
    sourceFile: row.source_file,
    author: row.author,
    sourceCreatedAt: row.source_created_at,
    keywords: JSON.parse(row.keywords_json) as string[],
    notes: row.notes,
    values: JSON.parse(row.values_json) as ImportedEntry['values'],
    attachments: (files.all(String(row.id)) as Array<{ id: number; file_name: string; media_type: string; blob_sha256: string; byte_length: number }>).map((f) => ({ id: f.id, fileName: f.file_name, mediaType: f.media_type, byteLength: f.byte_length, sha256: f.blob_sha256 })),
    importedAt: row.created_at,
  }));
}
