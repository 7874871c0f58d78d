// Column mappings of the generic importer saved by name; each is offered as a format that
// recognises files with the same column line.
import { CellbookError } from '../../../shared/api-error';
import { columnMappingSchema, type ColumnMapping } from '../../../shared/schemas/cycling';
import { insertRecord } from '../../db/records';
import type { Db } from '../../db/query';
import type { CyclerFormat } from '../../importers/cycler/format';
import { headerSignature, profileFormat } from '../../importers/cycler/formats/mapped';
import type { ServiceContext } from '../context';

interface ProfileRow {
  id: number;
  name: string;
  header_signature: string;
  mapping_json: string;
  created_at: string;
}

export interface ColumnProfile {
  id: number;
  name: string;
  headerSignature: string;
  mapping: ColumnMapping;
  createdAt: string;
}

export function listColumnProfiles(db: Db): ColumnProfile[] {
  const rows = db.prepare('SELECT * FROM column_profiles WHERE archived_at IS NULL ORDER BY name COLLATE NOCASE').all() as ProfileRow[];
  return rows.flatMap((row) => {
    const mapping = columnMappingSchema.safeParse(JSON.parse(row.mapping_json));
    return mapping.success ? [{ id: row.id, name: row.name, headerSignature: row.header_signature, mapping: mapping.data, createdAt: row.created_at }] : [];
  });
}

export function profileFormats(db: Db): CyclerFormat[] {
  return listColumnProfiles(db).map(profileFormat);
}

/** Saves `mapping` made on a file whose column line is `headerLineText`; runs inside the import's transaction. */
export function saveColumnProfile(ctx: ServiceContext, name: string, headerLineText: string, mapping: ColumnMapping): number {
  if (ctx.notebook.db.prepare('SELECT 1 FROM column_profiles WHERE name = ? COLLATE NOCASE AND archived_at IS NULL').get(name)) {
    throw new CellbookError('conflict', `a column profile named "${name}" exists; choose another name`, [{ field: 'saveProfileAs', message: 'name already used' }]);
  }
  return Number(insertRecord(ctx.writer, 'column_profiles', { name, header_signature: headerSignature(headerLineText, mapping.delimiter), mapping_json: JSON.stringify(mapping) }));
}
