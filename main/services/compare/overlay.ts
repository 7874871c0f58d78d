// Several tests on one plot: retention, capacity or CE vs cycle, one cycle's voltage curves or its
// dQ/dV, each series labelled by build, the parameter that distinguishes the builds, and cell.
import type { z } from 'zod';
import { capacityAxisUnit, maxMagnitude } from '../../../shared/plots/axis-units';
import { distinguishingParameter } from '../../../shared/plots/distinguishing';
import { describeDqdvMethod, dqdvOfHalfCycle } from '../../../shared/plots/dqdv';
import { designDifferences } from '../../../shared/plots/design-differences';
import { downsampleInRange, pick } from '../../../shared/plots/downsample';
import { niceTicks, rangeOf } from '../../../shared/plots/ticks';
import type { Overlay, overlayQuerySchema } from '../../../shared/schemas/plots';
import type { ServiceContext } from '../context';
import { NO_BASIS } from '../cycling/cell-basis';
import { readCyclePoints } from '../cycling/cycle-points-store';
import { readCycleTables } from './cycle-tables';
import { readComparedBuild } from './design-differences';
import { dqdvUnit } from './dqdv-plot';
import { halfCyclePoints } from './half-cycles';
import { plotBasis } from './plot-basis';
import { selectTests } from './selection';

type Query = z.output<typeof overlayQuerySchema>;
type Series = Overlay['series'][number];

const round = (value: number) => Number(value.toPrecision(7));

export function getOverlay(ctx: ServiceContext, query: Query): Overlay {
  const tests = selectTests(ctx, query.selection);
  const buildIds = [...new Set(tests.map((test) => test.buildId).filter((id) => id !== 0))];
  const builds = buildIds.map((id) => readComparedBuild(ctx, id));
  const distinguishing = distinguishingParameter(builds, () => designDifferences(builds));
  const notes: string[] = [];
  // The list rows carry the standard capacity; each test's cycle table and each build are read once.
  const bases = new Map(builds.map((build) => [build.id, build.basis]));
  const basisOf = (buildId: number) => bases.get(buildId) ?? NO_BASIS;
  const tables = readCycleTables(ctx.notebook.db, tests.map((test) => test.id));
  const loaded = tests.map((test) => ({
    test,
    plot: { cycles: tables.get(test.id)!, standardMAh: test.standardCapacityMAh, basis: plotBasis(basisOf(test.buildId), test.cellId !== 0, query.basis) },
  }));
  // One unit for every series: the basis falls back to mAh for all when any test cannot give it.
  const fallback = loaded.find(({ plot }) => plot.basis.basis !== query.basis);
  if (fallback) notes.push(`shown in mAh: ${fallback.test.buildName} ${fallback.test.cellLabel}: ${fallback.plot.basis.notes[0] ?? ''}`.trim());
  const divisorOf = (plot: (typeof loaded)[number]['plot']) => (fallback ? 1 : plot.basis.divisor);
  const basis = fallback ? 'cell' : query.basis;
  const series: Series[] = [];
  const base = (test: (typeof tests)[number], half: Series['half']): Omit<Series, 'x' | 'y' | 'shownPoints' | 'storedPoints'> => {
    const parameter = distinguishing?.valueByBuild.get(test.buildId);
    return {
      testId: test.id,
      testName: test.name,
      buildId: test.buildId === 0 ? null : test.buildId,
      buildName: test.buildId === 0 ? null : test.buildName,
      cellLabel: test.cellId === 0 ? null : test.cellLabel,
      label: [test.buildId === 0 ? test.name : test.buildName, parameter, test.cellId === 0 ? null : test.cellLabel].filter(Boolean).join(' · ') + (half ? ` (${half})` : ''),
      group: test.buildId === 0 ? `test ${test.id}` : `build ${test.buildId}`,
      synthetic: test.synthetic,
      half,
    };
  };

  let xAxisTitle = 'Cycle';
  let xUnit = '';
  let yTitle: string;
  let yUnit: string;
  let method: string | null = null;
  if (query.kind === 'retention' || query.kind === 'capacity' || query.kind === 'coulombic_efficiency') {
    const axis = capacityAxisUnit(maxMagnitude(loaded.flatMap(({ plot }) => plot.cycles.map((row) => row.dischargeMAh / divisorOf(plot)))), basis);
    for (const { test, plot } of loaded) {
      const rows = plot.cycles;
      const standard = plot.standardMAh;
      if (query.kind === 'retention' && standard === null) notes.push(`${base(test, null).label}: no standard capacity, so no retention`);
      const y = rows.map((row) =>
        query.kind === 'retention' ? (standard ? (row.dischargeMAh / standard) * 100 : Number.NaN) : query.kind === 'capacity' ? (row.dischargeMAh / divisorOf(plot)) * axis.factor : row.coulombicEfficiency === null ? Number.NaN : row.coulombicEfficiency * 100,
      );
      const kept = y.map((value, i) => (Number.isFinite(value) ? i : -1)).filter((i) => i !== -1);
      series.push({ ...base(test, null), x: kept.map((i) => rows[i]!.cycle), y: kept.map((i) => round(y[i]!)), shownPoints: kept.length, storedPoints: rows.length });
    }
    [yTitle, yUnit] = query.kind === 'retention' ? ['Discharge capacity retention', '%'] : query.kind === 'capacity' ? ['Discharge capacity', axis.unit] : ['Coulombic efficiency', '%'];
  } else {
    const capacityUnit = capacityAxisUnit(maxMagnitude(loaded.flatMap(({ plot }) => plot.cycles.filter((row) => row.cycle === query.cycle).flatMap((row) => [row.chargeMAh / divisorOf(plot), row.dischargeMAh / divisorOf(plot)]))), basis);
    if (query.kind === 'dqdv') method = describeDqdvMethod(query.dqdv);
    for (const { test, plot } of loaded) {
      const [points] = readCyclePoints(ctx.notebook.db, test.id, [query.cycle]);
      if (!points) {
        notes.push(`${base(test, null).label}: no cycle ${query.cycle}`);
        continue;
      }
      for (const half of query.halves) {
        const part = halfCyclePoints(points, half);
        if (part.voltageV.length === 0) {
          notes.push(`${base(test, half).label}: cycle ${query.cycle} has no ${half}`);
          continue;
        }
        const divisor = divisorOf(plot);
        if (query.kind === 'voltage') {
          const sampled = downsampleInRange(part.capacityMAh, [part.voltageV], query.widthPx, null);
          series.push({ ...base(test, half), x: pick(part.capacityMAh, sampled.indices, capacityUnit.factor / divisor, 6), y: pick(part.voltageV, sampled.indices, 1, 5), shownPoints: sampled.indices.length, storedPoints: part.voltageV.length });
        } else {
          const curve = dqdvOfHalfCycle(part.voltageV, part.capacityMAh.map((mAh) => mAh / divisor), half, query.dqdv, `cycle ${query.cycle}’s ${half}`);
          if (curve.note) notes.push(`${base(test, half).label}: ${curve.note}`);
          series.push({ ...base(test, half), x: curve.voltageV, y: curve.dqdv.map(round), shownPoints: curve.voltageV.length, storedPoints: part.voltageV.length });
        }
      }
    }
    if (query.kind === 'voltage') [xAxisTitle, xUnit, yTitle, yUnit] = ['Capacity', capacityUnit.unit, 'Voltage', 'V'];
    else [xAxisTitle, xUnit, yTitle, yUnit] = ['Voltage', 'V', 'dQ/dV', dqdvUnit(basis)];
  }
  if (tests.length === 0) notes.push('no cycling tests in the selection');
  const xSpan = rangeOf(series.flatMap((entry) => entry.x));
  const ySpan = rangeOf(series.flatMap((entry) => entry.y));
  return {
    kind: query.kind,
    xAxis: { title: xUnit ? `${xAxisTitle} (${xUnit})` : xAxisTitle, unit: xUnit, ticks: xSpan ? niceTicks(xSpan[0], xSpan[1]) : null },
    yAxis: { title: `${yTitle} (${yUnit})`, unit: yUnit, ticks: ySpan ? niceTicks(ySpan[0], ySpan[1]) : null },
    legendTitle: distinguishing ? `Build · ${distinguishing.label}${distinguishing.unit ? ` (${distinguishing.unit})` : ''} · cell` : 'Build · cell',
    distinguishing: distinguishing ? [{ label: distinguishing.label, unit: distinguishing.unit, valueByBuild: Object.fromEntries([...distinguishing.valueByBuild].map(([id, value]) => [String(id), value])) }] : [],
    series,
    method,
    notes,
  };
}
