// Everything a build report shows, read through the same services the app uses; a part that does
// not exist yet for this build (no press plan, no cycling test) is null or empty, and the report
// says so instead of failing.
import path from 'node:path';
import type { PressPlan } from '../../../shared/schemas/pressing';
import type { CapacityPlot, VoltageCurves } from '../../../shared/schemas/plots';
import type { CyclingTestDetail } from '../../../shared/schemas/cycling';
import { listAttachments } from '../attachments';
import { getBuildDetail } from '../builds/builds';
import { getCapacityPlot } from '../compare/capacity-plot';
import { getVoltageCurves } from '../compare/voltage-curves';
import { getCyclingTest, listCyclingTests } from '../cycling/cycling-tests';
import type { ServiceContext } from '../context';
import { getLot } from '../inventory/lots';
import { getPressPlan } from '../pressing/plan-view';
import { getBatch } from '../recipes/batches';

export interface LotLineage {
  lotId: number;
  lotNumber: string;
  materialName: string;
  batch: { code: string; recipeName: string; recipeVersion: number; status: string; deviations: string[] } | null;
}

export interface CellTestReport {
  detail: CyclingTestDetail;
  capacity: CapacityPlot | null;
  voltage: VoltageCurves | null;
}

export interface BuildReportData {
  notebookFileName: string;
  madeAt: Date;
  historyEntries: number;
  historyHead: string | null;
  build: ReturnType<typeof getBuildDetail>;
  lineage: LotLineage[];
  plan: PressPlan | null;
  tests: Map<number, CellTestReport[]>;
  attachments: ReturnType<typeof listAttachments>;
  buildHistory: { entries: number; first: string | null; last: string | null };
}

function lineageOf(ctx: ServiceContext, lotId: number): LotLineage {
  const lot = getLot(ctx, lotId);
  if (lot.sourceBatchId === null) return { lotId, lotNumber: lot.lotNumber, materialName: lot.materialName, batch: null };
  const batch = getBatch(ctx, lot.sourceBatchId);
  const deviations = batch.ingredients
    .filter((i) => i.outsideTolerance)
    .map((i) => `${i.name}: ${i.deviationPct === null ? '—' : `${i.deviationPct > 0 ? '+' : ''}${i.deviationPct.toFixed(1)} %`} against the plan${i.deviationReason ? ` (${i.deviationReason})` : ' (no reason recorded)'}`);
  return { lotId, lotNumber: lot.lotNumber, materialName: lot.materialName, batch: { code: batch.code, recipeName: batch.recipeName, recipeVersion: batch.recipeVersion, status: batch.status, deviations } };
}

function testReport(ctx: ServiceContext, testId: number): CellTestReport {
  const detail = getCyclingTest(ctx, testId);
  const cycles = detail.cycles.map((c) => c.cycle);
  const first = cycles[0];
  const last = cycles.at(-1);
  const capacity = cycles.length > 0 ? getCapacityPlot(ctx, { testId, basis: 'cell' }) : null;
  const chosen = [...new Set([first, last].filter((c): c is number => c !== undefined))];
  const voltage = chosen.length > 0 ? getVoltageCurves(ctx, { testId, cycles: { kind: 'list', cycles: chosen }, halves: ['charge', 'discharge'], basis: 'cell', widthPx: 600, xRange: null }) : null;
  return { detail, capacity, voltage };
}

export function readBuildReport(ctx: ServiceContext, buildId: number): BuildReportData {
  const db = ctx.notebook.db;
  const build = getBuildDetail(ctx, buildId);
  const lotIds = [...new Set(build.layers.flatMap((layer) => layer.components.map((c) => c.lotId)).filter((id): id is number => id !== null))];
  const plan = getPressPlan(ctx, buildId, ctx.writer.now());
  const tests = new Map<number, CellTestReport[]>();
  for (const cell of build.cells) tests.set(cell.id, listCyclingTests(ctx, { cellId: cell.id, includeArchived: false, unassignedOnly: false }).map((row) => testReport(ctx, row.id)));
  const head = db.prepare('SELECT count(*) AS n, (SELECT hash FROM history ORDER BY id DESC LIMIT 1) AS hash FROM history').get() as { n: number; hash: string | null };
  const cellIds = build.cells.map((c) => String(c.id));
  const own = db
    .prepare(`SELECT count(*) AS n, min(at) AS first, max(at) AS last FROM history WHERE (table_name = 'builds' AND record_id = ?) OR (table_name = 'cells' AND record_id IN (SELECT value FROM json_each(?)))`)
    .get(String(buildId), JSON.stringify(cellIds)) as { n: number; first: string | null; last: string | null };
  return {
    notebookFileName: path.basename(ctx.notebook.path),
    madeAt: ctx.writer.now(),
    historyEntries: head.n,
    historyHead: head.hash,
    build,
    lineage: lotIds.map((id) => lineageOf(ctx, id)),
    plan: plan.planId === null ? null : plan,
    tests,
    attachments: listAttachments(ctx, { recordTable: 'builds', recordId: buildId }),
    buildHistory: { entries: own.n, first: own.first, last: own.last },
  };
}
