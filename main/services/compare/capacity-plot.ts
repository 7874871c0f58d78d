// Charge and discharge capacity and coulombic efficiency vs cycle for one test, with the standard
// capacity, the lifespan threshold line (80 % by default, DOMAIN.md section 5), the lifespan cycle
// and the short-circuit flags with their evidence; ticks on the CE axis whose labels differ.
import type { z } from 'zod';
import { capacityAxisUnit, maxMagnitude } from '../../../shared/plots/axis-units';
import { niceTicks, rangeOf } from '../../../shared/plots/ticks';
import type { CapacityPlot, capacityPlotQuerySchema } from '../../../shared/schemas/plots';
import type { ServiceContext } from '../context';
import { loadPlotTest } from './plot-test';

const round = (value: number) => Number(value.toPrecision(8));

export function getCapacityPlot(ctx: ServiceContext, query: z.output<typeof capacityPlotQuerySchema>): CapacityPlot {
  const { detail, basis } = loadPlotTest(ctx, query.testId, query.basis);
  const rows = detail.cycles;
  const axis = capacityAxisUnit(maxMagnitude(rows.flatMap((row) => [row.chargeMAh, row.dischargeMAh])) / basis.divisor, basis.basis);
  const scale = axis.factor / basis.divisor;
  const shown = (mAh: number | null) => (mAh === null || !Number.isFinite(mAh) ? null : round(mAh * scale));
  const ce = rows.map((row) => (row.coulombicEfficiency === null ? null : round(row.coulombicEfficiency * 100)));
  const capacities = rows.flatMap((row) => [shown(row.chargeMAh), shown(row.dischargeMAh)]);
  const span = rangeOf(capacities);
  const ceSpan = rangeOf(ce);
  const standard = detail.lifespan.standardCapacityMAh;
  const thresholdPct = detail.settings.lifespan.retention * 100;
  const notes = [...basis.notes];
  if (rows.length === 0) notes.push('the test has no cycles: nothing to plot against cycle number');
  else if (!rows.some((row) => row.dischargeMAh > 0)) notes.push('no cycle has a discharge');
  if (rows.length > 0 && ceSpan === null) notes.push('no cycle has both a charge and a discharge, so there is no coulombic efficiency');
  return {
    testId: query.testId,
    basis: basis.basis,
    unavailableBases: basis.unavailableBases,
    cycles: rows.map((row) => row.cycle),
    chargeCapacity: rows.map((row) => shown(row.chargeMAh)),
    dischargeCapacity: rows.map((row) => shown(row.dischargeMAh)),
    coulombicEfficiencyPct: ce,
    capacityAxis: { title: `Capacity (${axis.unit})`, unit: axis.unit, ticks: span ? niceTicks(0, span[1]) : null },
    ceAxis: { title: 'Coulombic efficiency (%)', unit: '%', ticks: ceSpan ? niceTicks(ceSpan[0], ceSpan[1]) : null },
    standardCapacity: shown(standard),
    thresholdCapacity: standard === null ? null : shown(standard * detail.settings.lifespan.retention),
    thresholdPct,
    lifespanCycle: detail.lifespan.lifespanCycle,
    lifespanLabel: detail.lifespan.label,
    grade: detail.lifespan.grade,
    shortCircuits: detail.shortCircuits,
    notes: [...notes, ...detail.lifespan.warnings],
  };
}
