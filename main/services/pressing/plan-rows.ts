// Press plan and step rows as stored, their mapping to the planner's step, and the reads every
// plan operation shares.
import { CellbookError } from '../../../shared/api-error';
import type { CheckEquipment, CheckStep } from '../../../shared/pressing/check-types';
import { stepActualSchema, type StepActual, type StepInput } from '../../../shared/schemas/pressing';
import type { LayerKind } from '../../../shared/cells/types';
import { queryAll, queryOne } from '../../db/query';
import { sql, type SqlValue } from '../../db/sql';
import type { ServiceContext } from '../context';
import { parseSpec, type EquipmentRow } from './equipment';

export interface PlanRow {
  id: number;
  build_id: number;
  origin: string | null;
  updated_at: string;
}

export interface StepRow {
  id: number;
  plan_id: number;
  position: number;
  kind: StepInput['kind'];
  method: StepInput['method'];
  title: string | null;
  layers_json: string;
  equipment_id: number | null;
  die_id: number | null;
  temperature_c: number | null;
  pressure_mpa: number | null;
  pressure_confirmed: number;
  duration_s: number | null;
  atmosphere: StepInput['atmosphere'];
  line_load_kn_per_cm: number | null;
  gap_um: number | null;
  speed_m_per_min: number | null;
  passes: number | null;
  source: string | null;
  notes: string | null;
  status: 'planned' | 'running' | 'done' | 'skipped';
  started_at: string | null;
  finished_at: string | null;
  actual_json: string | null;
  deviation_reason: string | null;
  updated_at: string;
}

export interface BuildRef {
  id: number;
  name: string;
  archived_at: string | null;
}

export function readBuildRef(ctx: ServiceContext, buildId: number): BuildRef {
  const build = queryOne<BuildRef>(ctx.notebook.db, sql`SELECT id, name, archived_at FROM builds WHERE id = ${buildId}`);
  if (!build) throw new CellbookError('not_found', `build ${buildId} does not exist`, [{ field: 'buildId', message: 'no such build' }]);
  return build;
}

/** A plan is changed only for a build in use: an archived build's plan stays as it was. */
export function assertBuildOpen(ctx: ServiceContext, buildId: number): BuildRef {
  const build = readBuildRef(ctx, buildId);
  if (build.archived_at) throw new CellbookError('refused', `build "${build.name}" is archived; restore it before planning its pressing`, [{ field: 'buildId', message: 'the build is archived' }]);
  return build;
}

export function readPlanRow(ctx: ServiceContext, buildId: number): PlanRow | undefined {
  return queryOne<PlanRow>(ctx.notebook.db, sql`SELECT id, build_id, origin, updated_at FROM press_plans WHERE build_id = ${buildId}`);
}

export function readStepRows(ctx: ServiceContext, planId: number): StepRow[] {
  return queryAll<StepRow>(ctx.notebook.db, sql`SELECT * FROM press_steps WHERE plan_id = ${planId} AND archived_at IS NULL ORDER BY position, id`);
}

export function readStepRow(ctx: ServiceContext, stepId: number): StepRow & { build_id: number } {
  const row = queryOne<StepRow & { build_id: number }>(
    ctx.notebook.db,
    sql`SELECT press_steps.*, press_plans.build_id FROM press_steps JOIN press_plans ON press_plans.id = press_steps.plan_id WHERE press_steps.id = ${stepId} AND press_steps.archived_at IS NULL`,
  );
  if (!row) throw new CellbookError('not_found', `press step ${stepId} does not exist`, [{ field: 'stepId', message: 'no such step' }]);
  return row;
}

export function stepInputOf(row: StepRow): StepInput {
  return {
    id: row.id,
    kind: row.kind,
    method: row.method,
    title: row.title,
    layers: JSON.parse(row.layers_json) as LayerKind[],
    equipmentId: row.equipment_id,
    dieId: row.die_id,
    temperatureC: row.temperature_c,
    pressureMPa: row.pressure_mpa,
    pressureConfirmed: row.pressure_confirmed === 1,
    durationS: row.duration_s,
    atmosphere: row.atmosphere,
    lineLoadKNPerCm: row.line_load_kn_per_cm,
    gapUm: row.gap_um,
    speedMPerMin: row.speed_m_per_min,
    passes: row.passes,
    source: row.source,
    notes: row.notes,
  };
}

export function stepColumns(step: Omit<StepInput, 'id'>): Record<string, SqlValue> {
  return {
    kind: step.kind,
    method: step.method,
    title: step.title,
    layers_json: JSON.stringify(step.layers),
    equipment_id: step.equipmentId,
    die_id: step.dieId,
    temperature_c: step.temperatureC,
    pressure_mpa: step.pressureMPa,
    pressure_confirmed: step.pressureConfirmed ? 1 : 0,
    duration_s: step.durationS,
    atmosphere: step.atmosphere,
    line_load_kn_per_cm: step.lineLoadKNPerCm,
    gap_um: step.gapUm,
    speed_m_per_min: step.speedMPerMin,
    passes: step.passes,
    source: step.source,
    notes: step.notes,
  };
}

export function actualOf(row: Pick<StepRow, 'actual_json'>): StepActual | null {
  return row.actual_json === null ? null : stepActualSchema.parse(JSON.parse(row.actual_json));
}

/** Equipment by id, as the checks see it, read once per plan. */
export function equipmentLookup(ctx: ServiceContext): (id: number | null) => CheckEquipment | null {
  const cache = new Map<number, CheckEquipment | null>();
  return (id) => {
    if (id === null) return null;
    if (!cache.has(id)) {
      const row = queryOne<EquipmentRow>(ctx.notebook.db, sql`SELECT * FROM equipment WHERE id = ${id}`);
      cache.set(id, row ? { id: row.id, name: row.name, spec: parseSpec(row), outOfService: row.out_of_service === 1, outOfServiceReason: row.out_of_service_reason, archived: row.archived_at !== null } : null);
    }
    return cache.get(id) ?? null;
  };
}

export function toCheckStep(step: StepInput, position: number, lookup: ReturnType<typeof equipmentLookup>, actual: StepActual | null, skipped = false): CheckStep {
  const { id, ...rest } = step;
  return { ...rest, id: id ?? null, position, equipment: lookup(step.equipmentId), die: lookup(step.dieId), actual, skipped };
}
