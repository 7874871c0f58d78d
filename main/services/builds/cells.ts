// Cells (replicates) of a build. When a cell is first marked assembled, what its layers contain
// is taken from the lots named in the stack: layer mass x weight fraction for powders, the
// layer's area for foils counted in cm², one piece for lots counted in pieces.
import type { z } from 'zod';
import { CellbookError } from '../../../shared/api-error';
import { layerAreaCm2 } from '../../../shared/cells/geometry';
import { weightFractions } from '../../../shared/cells/composition';
import type { addCellSchema, Cell, updateCellSchema } from '../../../shared/schemas/builds';
import { insertRecord, updateRecord } from '../../db/records';
import type { SqlValue } from '../../db/sql';
import type { ServiceContext } from '../context';
import { consumeFromLot } from '../inventory/lot-movements';
import { getLot } from '../inventory/lots';
import { toBuildDesign } from './build-design';
import { readLayers, toBuildHeader, toCell, type BuildRow, type CellRow } from './build-rows';

function readCell(ctx: ServiceContext, id: number): Cell {
  const row = ctx.notebook.db.prepare('SELECT * FROM cells WHERE id = ?').get(id) as CellRow | undefined;
  if (!row) throw new CellbookError('not_found', `cell ${id} does not exist`);
  return toCell(row);
}

function nextLabel(ctx: ServiceContext, buildId: number): string {
  const taken = new Set((ctx.notebook.db.prepare('SELECT label FROM cells WHERE build_id = ?').all(buildId) as Array<{ label: string }>).map((row) => row.label));
  for (let n = 1; ; n += 1) if (!taken.has(`#${n}`)) return `#${n}`;
}

export function addCell(ctx: ServiceContext, input: z.output<typeof addCellSchema>): Cell {
  const id = ctx.notebook.db.transaction(() => {
    const build = ctx.notebook.db.prepare('SELECT archived_at, name FROM builds WHERE id = ?').get(input.buildId) as { archived_at: string | null; name: string } | undefined;
    if (!build) throw new CellbookError('not_found', `build ${input.buildId} does not exist`);
    if (build.archived_at) throw new CellbookError('refused', `build "${build.name}" is archived`);
    const label = input.label ?? nextLabel(ctx, input.buildId);
    if (ctx.notebook.db.prepare('SELECT 1 FROM cells WHERE build_id = ? AND label = ?').get(input.buildId, label)) {
      throw new CellbookError('conflict', `build "${build.name}" already has a cell ${label}`, [{ field: 'label', message: 'already used in this build' }]);
    }
    return insertRecord(ctx.writer, 'cells', { build_id: input.buildId, label, status: 'planned', fixture: input.fixture, stack_pressure_mpa: input.stackPressureMPa, notes: input.notes });
  })();
  ctx.emit({ type: 'changed', tables: ['cells'] });
  return readCell(ctx, Number(id));
}

/** Takes one cell's worth of every component from its lot; returns what could not be taken and why. */
export function consumeCellMaterials(ctx: ServiceContext, cell: Cell): string[] {
  const buildRow = ctx.notebook.db.prepare('SELECT * FROM builds WHERE id = ?').get(cell.buildId) as BuildRow;
  const build = toBuildHeader(buildRow);
  const layers = readLayers(ctx.notebook.db, cell.buildId);
  const design = toBuildDesign(ctx, build.configuration, build.protocol, layers);
  const skipped: string[] = [];
  design.layers.forEach((layer, index) => {
    const fractions = weightFractions(layer);
    layer.components.forEach((component, componentIndex) => {
      if (component.lotId === null) return;
      const lot = getLot(ctx, component.lotId);
      const usedBy = { table: 'cells', id: String(cell.id) };
      const purpose = `${build.name} cell ${cell.label}: ${layers[index]?.kind.replace(/_/g, ' ')}`;
      if (lot.unit === 'cm2') {
        const area = layer.shape ? layerAreaCm2(layer.shape) : null;
        if (area === null) skipped.push(`${component.material.name} (lot ${lot.lotNumber}): the layer has no area`);
        else consumeFromLot(ctx, { lotId: lot.id, amount: area, unit: 'cm2', purpose, usedBy });
      } else if (lot.unit === 'pieces') {
        consumeFromLot(ctx, { lotId: lot.id, amount: 1, unit: 'pieces', purpose, usedBy });
      } else {
        const fraction = fractions?.[componentIndex] ?? null;
        if (layer.massMg === null || fraction === null) skipped.push(`${component.material.name} (lot ${lot.lotNumber}): the layer has no mass or composition`);
        else consumeFromLot(ctx, { lotId: lot.id, amount: layer.massMg * fraction, unit: 'mg', purpose, usedBy });
      }
    });
  });
  return skipped;
}

export function updateCell(ctx: ServiceContext, input: z.output<typeof updateCellSchema>): { cell: Cell; notTakenFromLots: string[] } {
  let notTakenFromLots: string[] = [];
  ctx.notebook.db.transaction(() => {
    const cell = readCell(ctx, input.id);
    const changes = input.changes;
    const status = changes.status ?? cell.status;
    const reason = changes.failureReason !== undefined ? changes.failureReason : cell.failureReason;
    if (status === 'failed' && !reason) throw new CellbookError('validation', 'failureReason: say why the cell failed (e.g. "short circuit")', [{ field: 'failureReason', message: 'say why the cell failed' }]);
    const columns: Record<string, SqlValue> = {};
    if (changes.status !== undefined) columns.status = changes.status;
    if (changes.failureReason !== undefined) columns.failure_reason = changes.failureReason;
    if (changes.fixture !== undefined) columns.fixture = changes.fixture;
    if (changes.stackPressureMPa !== undefined) columns.stack_pressure_mpa = changes.stackPressureMPa;
    if (changes.notes !== undefined) columns.notes = changes.notes;
    const assembledNow = cell.assembledAt === null && ['assembled', 'cycling', 'finished', 'failed'].includes(status) && cell.status !== status && ['planned', 'in_progress'].includes(cell.status);
    if (assembledNow) {
      columns.assembled_at = ctx.writer.now().toISOString();
      notTakenFromLots = consumeCellMaterials(ctx, cell);
    }
    updateRecord(ctx.writer, 'cells', input.id, columns);
  })();
  ctx.emit({ type: 'changed', tables: ['cells', 'lots'] });
  return { cell: readCell(ctx, input.id), notTakenFromLots };
}

