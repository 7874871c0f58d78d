// The equipment register: presses, dies, roll presses, WIP/CIP, ovens, gloveboxes. Items are
// archived, never deleted, and not archived while a plan's step uses them (the refusal names the
// plans). Ratings are stored as entered, in their unit (a press's force in kN or tf).
import type { z } from 'zod';
import { CellbookError, fieldPathWords } from '../../../shared/api-error';
import { forceKN, outlineAreaCm2 } from '../../../shared/pressing/force';
import { equipmentSpecSchema, type createEquipmentSchema, type Equipment, type EquipmentSpec, type equipmentListQuerySchema, type updateEquipmentSchema } from '../../../shared/schemas/pressing';
import { archiveRecord, insertRecord, restoreRecord, updateRecord } from '../../db/records';
import { queryAll, queryOne } from '../../db/query';
import { sql, type SqlValue } from '../../db/sql';
import type { ServiceContext } from '../context';

export interface EquipmentRow {
  id: number;
  kind: Equipment['kind'];
  name: string;
  spec_json: string;
  out_of_service: number;
  out_of_service_reason: string | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
}

export function parseSpec(row: Pick<EquipmentRow, 'spec_json'>): EquipmentSpec {
  return equipmentSpecSchema.parse(JSON.parse(row.spec_json));
}

function usedBy(ctx: ServiceContext, equipmentId: number): Equipment['usedBy'] {
  const rows = queryAll<{ build_id: number; build_name: string; position: number }>(
    ctx.notebook.db,
    sql`SELECT builds.id AS build_id, builds.name AS build_name, press_steps.position FROM press_steps
        JOIN press_plans ON press_plans.id = press_steps.plan_id JOIN builds ON builds.id = press_plans.build_id
        WHERE (press_steps.equipment_id = ${equipmentId} OR press_steps.die_id = ${equipmentId}) AND press_steps.archived_at IS NULL
        ORDER BY builds.name COLLATE NOCASE, press_steps.position`,
  );
  const byBuild = new Map<number, Equipment['usedBy'][number]>();
  for (const row of rows) {
    const entry = byBuild.get(row.build_id) ?? { buildId: row.build_id, buildName: row.build_name, stepPositions: [] };
    entry.stepPositions.push(row.position + 1);
    byBuild.set(row.build_id, entry);
  }
  return [...byBuild.values()];
}

export function toEquipment(ctx: ServiceContext, row: EquipmentRow): Equipment {
  const spec = parseSpec(row);
  const outline = spec.kind === 'die' ? spec.bore : spec.kind === 'uniaxial_press' ? spec.platen : null;
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    spec,
    maxForceKN: spec.kind === 'uniaxial_press' && spec.maxForce !== null ? forceKN(spec.maxForce, spec.maxForceUnit) : null,
    areaCm2: outline ? outlineAreaCm2(outline) : null,
    outOfService: row.out_of_service === 1,
    outOfServiceReason: row.out_of_service_reason,
    notes: row.notes,
    usedBy: usedBy(ctx, row.id),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    archivedAt: row.archived_at,
  };
}

export function readEquipmentRow(ctx: ServiceContext, id: number): EquipmentRow {
  const row = queryOne<EquipmentRow>(ctx.notebook.db, sql`SELECT * FROM equipment WHERE id = ${id}`);
  if (!row) throw new CellbookError('not_found', `equipment ${id} does not exist`);
  return row;
}

export function getEquipment(ctx: ServiceContext, id: number): Equipment {
  return toEquipment(ctx, readEquipmentRow(ctx, id));
}

export function listEquipment(ctx: ServiceContext, query: z.output<typeof equipmentListQuerySchema>): Equipment[] {
  const status = query.status === 'all' ? sql`1` : query.status === 'archived' ? sql`archived_at IS NOT NULL` : sql`archived_at IS NULL`;
  const kind = query.kind ? sql`kind = ${query.kind}` : sql`1`;
  return queryAll<EquipmentRow>(ctx.notebook.db, sql`SELECT * FROM equipment WHERE ${status} AND ${kind} ORDER BY kind, name COLLATE NOCASE`).map((row) => toEquipment(ctx, row));
}

function assertNameFree(ctx: ServiceContext, name: string, exceptId: number | null): void {
  const clash = queryOne<{ id: number }>(ctx.notebook.db, sql`SELECT id FROM equipment WHERE name = ${name} COLLATE NOCASE AND archived_at IS NULL AND id IS NOT ${exceptId}`);
  if (clash) throw new CellbookError('conflict', `equipment named "${name}" already exists; give this one another name`, [{ field: 'name', message: 'already used by other equipment' }]);
}

function assertSpecSensible(spec: EquipmentSpec): void {
  const issue = (field: string, message: string) => new CellbookError('validation', `${fieldPathWords(field)}: ${message}`, [{ field: `spec.${field}`, message }]);
  if ((spec.kind === 'uniaxial_press' || spec.kind === 'roll_press') && !spec.heated && spec.maxTemperatureC !== null) throw issue('maxTemperatureC', 'an unheated press has no maximum temperature; mark it heated');
  if (spec.kind === 'roll_press' && spec.gapMinUm !== null && spec.gapMaxUm !== null && spec.gapMinUm > spec.gapMaxUm) throw issue('gapMinUm', 'the smallest gap is above the largest');
  if (spec.kind === 'roll_press' && spec.speedMinMPerMin !== null && spec.speedMaxMPerMin !== null && spec.speedMinMPerMin > spec.speedMaxMPerMin) throw issue('speedMinMPerMin', 'the lowest speed is above the highest');
}

export function createEquipment(ctx: ServiceContext, input: z.output<typeof createEquipmentSchema>, options: { emit?: boolean } = {}): Equipment {
  assertSpecSensible(input.spec);
  const id = ctx.notebook.db.transaction(() => {
    assertNameFree(ctx, input.name, null);
    return insertRecord(ctx.writer, 'equipment', {
      kind: input.spec.kind,
      name: input.name,
      spec_json: JSON.stringify(input.spec),
      out_of_service: input.outOfService ? 1 : 0,
      out_of_service_reason: input.outOfService ? input.outOfServiceReason : null,
      notes: input.notes,
    });
  })();
  if (options.emit !== false) ctx.emit({ type: 'changed', tables: ['equipment'] });
  return getEquipment(ctx, Number(id));
}

export function updateEquipment(ctx: ServiceContext, input: z.output<typeof updateEquipmentSchema>): Equipment {
  const { id, changes } = input;
  ctx.notebook.db.transaction(() => {
    const row = readEquipmentRow(ctx, id);
    if (row.archived_at) throw new CellbookError('refused', `"${row.name}" is archived; restore it before editing`);
    const patch: Record<string, SqlValue> = {};
    if (changes.name !== undefined) {
      assertNameFree(ctx, changes.name, id);
      patch.name = changes.name;
    }
    if (changes.spec !== undefined) {
      if (changes.spec.kind !== row.kind) throw new CellbookError('validation', `Kind: "${row.name}" is a ${row.kind.replace(/_/g, ' ')}; it cannot become a ${changes.spec.kind.replace(/_/g, ' ')}`, [{ field: 'spec.kind', message: 'the kind of an item stays' }]);
      assertSpecSensible(changes.spec);
      patch.spec_json = JSON.stringify(changes.spec);
    }
    if (changes.outOfService !== undefined) patch.out_of_service = changes.outOfService ? 1 : 0;
    if (changes.outOfServiceReason !== undefined) patch.out_of_service_reason = changes.outOfServiceReason;
    if (changes.outOfService === false) patch.out_of_service_reason = null;
    if (changes.notes !== undefined) patch.notes = changes.notes;
    updateRecord(ctx.writer, 'equipment', id, patch);
  })();
  ctx.emit({ type: 'changed', tables: ['equipment'] });
  return getEquipment(ctx, id);
}

export function setEquipmentArchived(ctx: ServiceContext, id: number, archived: boolean): Equipment {
  ctx.notebook.db.transaction(() => {
    const item = getEquipment(ctx, id);
    if (archived && item.usedBy.length > 0) {
      const plans = item.usedBy.map((plan) => `${plan.buildName} (step${plan.stepPositions.length === 1 ? '' : 's'} ${plan.stepPositions.join(', ')})`).join('; ');
      throw new CellbookError('refused', `"${item.name}" is used by the plan of ${plans}; choose other equipment in those steps before archiving it`);
    }
    if (archived) archiveRecord(ctx.writer, 'equipment', id);
    else {
      if (item.archivedAt) assertNameFree(ctx, item.name, id);
      restoreRecord(ctx.writer, 'equipment', id);
    }
  })();
  ctx.emit({ type: 'changed', tables: ['equipment'] });
  return getEquipment(ctx, id);
}
