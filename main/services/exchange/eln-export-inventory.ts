// Materials, lots, batches and recipe versions as .eln Datasets, each linked to what it came from:
// a lot to its material (mentions) and the batch that made it (isBasedOn), a batch to its recipe
// version (isBasedOn) and the lots it weighed in and produced (mentions).
import type { Attachment } from '../../../shared/schemas/attachments';
import { listAttachments } from '../attachments';
import type { ServiceContext } from '../context';
import { getLot } from '../inventory/lots';
import { getMaterial } from '../inventory/materials';
import { getBatch } from '../recipes/batches';
import { getRecipe } from '../recipes/recipes';
import { datasetId, folderOf, recordDates, safeSegment, textOf, type ElnFile, type ElnRecord, type RecordTable } from './eln-export-dataset';
import { propertyValues, type PropertyValueEntity } from './eln-export-values';

/** A record's attachments as File entries inside its folder (the attachment id keeps names apart). */
export function attachmentFiles(folder: string, attachments: readonly Attachment[]): ElnFile[] {
  return attachments.map((a) => ({
    path: `${folder}attachment-${a.id}-${safeSegment(a.fileName)}`,
    name: a.fileName,
    encodingFormat: a.mediaType,
    sizeBytes: a.byteLength,
    sha256: a.sha256,
    source: { kind: 'attachment', attachmentId: a.id },
  }));
}

const filesOf = (ctx: ServiceContext, table: RecordTable, attachTable: Attachment['recordTable'], id: number) => attachmentFiles(folderOf(table, id), listAttachments(ctx, { recordTable: attachTable, recordId: id }));

export function materialRecord(ctx: ServiceContext, id: number, author: string): ElnRecord {
  const material = getMaterial(ctx, id);
  const { notes, ...fields } = material;
  return {
    folder: folderOf('materials', id),
    name: material.name,
    author,
    ...recordDates(ctx, 'materials', id),
    text: textOf(`Material ${material.name} (${material.kind})${material.formula ? `, ${material.formula}` : ''}.`, notes),
    keywords: ['material', material.kind],
    values: propertyValues(datasetId('materials', id), fields, { strings: true }),
    mentions: [],
    isBasedOn: [],
    files: filesOf(ctx, 'materials', 'materials', id),
  };
}

export function lotRecord(ctx: ServiceContext, id: number, author: string): ElnRecord {
  const lot = getLot(ctx, id);
  const { notes, warnings, ...fields } = lot;
  const inLotUnit = { quantity: lot.unit, remaining: lot.unit, used: lot.unit, lowStockThreshold: lot.unit };
  return {
    folder: folderOf('lots', id),
    name: `${lot.materialName} lot ${lot.lotNumber}`,
    author,
    ...recordDates(ctx, 'lots', id),
    text: textOf(`Lot ${lot.lotNumber} of ${lot.materialName}: ${lot.remaining} of ${lot.quantity} ${lot.unit} left${lot.madeInHouse ? ', made in house' : lot.supplier ? `, from ${lot.supplier}` : ''}.`, warnings.map((w) => w.message).join('\n'), notes),
    keywords: ['lot', lot.madeInHouse ? 'made in house' : 'bought'],
    values: propertyValues(datasetId('lots', id), fields, { strings: true, units: inLotUnit }),
    mentions: [datasetId('materials', lot.materialId)],
    isBasedOn: lot.sourceBatchId === null ? [] : [datasetId('batches', lot.sourceBatchId)],
    files: filesOf(ctx, 'lots', 'lots', id),
  };
}

function ingredientValues(entityId: string, batch: ReturnType<typeof getBatch>): PropertyValueEntity[] {
  return batch.ingredients.flatMap((i) => {
    const make = (part: string, value: number | null, unitText: string): PropertyValueEntity[] =>
      value === null ? [] : [{ '@id': `${entityId}#${encodeURIComponent(`ingredients.${i.key}.${part}`)}`, '@type': 'PropertyValue', propertyID: `ingredients.${i.key}.${part}`, name: `${i.name} › ${part}`, value, unitText }];
    return [...make('planned', i.plannedAmount, i.plannedUnit), ...make('actual', i.actualAmount, i.actualUnit ?? i.plannedUnit), ...make('deviation', i.deviationPct, '%')];
  });
}

export function batchRecord(ctx: ServiceContext, id: number, author: string): ElnRecord {
  const batch = getBatch(ctx, id);
  const entityId = datasetId('batches', id);
  const deviations = batch.ingredients.filter((i) => i.outsideTolerance).map((i) => `${i.name}: ${i.deviationPct?.toFixed(1) ?? '—'} % against the plan (${i.deviationReason ?? 'no reason recorded'})`);
  const lots = [batch.productLotId, ...batch.ingredients.map((i) => i.lotId)].filter((lotId): lotId is number => lotId !== null);
  return {
    folder: folderOf('batches', id),
    name: batch.code,
    author,
    ...recordDates(ctx, 'batches', id),
    text: textOf(`Batch ${batch.code} of ${batch.recipeName} v${batch.recipeVersion} (${batch.productMaterialName}), ${batch.status}.`, deviations.length > 0 ? `Outside tolerance:\n${deviations.join('\n')}` : null, batch.abandonReason, batch.observations),
    keywords: ['batch', batch.status, batch.recipeName],
    values: [
      ...propertyValues(entityId, { status: batch.status, scaleFactor: batch.scaleFactor, massTolerancePct: batch.massTolerancePct, yieldG: batch.yieldG, startedAt: batch.startedAt, finishedAt: batch.finishedAt }, { strings: true }),
      ...ingredientValues(entityId, batch),
    ],
    mentions: [...new Set(lots)].map((lotId) => datasetId('lots', lotId)),
    isBasedOn: [datasetId('recipe_versions', batch.recipeVersionId)],
    files: filesOf(ctx, 'batches', 'batches', id),
  };
}

export function recipeVersionRecord(ctx: ServiceContext, versionId: number, author: string): ElnRecord {
  const { recipe_id: recipeId } = ctx.notebook.db.prepare('SELECT recipe_id FROM recipe_versions WHERE id = ?').get(versionId) as { recipe_id: number };
  const recipe = getRecipe(ctx, recipeId);
  const version = recipe.versions.find((v) => v.id === versionId);
  if (!version) throw new Error(`recipe version ${versionId} is not among ${recipe.name}'s versions`);
  const earlier = recipe.versions.filter((v) => v.version < version.version).sort((a, b) => b.version - a.version)[0];
  return {
    folder: folderOf('recipe_versions', versionId),
    name: `${recipe.name} v${version.version}`,
    author,
    ...recordDates(ctx, 'recipe_versions', versionId),
    text: textOf(`Recipe ${recipe.name}, version ${version.version}, makes ${recipe.productMaterialName} (${recipe.productKind}).`, recipe.description, version.changeNote),
    keywords: ['recipe version', recipe.productKind, version.content.kind],
    values: propertyValues(datasetId('recipe_versions', versionId), version.content, { strings: true }),
    mentions: [],
    isBasedOn: earlier ? [datasetId('recipe_versions', earlier.id)] : [],
    // Attachments belong to the recipe; each exported version carries them in its own folder.
    files: attachmentFiles(folderOf('recipe_versions', versionId), listAttachments(ctx, { recordTable: 'recipes', recordId: recipeId })),
  };
}
