// A build number against an outcome, one point per cell: which knob mattered. Outcomes come from
// the Table 1 rows (lifespan, retention at N, standard capacity, first-cycle CE); a cell still
// above the threshold is drawn at its last cycle and marked censored ("> 120").
import type { z } from 'zod';
import { CellbookError } from '../../../shared/api-error';
import { BUILD_QUANTITIES, buildQuantity, quantityValue } from '../../../shared/plots/build-quantities';
import { niceTicks, rangeOf } from '../../../shared/plots/ticks';
import type { CompareQuantity, Scatter, scatterOutcomeSchema, scatterQuerySchema } from '../../../shared/schemas/plots';
import type { ServiceContext } from '../context';
import { readComparedBuild } from './design-differences';
import { getTableOne } from './table-one';

type Outcome = z.infer<typeof scatterOutcomeSchema>;

function outcomeQuantity(outcome: Outcome, retentionAtCycle: number): CompareQuantity {
  switch (outcome) {
    case 'lifespan':
      return { key: 'lifespan', label: 'Lifespan', unit: 'cycles' };
    case 'retention':
      return { key: 'retention', label: `Retention at cycle ${retentionAtCycle}`, unit: '%' };
    case 'standard_capacity':
      return { key: 'standard_capacity', label: 'Standard capacity', unit: 'mAh' };
    case 'first_cycle_ce':
      return { key: 'first_cycle_ce', label: 'First-cycle coulombic efficiency', unit: '%' };
  }
}

export function listCompareQuantities(): { parameters: CompareQuantity[]; outcomes: CompareQuantity[] } {
  return {
    parameters: BUILD_QUANTITIES.map(({ key, label, unit }) => ({ key, label, unit })),
    outcomes: (['lifespan', 'retention', 'standard_capacity', 'first_cycle_ce'] as const).map((outcome) => outcomeQuantity(outcome, 100)),
  };
}

export function getScatter(ctx: ServiceContext, query: z.output<typeof scatterQuerySchema>): Scatter {
  const quantity = buildQuantity(query.parameter);
  if (!quantity) throw new CellbookError('validation', `there is no build number "${query.parameter}" to plot; choose one of listCompareQuantities' parameters`, [{ field: 'parameter', message: 'not a build number Cellbook knows' }]);
  const buildIds = query.selection.buildIds;
  const table = getTableOne(ctx, { buildIds, retentionAtCycle: query.retentionAtCycle });
  const wantedTests = new Set(query.selection.testIds);
  const rows = table.rows.filter((row) => query.selection.testIds.length === 0 || buildIds.includes(row.buildId) || wantedTests.has(row.testId));
  const builds = new Map<number, ReturnType<typeof readComparedBuild>>();
  const points: Scatter['points'] = [];
  const missing: string[] = [];
  const outcome = outcomeQuantity(query.outcome, query.retentionAtCycle);
  for (const row of rows) {
    if (!builds.has(row.buildId)) builds.set(row.buildId, readComparedBuild(ctx, row.buildId));
    const x = quantityValue(quantity, builds.get(row.buildId)!);
    const who = `${row.buildName} ${row.cellLabel}`;
    if (x === null) {
      missing.push(`${who}: the build has no ${quantity.label.toLowerCase()}`);
      continue;
    }
    let y: number | null;
    let censored = false;
    if (query.outcome === 'lifespan') {
      y = row.lifespanCycle;
      const last = /^> (\d+)/.exec(row.lifespanLabel);
      if (y === null && last) [y, censored] = [Number(last[1]), true];
    } else y = query.outcome === 'retention' ? row.retentionPct : query.outcome === 'standard_capacity' ? row.standardCapacityMAh : row.firstCycleCePct;
    if (y === null) {
      missing.push(`${who}: no ${outcome.label.toLowerCase()} (${row.lifespanLabel})`);
      continue;
    }
    points.push({ testId: row.testId, buildId: row.buildId, buildName: row.buildName, cellLabel: row.cellLabel, x, y, censored, synthetic: row.synthetic });
  }
  const xSpan = rangeOf(points.map((point) => point.x));
  const ySpan = rangeOf(points.map((point) => point.y));
  const parameter = { key: quantity.key, label: quantity.label, unit: quantity.unit };
  return {
    parameter,
    outcome,
    xAxis: { title: `${quantity.label}${quantity.unit ? ` (${quantity.unit})` : ''}`, unit: quantity.unit, ticks: xSpan ? niceTicks(xSpan[0], xSpan[1]) : null },
    yAxis: { title: `${outcome.label} (${outcome.unit})`, unit: outcome.unit, ticks: ySpan ? niceTicks(ySpan[0], ySpan[1]) : null },
    points,
    missing,
  };
}
