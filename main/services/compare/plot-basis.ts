// How capacity is shown for one test: per cell (mAh), per gram of cathode active material or per
// cm² of cathode, from the cell's build (cell-basis.ts). A basis the build cannot give falls back
// to mAh and says why, so a plot always draws.
import type { CapacityBasis } from '../../../shared/schemas/plots';
import type { CellBasis } from '../cycling/cell-basis';

export interface PlotBasis {
  basis: CapacityBasis;
  /** Divide mAh by this for the basis (1, active mass in g, area in cm²). */
  divisor: number;
  unavailableBases: Array<{ basis: CapacityBasis; reason: string }>;
  notes: string[];
}

function reasons(cell: CellBasis, attached: boolean): Array<{ basis: CapacityBasis; reason: string }> {
  const out: Array<{ basis: CapacityBasis; reason: string }> = [];
  const noBuild = 'the test is not attached to a cell, so no build gives';
  if (!(cell.activeMassMg !== null && cell.activeMassMg > 0)) out.push({ basis: 'per_gram', reason: attached ? "the cell's build has no cathode active mass, so mAh/g cannot be computed" : `${noBuild} a cathode active mass for mAh/g` });
  if (!(cell.areaCm2 !== null && cell.areaCm2 > 0)) out.push({ basis: 'per_cm2', reason: attached ? "the cell's build has no cathode area, so mAh/cm² cannot be computed" : `${noBuild} a cathode area for mAh/cm²` });
  return out;
}

export function plotBasis(cell: CellBasis, attached: boolean, wanted: CapacityBasis): PlotBasis {
  const unavailableBases = reasons(cell, attached);
  const refusal = unavailableBases.find((entry) => entry.basis === wanted);
  if (refusal) return { basis: 'cell', divisor: 1, unavailableBases, notes: [`shown in mAh: ${refusal.reason}`] };
  const divisor = wanted === 'per_gram' ? cell.activeMassMg! / 1000 : wanted === 'per_cm2' ? cell.areaCm2! : 1;
  return { basis: wanted, divisor, unavailableBases, notes: [] };
}
