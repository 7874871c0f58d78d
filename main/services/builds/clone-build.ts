// "Like Example 1, but ...": a new build with the same header, protocol and stack, and no cells.
import { CellbookError } from '../../../shared/api-error';
import { layerInputSchema } from '../../../shared/schemas/builds';
import { updateRecord } from '../../db/records';
import type { ServiceContext } from '../context';
import { writeStack } from './build-stack';
import { createBuild, getBuildDetail } from './builds';

export function cloneBuild(ctx: ServiceContext, sourceId: number, name: string): number {
  const id = ctx.notebook.db.transaction(() => {
    const source = getBuildDetail(ctx, sourceId);
    if (source.build.archivedAt) throw new CellbookError('refused', `build "${source.build.name}" is archived; restore it to clone it`);
    const cloneId = createBuild(
      ctx,
      {
        name,
        configuration: source.build.configuration,
        builtOn: null,
        operator: source.build.operator,
        gloveboxH2oPpm: null,
        gloveboxO2Ppm: null,
        tags: source.build.tags,
        notes: source.build.notes ? `Cloned from ${source.build.name}.\n\n${source.build.notes}` : `Cloned from ${source.build.name}.`,
      },
      { emit: false, clonedFromId: sourceId },
    );
    updateRecord(ctx.writer, 'builds', cloneId, { protocol_json: JSON.stringify(source.build.protocol) });
    writeStack(
      ctx,
      cloneId,
      source.layers.map((layer) =>
        layerInputSchema.parse({
          kind: layer.kind,
          side: layer.side,
          shape: layer.shape,
          thicknessCoatedUm: layer.thicknessCoatedUm,
          thicknessPressedUm: layer.thicknessPressedUm,
          massMg: layer.massMg,
          compositionBasis: layer.compositionBasis,
          components: layer.components.map((component) => ({ materialId: component.materialId, lotId: component.lotId, amount: component.amount })),
          notes: layer.notes,
        }),
      ),
    );
    return cloneId;
  })();
  ctx.emit({ type: 'changed', tables: ['builds'] });
  return id;
}
