// What an import does with the columns a long file kept on disk (main/importers/cycler/column-spill.ts):
// its capacity columns summarised per step, as summariseVendorColumns does with columns in memory,
// and whether it has a temperature at all.
import { splitSteps } from '../../../shared/cycling/segments';
import type { CyclerSeries, SpilledColumn } from '../../../shared/cycling/types';
import { stepCapacitiesInOrder, summariseVendorColumns } from '../../../shared/cycling/vendor-capacity';
import { forEachSpilledBlock } from '../../importers/cycler/column-spill';

/** The capacity columns summarised per step, from memory or from disk; the columns are let go. */
export function summariseCapacityColumns(series: CyclerSeries): void {
  summariseVendorColumns(series);
  const spilled = series.spilled;
  if (!spilled || (!spilled.chargeCapacityAh && !spilled.dischargeCapacityAh)) return;
  const steps = splitSteps(series);
  const fromDisk = (column: SpilledColumn) => stepCapacitiesInOrder(steps, (each) => forEachSpilledBlock(column, each));
  const inMemory = series.vendorStepCapacities!;
  series.vendorStepCapacities = {
    charge: spilled.chargeCapacityAh ? fromDisk(spilled.chargeCapacityAh) : inMemory.charge,
    discharge: spilled.dischargeCapacityAh ? fromDisk(spilled.dischargeCapacityAh) : inMemory.discharge,
  };
  series.spilled = { ...spilled, chargeCapacityAh: undefined, dischargeCapacityAh: undefined };
}

/** Whether the test has a temperature column, in memory or on disk. */
export function hasTemperature(series: CyclerSeries): boolean {
  return series.temperatureC !== null || series.spilled?.temperatureC !== undefined;
}
