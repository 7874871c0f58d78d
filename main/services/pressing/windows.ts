// Pressure windows (DOMAIN.md section 4: never invented). A material's window is entered with the
// source of each bound; a layer's window is its materials' (the highest minimum, the lowest
// maximum: the most fragile component decides) unless the build overrides it for that layer.
// Also why a layer must be dried before stacking: a hygroscopic component, or a binder cast from
// a slurry solvent (PVDF in NMP [0094], acrylic in octyl acetate [0095], PTFE with xylene [0098]).
import type { z } from 'zod';
import { LAYER_KIND_LABELS, type LayerKind } from '../../../shared/cells/types';
import { layerAreaCm2 } from '../../../shared/cells/geometry';
import type { CheckLayer } from '../../../shared/pressing/check-types';
import type { BuildLayerRecord } from '../../../shared/schemas/builds';
import type { EffectiveBound, PressureBound, PressureWindow, setLayerPressureWindowSchema, setMaterialPressureWindowSchema } from '../../../shared/schemas/pressing';
import { CellbookError } from '../../../shared/api-error';
import { insertRecord, updateRecord } from '../../db/records';
import { queryAll, queryOne } from '../../db/query';
import { sql, type SqlValue } from '../../db/sql';
import { readLayers } from '../builds/build-rows';
import type { ServiceContext } from '../context';
import { assertBuildOpen } from './plan-rows';

interface WindowRow {
  id: number;
  min_mpa: number | null;
  min_source: PressureBound['source'] | null;
  min_citation: string | null;
  max_mpa: number | null;
  max_source: PressureBound['source'] | null;
  max_citation: string | null;
  updated_at: string;
}

function toWindow(row: WindowRow): PressureWindow {
  const bound = (value: number | null, source: PressureBound['source'] | null, citation: string | null): PressureBound | null => (value === null || source === null ? null : { valueMPa: value, source, citation });
  return { min: bound(row.min_mpa, row.min_source, row.min_citation), max: bound(row.max_mpa, row.max_source, row.max_citation) };
}

function windowColumns(window: PressureWindow | null): Record<string, SqlValue> {
  return {
    min_mpa: window?.min?.valueMPa ?? null,
    min_source: window?.min?.source ?? null,
    min_citation: window?.min?.citation ?? null,
    max_mpa: window?.max?.valueMPa ?? null,
    max_source: window?.max?.source ?? null,
    max_citation: window?.max?.citation ?? null,
  };
}

const isEmpty = (window: PressureWindow) => window.min === null && window.max === null;

export function listMaterialPressureWindows(ctx: ServiceContext) {
  const rows = queryAll<WindowRow & { material_id: number; material_name: string; material_kind: string }>(
    ctx.notebook.db,
    sql`SELECT material_pressure_windows.*, materials.name AS material_name, materials.kind AS material_kind FROM material_pressure_windows
        JOIN materials ON materials.id = material_pressure_windows.material_id ORDER BY materials.name COLLATE NOCASE`,
  );
  return rows
    .map((row) => ({ materialId: row.material_id, materialName: row.material_name, materialKind: row.material_kind, window: toWindow(row), updatedAt: row.updated_at }))
    .filter((entry) => !isEmpty(entry.window));
}

export function setMaterialPressureWindow(ctx: ServiceContext, input: z.output<typeof setMaterialPressureWindowSchema>) {
  ctx.notebook.db.transaction(() => {
    const material = queryOne<{ name: string }>(ctx.notebook.db, sql`SELECT name FROM materials WHERE id = ${input.materialId}`);
    if (!material) throw new CellbookError('not_found', `material ${input.materialId} does not exist`, [{ field: 'materialId', message: 'no such material' }]);
    const existing = queryOne<{ id: number }>(ctx.notebook.db, sql`SELECT id FROM material_pressure_windows WHERE material_id = ${input.materialId}`);
    if (existing) updateRecord(ctx.writer, 'material_pressure_windows', existing.id, windowColumns(input.window));
    else if (input.window) insertRecord(ctx.writer, 'material_pressure_windows', { material_id: input.materialId, ...windowColumns(input.window) });
  })();
  ctx.emit({ type: 'changed', tables: ['material_pressure_windows', 'press_plans'] });
  return listMaterialPressureWindows(ctx);
}

export function setLayerPressureWindow(ctx: ServiceContext, input: z.output<typeof setLayerPressureWindowSchema>) {
  ctx.notebook.db.transaction(() => {
    assertBuildOpen(ctx, input.buildId);
    const existing = queryOne<{ id: number }>(ctx.notebook.db, sql`SELECT id FROM layer_pressure_windows WHERE build_id = ${input.buildId} AND layer_kind = ${input.layerKind}`);
    if (existing) updateRecord(ctx.writer, 'layer_pressure_windows', existing.id, windowColumns(input.window));
    else if (input.window) insertRecord(ctx.writer, 'layer_pressure_windows', { build_id: input.buildId, layer_kind: input.layerKind, ...windowColumns(input.window) });
  })();
  ctx.emit({ type: 'changed', tables: ['layer_pressure_windows', 'press_plans'] });
  return layerWindows(ctx, input.buildId);
}

/** One face of the stack from the anode collector up, one entry per kind (FIG. 2's side b mirrors side a). */
export function faceKinds(layers: readonly BuildLayerRecord[]): LayerKind[] {
  const kinds: LayerKind[] = [];
  for (const layer of layers) if (layer.side !== 'b' && !kinds.includes(layer.kind)) kinds.push(layer.kind);
  for (const layer of layers) if (!kinds.includes(layer.kind)) kinds.push(layer.kind);
  return kinds;
}

function dryingReason(ctx: ServiceContext, layer: readonly BuildLayerRecord[]): string | null {
  const ids = [...new Set(layer.flatMap((entry) => entry.components.map((component) => component.materialId)))];
  if (ids.length === 0) return null;
  const hygroscopic = queryAll<{ name: string }>(ctx.notebook.db, sql`SELECT name FROM materials WHERE id IN (SELECT value FROM json_each(${JSON.stringify(ids)})) AND (hygroscopic_warn_days IS NOT NULL OR kind = 'lithium_salt') ORDER BY name`);
  if (hygroscopic.length > 0) return `${hygroscopic.map((row) => row.name).join(', ')} ${hygroscopic.length === 1 ? 'is' : 'are'} hygroscopic`;
  const components = layer.flatMap((entry) => entry.components);
  const solvent = components.find((component) => component.materialKind === 'medium');
  if (solvent) return `it contains ${solvent.materialName}, a solvent to dry off`;
  const binder = components.find((component) => component.materialKind === 'binder');
  return binder ? `its binder (${binder.materialName}) is cast from a slurry solvent` : null;
}

/** The build's layers as the checks see them: window with sources, largest area, drying need. */
export function layerWindows(ctx: ServiceContext, buildId: number): CheckLayer[] {
  const layers = readLayers(ctx.notebook.db, buildId);
  const materialWindows = new Map(listMaterialPressureWindows(ctx).map((entry) => [entry.materialId, entry]));
  const overrides = new Map(
    queryAll<WindowRow & { layer_kind: LayerKind }>(ctx.notebook.db, sql`SELECT * FROM layer_pressure_windows WHERE build_id = ${buildId}`).map((row) => [row.layer_kind, toWindow(row)]),
  );
  return faceKinds(layers).map((kind) => {
    const ofKind = layers.filter((layer) => layer.kind === kind);
    const areas = ofKind.map((layer) => layerAreaCm2(layer.shape));
    const override = overrides.get(kind) ?? null;
    const components = ofKind.flatMap((layer) => layer.components);
    let min: EffectiveBound | null = null;
    let max: EffectiveBound | null = null;
    const without: string[] = [];
    if (override && !isEmpty(override)) {
      min = override.min ? { ...override.min, from: 'override', materialName: null } : null;
      max = override.max ? { ...override.max, from: 'override', materialName: null } : null;
    } else {
      for (const component of components) {
        const entry = materialWindows.get(component.materialId);
        if (!entry) {
          if (!without.includes(component.materialName)) without.push(component.materialName);
          continue;
        }
        const { min: low, max: high } = entry.window;
        if (low && (!min || low.valueMPa > min.valueMPa)) min = { ...low, from: 'material', materialName: entry.materialName };
        if (high && (!max || high.valueMPa < max.valueMPa)) max = { ...high, from: 'material', materialName: entry.materialName };
      }
    }
    return {
      layerKind: kind,
      label: LAYER_KIND_LABELS[kind],
      min,
      max,
      areaCm2: areas.some((area) => area === null) ? null : Math.max(...(areas as number[])),
      materialsWithoutWindow: without,
      override: override && !isEmpty(override) ? override : null,
      dryingReason: dryingReason(ctx, ofKind),
    };
  });
}
