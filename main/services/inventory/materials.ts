// Materials: create, edit, archive, restore, read, list. The molar mass is computed from the
// formula whenever either changes, unless the user overrode it with a reason.
import { z } from 'zod';
import { CellbookError } from '../../../shared/api-error';
import { molarMass } from '../../../shared/chemistry/formula';
import { DEFAULT_HYGROSCOPIC_WARN_DAYS } from '../../../shared/materials/kinds';
import type { Material, materialFieldsSchema, MaterialListItem, materialListQuerySchema, updateMaterialSchema } from '../../../shared/schemas/materials';
import { archiveRecord, insertRecord, restoreRecord, updateRecord } from '../../db/records';
import { queryOne } from '../../db/query';
import { sql, type SqlValue } from '../../db/sql';
import type { ServiceContext } from '../context';
import { toMaterial, type MaterialRow } from './material-rows';
import { listMaterialSummaries } from './material-list';

type MaterialFieldsParsed = z.output<typeof materialFieldsSchema>;

export function getMaterial(ctx: ServiceContext, id: number): Material {
  const row = queryOne<MaterialRow>(ctx.notebook.db, sql`SELECT * FROM materials WHERE id = ${id}`);
  if (!row) throw new CellbookError('not_found', `material ${id} does not exist`);
  return toMaterial(row);
}

function assertNameFree(ctx: ServiceContext, name: string, exceptId: number | null): void {
  const clash = queryOne<{ id: number }>(
    ctx.notebook.db,
    sql`SELECT id FROM materials WHERE name = ${name} COLLATE NOCASE AND archived_at IS NULL AND id IS NOT ${exceptId}`,
  );
  if (clash) throw new CellbookError('conflict', `a material named "${name}" already exists (material ${clash.id}); give this one another name`, [{ field: 'name', message: 'already used by another material' }]);
}

/** The stored molar mass: the user's override, else the formula's, else none. */
function molarMassColumns(formula: string | null, override: MaterialFieldsParsed['molarMassOverride']): Record<string, SqlValue> {
  if (override) return { molar_mass_g_mol: override.valueGMol, molar_mass_override_reason: override.reason };
  return { molar_mass_g_mol: formula === null ? null : molarMass(formula), molar_mass_override_reason: null };
}

function fieldColumns(fields: Partial<MaterialFieldsParsed>): Record<string, SqlValue> {
  const columns: Record<string, SqlValue> = {};
  const map: Array<[keyof MaterialFieldsParsed, string]> = [
    ['name', 'name'],
    ['kind', 'kind'],
    ['formula', 'formula'],
    ['densityGCm3', 'density_g_cm3'],
    ['d50Um', 'd50_um'],
    ['specificCapacityMAhG', 'specific_capacity_mah_g'],
    ['coating', 'coating'],
    ['coatingThicknessNm', 'coating_thickness_nm'],
    ['youngsModulusGPa', 'youngs_modulus_gpa'],
    ['casNumber', 'cas_number'],
    ['supplier', 'supplier'],
    ['storage', 'storage'],
    ['hygroscopicWarnDays', 'hygroscopic_warn_days'],
    ['hazardNotes', 'hazard_notes'],
    ['notes', 'notes'],
  ];
  for (const [field, column] of map) {
    if (fields[field] !== undefined) columns[column] = fields[field] as SqlValue;
  }
  if (fields.tags !== undefined) columns.tags_json = JSON.stringify(fields.tags);
  return columns;
}

export function createMaterial(ctx: ServiceContext, fields: MaterialFieldsParsed, options: { emit?: boolean } = {}): Material {
  const id = ctx.notebook.db.transaction(() => {
    assertNameFree(ctx, fields.name, null);
    const hygroscopic = fields.hygroscopicWarnDays ?? DEFAULT_HYGROSCOPIC_WARN_DAYS[fields.kind] ?? null;
    return insertRecord(ctx.writer, 'materials', {
      ...fieldColumns({ ...fields, hygroscopicWarnDays: hygroscopic }),
      ...molarMassColumns(fields.formula, fields.molarMassOverride),
    });
  })();
  if (options.emit !== false) ctx.emit({ type: 'changed', tables: ['materials'] });
  return getMaterial(ctx, Number(id));
}

export function updateMaterial(ctx: ServiceContext, input: z.output<typeof updateMaterialSchema>): Material {
  const { id, changes } = input;
  ctx.notebook.db.transaction(() => {
    const current = getMaterial(ctx, id);
    if (current.archivedAt) throw new CellbookError('refused', `material "${current.name}" is archived; restore it before editing`);
    if (changes.name !== undefined) assertNameFree(ctx, changes.name, id);
    const columns = fieldColumns(changes);
    if (changes.formula !== undefined || changes.molarMassOverride !== undefined) {
      const formula = changes.formula !== undefined ? changes.formula : current.formula;
      const override =
        changes.molarMassOverride !== undefined
          ? changes.molarMassOverride
          : current.molarMassSource === 'override'
            ? { valueGMol: current.molarMassGMol as number, reason: current.molarMassOverrideReason as string }
            : null;
      Object.assign(columns, molarMassColumns(formula, override));
    }
    updateRecord(ctx.writer, 'materials', id, columns);
  })();
  ctx.emit({ type: 'changed', tables: ['materials'] });
  return getMaterial(ctx, id);
}

export function setMaterialArchived(ctx: ServiceContext, id: number, archived: boolean): Material {
  ctx.notebook.db.transaction(() => {
    const current = getMaterial(ctx, id);
    if (!archived) assertNameFree(ctx, current.name, id);
    if (archived) archiveRecord(ctx.writer, 'materials', id);
    else restoreRecord(ctx.writer, 'materials', id);
  })();
  ctx.emit({ type: 'changed', tables: ['materials'] });
  return getMaterial(ctx, id);
}

export function listMaterials(ctx: ServiceContext, query: z.output<typeof materialListQuerySchema>): MaterialListItem[] {
  return listMaterialSummaries(ctx, query);
}
