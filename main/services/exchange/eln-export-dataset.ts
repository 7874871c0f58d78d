// The shape every exported record takes in an .eln crate: a Dataset folder with the metadata the
// ELN Consortium asks of each (name, author, both dates, text, keywords as one comma-separated
// string), its numbers as PropertyValues, links to the records it uses, and its files.
import type { ServiceContext } from '../context';
import type { PropertyValueEntity } from './eln-export-values';

/** Where a File entry's bytes come from when the zip is written. */
export type FileSource = { kind: 'original'; fileId: number } | { kind: 'attachment'; attachmentId: number } | { kind: 'made'; bytes: Uint8Array };

export interface ElnFile {
  /** The zip path below the crate's root folder, and the File entity's @id (with a leading "./"). */
  path: string;
  name: string;
  encodingFormat: string;
  sizeBytes: number;
  sha256: string;
  source: FileSource;
}

export interface ElnRecord {
  /** The Dataset's folder, e.g. "builds/3/"; its @id is "./builds/3/". */
  folder: string;
  name: string;
  author: string;
  dateCreated: string;
  dateModified: string;
  text: string;
  keywords: string[];
  values: PropertyValueEntity[];
  mentions: string[];
  isBasedOn: string[];
  files: ElnFile[];
}

export type RecordTable = 'builds' | 'lots' | 'materials' | 'batches' | 'recipe_versions' | 'cycling_tests' | 'press_plans';

export const FOLDER_OF: Record<RecordTable, string> = {
  builds: 'builds',
  lots: 'lots',
  materials: 'materials',
  batches: 'batches',
  recipe_versions: 'recipe-versions',
  cycling_tests: 'cycling-tests',
  press_plans: 'press-plans',
};

export const folderOf = (table: RecordTable, id: number) => `${FOLDER_OF[table]}/${id}/`;
export const datasetId = (table: RecordTable, id: number) => `./${folderOf(table, id)}`;

/** When a record was created and last changed, as the notebook stamped them (ISO 8601, UTC). */
export function recordDates(ctx: ServiceContext, table: RecordTable, id: number): { dateCreated: string; dateModified: string } {
  const row = ctx.notebook.db.prepare(`SELECT created_at, updated_at FROM ${table} WHERE id = ?`).get(id) as { created_at: string; updated_at: string };
  return { dateCreated: row.created_at, dateModified: row.updated_at };
}

/** A name safe as one zip path segment on every system: letters, digits, dot, dash and underscore. */
export function safeSegment(name: string): string {
  const cleaned = name.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[._]+/, '');
  return cleaned.length > 0 ? cleaned.slice(0, 120) : 'file';
}

/** Text parts joined into one paragraph-per-part description, empty parts left out. */
export const textOf = (...parts: Array<string | null | undefined>) => parts.filter((part): part is string => typeof part === 'string' && part.trim().length > 0).join('\n\n');
