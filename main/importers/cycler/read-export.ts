// Reading an export as the commands and the import service do: a text file the line reader cannot
// take as it is (UTF-16, CR line ends) is read through a plain copy, a layered Neware export through
// a flat record table, and currents and voltages no tester produces are taken as missing with their
// line named, after the file is read.
import { basename } from 'node:path';
import { integrateCycles } from '../../../shared/cycling/cycle-integrals';
import { cyclesOfSteps } from '../../../shared/cycling/cycles';
import { splitSteps, stepStartsOf } from '../../../shared/cycling/segments';
import type { CyclerSeries } from '../../../shared/cycling/types';
import { formatSignificant } from '../../../shared/format/quantity';
import { readFileHead } from './file-head';
import type { CyclerFormat, Refusal } from './format';
import { dropImpossibleValues } from './impossible-values';
import { flattenLayeredNeware, isLayeredNeware, type LayeredCopy } from './neware-layered';
import { readCyclerFile, type CyclerFileResult, type ReadOptions } from './read-cycler-file';
import { plainTextCopy } from './text-form';

export async function readCyclerExport(filePath: string, formats: readonly CyclerFormat[], refusals: readonly Refusal[], options: ReadOptions = {}): Promise<CyclerFileResult> {
  const displayName = options.displayName ?? basename(filePath);
  const head = await readFileHead(filePath, displayName);
  const copy = await plainTextCopy(filePath, head);
  let layered: LayeredCopy | null = null;
  try {
    const textPath = copy?.filePath ?? filePath;
    const textHead = copy ? await readFileHead(textPath, displayName) : head;
    layered = isLayeredNeware(textHead) ? await flattenLayeredNeware(textPath, textHead) : null;
    const readPath = layered?.filePath ?? textPath;
    const result = await readCyclerFile(readPath, formats, refusals, { ...options, displayName });
    if (copy) result.notes.unshift(copy.note);
    const readHead = readPath === filePath ? head : await readFileHead(readPath, displayName);
    result.warnings.push(...(await dropImpossibleValues(result.series, result.notes, readHead, readPath)));
    if (layered) result.notes.push(...layered.notes, summaryComparison(result.series, layered.cycleSummaries));
    return result;
  } finally {
    copy?.remove();
    layered?.remove();
  }
}

/** Neware's own cycle capacities against coulomb counting of the records of each of its cycles. */
function summaryComparison(series: CyclerSeries, summaries: LayeredCopy['cycleSummaries']): string {
  if (!series.vendorCycle) return "Neware's cycle summaries could not be matched to the records";
  // Neware's cycles are made of its steps (the export's own layers), so each step's first record gives its cycle.
  const steps = splitSteps(series);
  const cycleOfStep = cyclesOfSteps(steps, series.vendorCycle);
  const counted = integrateCycles(series, steps, cycleOfStep, stepStartsOf(series));
  let worst = 0;
  let compared = 0;
  for (const [cycle, summary] of summaries) {
    const sums = counted.get(cycle);
    if (!sums) continue;
    for (const [vendor, countedMAh] of [
      [summary.chargeMAh, sums.chargeAs / 3.6],
      [summary.dischargeMAh, sums.dischargeAs / 3.6],
    ] as const) {
      if (vendor === null || !(countedMAh > 0)) continue;
      compared += 1;
      worst = Math.max(worst, Math.abs(vendor / countedMAh - 1));
    }
  }
  if (compared === 0) return "Neware's cycle summaries give no capacity to compare with coulomb counting";
  return `Neware's cycle summaries (${compared} capacities compared) differ from coulomb counting of the records by at most ${formatSignificant(worst * 100, 2)} %`;
}
