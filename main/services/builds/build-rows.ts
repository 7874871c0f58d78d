// Build, layer and cell rows as stored, and their mapping to the contract.
import { z } from 'zod';
import type { BuildLayerRecord, Cell } from '../../../shared/schemas/builds';
import { cyclingProtocolSchema, layerShapeSchema } from '../../../shared/schemas/builds';
import type { CyclingProtocol, LayerKind, Side } from '../../../shared/cells/types';

export interface BuildRow {
  id: number;
  name: string;
  built_on: string | null;
  operator: string | null;
  glovebox_h2o_ppm: number | null;
  glovebox_o2_ppm: number | null;
  configuration: 'single_sided' | 'double_sided';
  protocol_json: string;
  tags_json: string;
  notes: string | null;
  cloned_from_id: number | null;
  created_at: string;
  archived_at: string | null;
}

export interface LayerRow {
  id: number;
  build_id: number;
  position: number;
  kind: LayerKind;
  side: Side;
  shape_json: string | null;
  thickness_coated_um: number | null;
  thickness_pressed_um: number | null;
  mass_mg: number | null;
  composition_basis: 'wt_pct' | 'parts' | 'mass_mg';
  notes: string | null;
}

export interface ComponentRow {
  id: number;
  layer_id: number;
  position: number;
  material_id: number;
  lot_id: number | null;
  amount: number;
  material_name: string;
  material_kind: string;
  lot_number: string | null;
}

export interface CellRow {
  id: number;
  build_id: number;
  label: string;
  status: Cell['status'];
  failure_reason: string | null;
  fixture: string | null;
  stack_pressure_mpa: number | null;
  assembled_at: string | null;
  notes: string | null;
  archived_at: string | null;
}

export function toBuildHeader(row: BuildRow) {
  return {
    id: row.id,
    name: row.name,
    builtOn: row.built_on,
    operator: row.operator,
    gloveboxH2oPpm: row.glovebox_h2o_ppm,
    gloveboxO2Ppm: row.glovebox_o2_ppm,
    configuration: row.configuration,
    protocol: cyclingProtocolSchema.parse(JSON.parse(row.protocol_json)) as CyclingProtocol,
    tags: JSON.parse(row.tags_json) as string[],
    notes: row.notes,
    clonedFromId: row.cloned_from_id,
    createdAt: row.created_at,
    archivedAt: row.archived_at,
  };
}

export function toLayer(row: LayerRow, components: readonly ComponentRow[]): BuildLayerRecord {
  return {
    id: row.id,
    position: row.position,
    kind: row.kind,
    side: row.side,
    shape: row.shape_json === null ? null : (layerShapeSchema.parse(JSON.parse(row.shape_json)) as z.infer<typeof layerShapeSchema>),
    thicknessCoatedUm: row.thickness_coated_um,
    thicknessPressedUm: row.thickness_pressed_um,
    massMg: row.mass_mg,
    compositionBasis: row.composition_basis,
    components: components.map((component) => ({
      materialId: component.material_id,
      materialName: component.material_name,
      materialKind: component.material_kind,
      lotId: component.lot_id,
      lotNumber: component.lot_number,
      amount: component.amount,
    })),
    notes: row.notes,
  };
}

export function toCell(row: CellRow): Cell {
  return {
    id: row.id,
    buildId: row.build_id,
    label: row.label,
    status: row.status,
    failureReason: row.failure_reason,
    fixture: row.fixture,
    stackPressureMPa: row.stack_pressure_mpa,
    assembledAt: row.assembled_at,
    notes: row.notes,
    archivedAt: row.archived_at,
  };
}

export function readLayers(db: import('../../db/query').Db, buildId: number): BuildLayerRecord[] {
  const layers = db.prepare('SELECT * FROM build_layers WHERE build_id = ? AND archived_at IS NULL ORDER BY position').all(buildId) as LayerRow[];
  const components = db
    .prepare(
      `SELECT layer_components.*, materials.name AS material_name, materials.kind AS material_kind, lots.lot_number
       FROM layer_components
       JOIN build_layers ON build_layers.id = layer_components.layer_id
       JOIN materials ON materials.id = layer_components.material_id
       LEFT JOIN lots ON lots.id = layer_components.lot_id
       WHERE build_layers.build_id = ? AND build_layers.archived_at IS NULL AND layer_components.archived_at IS NULL
       ORDER BY layer_components.position`,
    )
    .all(buildId) as ComponentRow[];
  return layers.map((layer) => toLayer(layer, components.filter((component) => component.layer_id === layer.id)));
}
