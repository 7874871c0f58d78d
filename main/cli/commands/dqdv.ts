// `cellbook dqdv FILE --cycle N`: differential capacity dQ/dV of one cycle's charge or discharge of
// a tester export (no notebook needed), by the stated method of shared/plots/dqdv.ts, with peaks.
// The file is read as `cellbook summarize` reads it and the cycle's points are taken as the
// notebook stores them (cycle-points-query.ts), so the curve is the one the app draws for the test
// imported from the same file.
import type { Command } from 'commander';
import { CellbookError } from '../../../shared/api-error';
import { assignCycles } from '../../../shared/cycling/cycles';
import { describeDqdvMethod, dqdvOfHalfCycle } from '../../../shared/plots/dqdv';
import { dqdvSettingsSchema, type DqdvSettings, type HalfCycle } from '../../../shared/schemas/plots';
import { formatSignificant } from '../../../shared/format/quantity';
import { parseOrThrow } from '../../../shared/validation';
import { CYCLER_FORMATS, CYCLER_REFUSALS } from '../../importers/cycler/formats/index';
import { readCyclerExport } from '../../importers/cycler/read-export';
import { halfCyclePoints } from '../../services/compare/half-cycles';
import { seriesCyclePoints } from '../../services/cycling/cycle-points-query';
import { emitResult, runCommand } from '../output';

interface DqdvOptions {
  cycle?: string;
  half?: string;
  binMV?: string;
  smoothing?: string;
  window?: string;
  format?: string;
  json?: boolean;
}

function number(option: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value)) throw new CellbookError('validation', `--${option}: "${text}" is not a number`);
  return value;
}

function settingsOf(options: DqdvOptions): DqdvSettings {
  const kind = options.smoothing ?? 'sg';
  const windowBins = number('window', options.window, kind === 'ma' ? 5 : 9);
  const smoothing = kind === 'none' ? { kind: 'none' } : kind === 'ma' ? { kind: 'moving_average', windowBins } : kind === 'sg' ? { kind: 'savitzky_golay', windowBins } : null;
  if (smoothing === null) throw new CellbookError('validation', `--smoothing: "${kind}" is not one of sg (Savitzky–Golay), ma (moving average), none`);
  return parseOrThrow(dqdvSettingsSchema, { binWidthMV: number('bin-mV', options.binMV, 5), smoothing }, 'dqdv options');
}

export function registerDqdv(program: Command): void {
  program
    .command('dqdv')
    .description('differential capacity dQ/dV of one cycle of a cycler export, by voltage binning then smoothing, with its peaks (no notebook needed)')
    .argument('<file>', 'the export (any format cellbook summarize reads)')
    .requiredOption('--cycle <n>', 'the cycle (as cellbook summarize numbers them)')
    .option('--half <half>', 'charge or discharge (default discharge)')
    .option('--bin-mV <mV>', 'voltage bin width in mV (default 5)')
    .option('--smoothing <kind>', 'sg (Savitzky–Golay, default), ma (moving average) or none')
    .option('--window <bins>', 'smoothing window, an odd number of bins (default 9; 5 for ma)')
    .option('--format <id>', 'read as this format instead of detecting it')
    .option('--json', 'print JSON only on stdout')
    .action((file: string, options: DqdvOptions) =>
      runCommand(async () => {
        const cycleText = options.cycle ?? '';
        const cycle = Number(cycleText);
        if (!/^\d+$/.test(cycleText.trim()) || cycle < 1) throw new CellbookError('validation', `--cycle: "${cycleText}" is not a cycle number (1 or more)`);
        const half = (options.half ?? 'discharge') as HalfCycle;
        if (half !== 'charge' && half !== 'discharge') throw new CellbookError('validation', `--half: "${options.half}" is not charge or discharge`);
        const settings = settingsOf(options);
        const result = await readCyclerExport(file, CYCLER_FORMATS, CYCLER_REFUSALS, options.format ? { formatId: options.format } : {});
        const { cycleOfStep } = assignCycles(result.series);
        const [points] = seriesCyclePoints(result.series, cycleOfStep, [cycle]);
        if (!points) {
          const numbered = [...new Set(cycleOfStep)].filter((value) => value >= 1);
          throw new CellbookError('not_found', `${result.fileName} has no cycle ${cycle} (it has ${numbered.length === 0 ? 'none' : `${Math.min(...numbered)}–${Math.max(...numbered)}`})`);
        }
        const { voltageV, capacityMAh } = halfCyclePoints(points, half);
        const curve = dqdvOfHalfCycle(voltageV, capacityMAh, half, settings, `cycle ${cycle}’s ${half}`);
        const json = {
          file: result.fileName,
          cycle,
          half,
          method: describeDqdvMethod(settings),
          bin_mV: settings.binWidthMV,
          points: voltageV.length,
          voltage_V: curve.voltageV,
          dqdv_mAh_per_V: curve.dqdv,
          peaks: curve.peaks.map((peak) => ({ voltage_V: peak.voltageV, height: peak.height })),
          note: curve.note,
        };
        emitResult(options, json, (value) =>
          [
            `${value.file}: cycle ${value.cycle} ${value.half}, ${value.points} points`,
            `method: ${value.method}`,
            ...(value.note ? [value.note] : ['peaks (V, dQ/dV in mAh/V):', ...value.peaks.map((peak) => `  ${peak.voltage_V.toFixed(4)} V  ${formatSignificant(peak.height, 4)} mAh/V`)]),
            ...(value.note ? [] : ['', 'voltage V  dQ/dV mAh/V', ...value.voltage_V.map((v, k) => `${v.toFixed(4).padStart(9)}  ${formatSignificant(value.dqdv_mAh_per_V[k]!, 5).padStart(11)}`)]),
          ].join('\n'),
        );
        return 0;
      }),
    );
}
