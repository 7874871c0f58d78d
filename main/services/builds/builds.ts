// Builds: a design (header, protocol, layer stack) with its derived numbers and the patent's
// rules computed on read, and the cells built to it.
import type { z } from 'zod';
import { CellbookError } from '../../../shared/api-error';
import { deriveBuild } from '../../../shared/cells/derived';
import { evaluateDesignRules } from '../../../shared/cells/design-rules';
import { compositionProblem } from '../../../shared/cells/composition';
import { LAYER_KIND_LABELS, PATENT_PROTOCOL, type CyclingProtocol } from '../../../shared/cells/types';
import type { BuildLayerRecord, buildHeaderSchema, buildListQuerySchema, createBuildSchema, saveBuildStackSchema, updateBuildSchema } from '../../../shared/schemas/builds';
import { archiveRecord, insertRecord, restoreRecord, updateRecord } from '../../db/records';
import type { SqlValue } from '../../db/sql';
import type { ServiceContext } from '../context';
import { toBuildDesign } from './build-design';
import { readLayers, toBuildHeader, toCell, type BuildRow, type CellRow } from './build-rows';
import { defaultStack } from './default-stack';
import { buildPlanSummary } from '../pressing/plan-list';
import { acknowledgedRules } from './rule-acknowledgements';
import { countRules } from '../../../shared/cells/rule-acknowledgements';

type BuildHeader = z.output<typeof buildHeaderSchema>;

function readBuildRow(ctx: ServiceContext, id: number): BuildRow {
  const row = ctx.notebook.db.prepare('SELECT * FROM builds WHERE id = ?').get(id) as BuildRow | undefined;
  if (!row) throw new CellbookError('not_found', `build ${id} does not exist`);
  return row;
}

export function assertBuildNameFree(ctx: ServiceContext, name: string, exceptId: number | null): void {
  const clash = ctx.notebook.db.prepare('SELECT id FROM builds WHERE name = ? COLLATE NOCASE AND archived_at IS NULL AND id IS NOT ?').get(name, exceptId) as { id: number } | undefined;
  if (clash) throw new CellbookError('conflict', `a build named "${name}" already exists (build ${clash.id})`, [{ field: 'name', message: 'already used by another build' }]);
}

function headerColumns(fields: Partial<BuildHeader>): Record<string, SqlValue> {
  const columns: Record<string, SqlValue> = {};
  if (fields.name !== undefined) columns.name = fields.name;
  if (fields.builtOn !== undefined) columns.built_on = fields.builtOn;
  if (fields.operator !== undefined) columns.operator = fields.operator;
  if (fields.gloveboxH2oPpm !== undefined) columns.glovebox_h2o_ppm = fields.gloveboxH2oPpm;
  if (fields.gloveboxO2Ppm !== undefined) columns.glovebox_o2_ppm = fields.gloveboxO2Ppm;
  if (fields.tags !== undefined) columns.tags_json = JSON.stringify(fields.tags);
  if (fields.notes !== undefined) columns.notes = fields.notes;
  return columns;
}

/** Derived numbers, rules and composition problems of a stack (saved or being edited). */
export function evaluateStack(ctx: ServiceContext, configuration: BuildRow['configuration'], protocol: CyclingProtocol, layers: readonly BuildLayerRecord[]) {
  const design = toBuildDesign(ctx, configuration, protocol, layers);
  const derived = deriveBuild(design);
  const problems = design.layers.flatMap((layer, index) => {
    const problem = compositionProblem(layer);
    return problem ? [`${LAYER_KIND_LABELS[layer.kind]} (${layers[index]?.side === 'shared' ? 'shared' : `side ${layers[index]?.side}`}): ${problem}`] : [];
  });
  return { derived, rules: evaluateDesignRules(design, derived), problems };
}

export function getBuildDetail(ctx: ServiceContext, id: number) {
  const row = readBuildRow(ctx, id);
  const build = toBuildHeader(row);
  const layers = readLayers(ctx.notebook.db, id);
  const cells = (ctx.notebook.db.prepare('SELECT * FROM cells WHERE build_id = ? AND archived_at IS NULL ORDER BY id').all(id) as CellRow[]).map(toCell);
  const evaluated = evaluateStack(ctx, build.configuration, build.protocol, layers);
  return { build, layers, cells, ...evaluated, rules: acknowledgedRules(ctx, id, evaluated.rules), pressPlan: buildPlanSummary(ctx, id) };
}

/** The numbers of an edited stack before it is saved: lot numbers and material names looked up, nothing written. */
export function previewBuildStack(ctx: ServiceContext, input: z.output<typeof saveBuildStackSchema>) {
  const build = toBuildHeader(readBuildRow(ctx, input.buildId));
  const names = ctx.notebook.db.prepare('SELECT name, kind FROM materials WHERE id = ?');
  const lotNumber = ctx.notebook.db.prepare('SELECT lot_number FROM lots WHERE id = ?');
  const layers: BuildLayerRecord[] = input.layers.map((layer, position) => ({
    ...layer,
    id: 0,
    position,
    components: layer.components.map((component) => {
      const material = names.get(component.materialId) as { name: string; kind: string } | undefined;
      if (!material) throw new CellbookError('validation', `material ${component.materialId} does not exist`);
      const lot = component.lotId === null ? undefined : (lotNumber.get(component.lotId) as { lot_number: string } | undefined);
      return { materialId: component.materialId, materialName: material.name, materialKind: material.kind, lotId: component.lotId, lotNumber: lot?.lot_number ?? null, amount: component.amount };
    }),
  }));
  const evaluated = evaluateStack(ctx, input.configuration, build.protocol, layers);
  return { ...evaluated, rules: acknowledgedRules(ctx, input.buildId, evaluated.rules) };
}

export function createBuild(ctx: ServiceContext, input: z.output<typeof createBuildSchema>, options: { emit?: boolean; clonedFromId?: number; defaultStack?: boolean } = {}) {
  const id = ctx.notebook.db.transaction(() => {
    assertBuildNameFree(ctx, input.name, null);
    const buildId = Number(
      insertRecord(ctx.writer, 'builds', {
        ...headerColumns(input),
        configuration: input.configuration,
        protocol_json: JSON.stringify(PATENT_PROTOCOL),
        cloned_from_id: options.clonedFromId ?? null,
      }),
    );
    // A clone or the demo writes its own stack; a new build starts with the empty layers of its figure.
    if (options.defaultStack ?? options.clonedFromId === undefined) {
      defaultStack(input.configuration).forEach((layer, position) =>
        insertRecord(ctx.writer, 'build_layers', { build_id: buildId, position, kind: layer.kind, side: layer.side, composition_basis: 'wt_pct' }),
      );
    }
    return buildId;
  })();
  if (options.emit !== false) ctx.emit({ type: 'changed', tables: ['builds'] });
  return id;
}

export function updateBuild(ctx: ServiceContext, input: z.output<typeof updateBuildSchema>) {
  ctx.notebook.db.transaction(() => {
    const row = readBuildRow(ctx, input.id);
    if (row.archived_at) throw new CellbookError('refused', `build "${row.name}" is archived; restore it before editing`);
    if (input.changes.name !== undefined) assertBuildNameFree(ctx, input.changes.name, input.id);
    const columns = headerColumns(input.changes);
    if (input.protocol) columns.protocol_json = JSON.stringify(input.protocol);
    updateRecord(ctx.writer, 'builds', input.id, columns);
  })();
  ctx.emit({ type: 'changed', tables: ['builds'] });
  return getBuildDetail(ctx, input.id);
}

export function setBuildArchived(ctx: ServiceContext, id: number, archived: boolean) {
  ctx.notebook.db.transaction(() => {
    const row = readBuildRow(ctx, id);
    if (!archived) assertBuildNameFree(ctx, row.name, id);
    if (archived) archiveRecord(ctx.writer, 'builds', id);
    else restoreRecord(ctx.writer, 'builds', id);
  })();
  ctx.emit({ type: 'changed', tables: ['builds'] });
  return getBuildDetail(ctx, id);
}

function ruleCountColumns(counts: ReturnType<typeof countRules>) {
  return { rulesWarn: counts.warn, rulesAcknowledged: counts.acknowledged, rulesNotEnoughData: counts.notEnoughData };
}

export function listBuilds(ctx: ServiceContext, query: z.output<typeof buildListQuerySchema>) {
  const rows = ctx.notebook.db
    .prepare(`SELECT * FROM builds ${query.status === 'active' ? 'WHERE archived_at IS NULL' : query.status === 'archived' ? 'WHERE archived_at IS NOT NULL' : ''} ORDER BY built_on IS NULL, built_on DESC, id`)
    .all() as BuildRow[];
  return rows
    .filter((row) => (query.builtFrom === undefined || (row.built_on ?? '') >= query.builtFrom) && (query.builtTo === undefined || (row.built_on ?? '9999') <= query.builtTo))
    .filter((row) => query.tag === undefined || (JSON.parse(row.tags_json) as string[]).some((tag) => tag.toLowerCase() === query.tag?.toLowerCase()))
    .map((row) => {
      const detail = getBuildDetail(ctx, row.id);
      const derived = detail.derived;
      return {
        id: row.id,
        name: row.name,
        builtOn: row.built_on,
        configuration: row.configuration,
        tags: detail.build.tags,
        archivedAt: row.archived_at,
        clonedFromId: row.cloned_from_id,
        cells: detail.cells.map((cell) => ({ label: cell.label, status: cell.status })),
        cathodeLoadingMgCm2: derived.cathodeLoadingMgCm2 ?? null,
        cathodeActiveLoadingMgCm2: derived.cathodeActiveLoadingMgCm2 ?? null,
        cathodeCapacityMAh: derived.cathodeCapacityMAh ?? null,
        compositeSeWtPct: derived.compositeSeWtPct ?? null,
        ...ruleCountColumns(countRules(detail.rules)),
        materialIds: [...new Set(detail.layers.flatMap((layer) => layer.components.map((component) => component.materialId)))],
        planState: detail.pressPlan.state,
        planWorst: detail.pressPlan.worst,
      };
    })
    .filter((item) => query.materialId === undefined || item.materialIds.includes(query.materialId))
    .filter((item) => query.cellStatus === undefined || item.cells.some((cell) => cell.status === query.cellStatus));
}
