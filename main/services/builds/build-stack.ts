// Saving a build's layer stack: the previous layers and components are archived and the new
// ones written, in one transaction, so that history shows both and nothing is half-saved.
import type { z } from 'zod';
import { CellbookError } from '../../../shared/api-error';
import type { saveBuildStackSchema } from '../../../shared/schemas/builds';
import { archiveRecord, insertRecord, updateRecord } from '../../db/records';
import type { ServiceContext } from '../context';

type Stack = z.output<typeof saveBuildStackSchema>;

export function writeStack(ctx: ServiceContext, buildId: number, layers: Stack['layers']): void {
  const { db } = ctx.notebook;
  const materialExists = db.prepare('SELECT name FROM materials WHERE id = ?');
  const lotOf = db.prepare('SELECT material_id, lot_number FROM lots WHERE id = ?');
  layers.forEach((layer, layerIndex) =>
    layer.components.forEach((component, componentIndex) => {
      const field = `layers.${layerIndex}.components.${componentIndex}`;
      if (!materialExists.get(component.materialId)) throw new CellbookError('validation', `${field}.materialId: material ${component.materialId} does not exist`, [{ field: `${field}.materialId`, message: 'no such material' }]);
      if (component.lotId !== null) {
        const lot = lotOf.get(component.lotId) as { material_id: number; lot_number: string } | undefined;
        if (!lot) throw new CellbookError('validation', `${field}.lotId: lot ${component.lotId} does not exist`, [{ field: `${field}.lotId`, message: 'no such lot' }]);
        if (lot.material_id !== component.materialId) {
          throw new CellbookError('validation', `${field}.lotId: lot ${lot.lot_number} is not a lot of this component's material`, [{ field: `${field}.lotId`, message: 'a lot of another material' }]);
        }
      }
    }),
  );
  const oldLayers = db.prepare('SELECT id FROM build_layers WHERE build_id = ? AND archived_at IS NULL').all(buildId) as Array<{ id: number }>;
  for (const { id } of oldLayers) {
    for (const component of db.prepare('SELECT id FROM layer_components WHERE layer_id = ? AND archived_at IS NULL').all(id) as Array<{ id: number }>) {
      archiveRecord(ctx.writer, 'layer_components', component.id);
    }
    archiveRecord(ctx.writer, 'build_layers', id);
  }
  layers.forEach((layer, position) => {
    const layerId = insertRecord(ctx.writer, 'build_layers', {
      build_id: buildId,
      position,
      kind: layer.kind,
      side: layer.side,
      shape_json: layer.shape === null ? null : JSON.stringify(layer.shape),
      thickness_coated_um: layer.thicknessCoatedUm,
      thickness_pressed_um: layer.thicknessPressedUm,
      mass_mg: layer.massMg,
      composition_basis: layer.compositionBasis,
      notes: layer.notes,
    });
    layer.components.forEach((component, index) =>
      insertRecord(ctx.writer, 'layer_components', { layer_id: layerId, position: index, material_id: component.materialId, lot_id: component.lotId, amount: component.amount }),
    );
  });
}

export function saveBuildStack(ctx: ServiceContext, input: Stack): void {
  ctx.notebook.db.transaction(() => {
    const row = ctx.notebook.db.prepare('SELECT name, configuration, archived_at FROM builds WHERE id = ?').get(input.buildId) as { name: string; configuration: string; archived_at: string | null } | undefined;
    if (!row) throw new CellbookError('not_found', `build ${input.buildId} does not exist`);
    if (row.archived_at) throw new CellbookError('refused', `build "${row.name}" is archived; restore it before editing`);
    const assembled = ctx.notebook.db.prepare("SELECT label FROM cells WHERE build_id = ? AND archived_at IS NULL AND status NOT IN ('planned', 'in_progress')").all(input.buildId) as Array<{ label: string }>;
    if (assembled.length > 0) {
      throw new CellbookError('refused', `cell ${assembled.map((cell) => cell.label).join(', ')} of "${row.name}" is already assembled: its stack is the record of what was built. Clone the build to change the design.`);
    }
    if (row.configuration !== input.configuration) updateRecord(ctx.writer, 'builds', input.buildId, { configuration: input.configuration });
    writeStack(ctx, input.buildId, input.layers);
  })();
  ctx.emit({ type: 'changed', tables: ['builds', 'build_layers'] });
}
