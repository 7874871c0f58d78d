// `cellbook calc press`: pressure <-> force on a round or rectangular die (DOMAIN.md section 4:
// 500 MPa on 1 cm² = 50.0 kN = 5.10 tf; 1 tf = 9.80665 kN). No notebook needed.
import type { Command } from 'commander';
import { CellbookError } from '../../../shared/api-error';
import { forceKN, forceKNFromPressure, judgePressureMagnitude, outlineAreaCm2, pressureMPaFromForce, tfFromKN } from '../../../shared/pressing/force';
import { formatSignificant } from '../../../shared/format/quantity';
import { emitResult, runCommand } from '../output';
import { textTable } from './text-table';

interface PressOptions {
  pressureMpa?: string;
  forceKN?: string;
  forceTf?: string;
  areaCm2?: string;
  diameterMm?: string;
  widthMm?: string;
  lengthMm?: string;
  json?: boolean;
}

function positive(option: string, text: string, unit: string): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value)) throw new CellbookError('validation', `--${option}: "${text}" is not a number`);
  if (value <= 0) throw new CellbookError('validation', `--${option}: ${value} ${unit} is not possible; it must be above 0 ${unit}`);
  return value;
}

function areaFrom(options: PressOptions): number {
  const given = [options.areaCm2 !== undefined, options.diameterMm !== undefined, options.widthMm !== undefined || options.lengthMm !== undefined].filter(Boolean).length;
  if (given !== 1) throw new CellbookError('validation', 'give the die once: --area-cm2 A, or --diameter-mm D, or --width-mm W with --length-mm L');
  if (options.areaCm2 !== undefined) return positive('area-cm2', options.areaCm2, 'cm²');
  if (options.diameterMm !== undefined) return outlineAreaCm2({ shape: 'round', diameterMm: positive('diameter-mm', options.diameterMm, 'mm') });
  if (options.widthMm === undefined || options.lengthMm === undefined) throw new CellbookError('validation', 'a rectangular die needs both --width-mm and --length-mm');
  return outlineAreaCm2({ shape: 'rect', widthMm: positive('width-mm', options.widthMm, 'mm'), lengthMm: positive('length-mm', options.lengthMm, 'mm') });
}

export function calcPress(options: PressOptions) {
  const given = [options.pressureMpa, options.forceKN, options.forceTf].filter((value) => value !== undefined).length;
  if (given !== 1) throw new CellbookError('validation', 'give one of --pressure-mpa P, --force-kN F or --force-tf F');
  const areaCm2 = areaFrom(options);
  const forceKNValue =
    options.pressureMpa !== undefined
      ? null
      : options.forceKN !== undefined
        ? positive('force-kN', options.forceKN, 'kN')
        : forceKN(positive('force-tf', options.forceTf as string, 'tf'), 'tf');
  const pressureMPa = forceKNValue === null ? positive('pressure-mpa', options.pressureMpa as string, 'MPa') : pressureMPaFromForce(forceKNValue, areaCm2);
  const field = forceKNValue === null ? '--pressure-mpa' : `the pressure from that force on ${formatSignificant(areaCm2, 4)} cm²`;
  const magnitude = judgePressureMagnitude(pressureMPa, field);
  if (magnitude.verdict !== 'ok') throw new CellbookError('validation', magnitude.message.replace(' Confirm it if it is meant.', ''));
  const kN = forceKNValue ?? forceKNFromPressure(pressureMPa, areaCm2);
  return { pressure_MPa: pressureMPa, area_cm2: areaCm2, force_kN: kN, force_tf: tfFromKN(kN) };
}

const n = (value: number) => formatSignificant(value, 4);

export function registerCalcPress(program: Command): void {
  const calc = program.commands.find((command) => command.name() === 'calc') ?? program.command('calc').description('calculators (no notebook needed)');
  calc
    .command('press')
    .description('pressure <-> force on a die: force = pressure x area (1 tf = 9.80665 kN)')
    .option('--pressure-mpa <MPa>', 'pressure on the die, MPa')
    .option('--force-kN <kN>', 'force on the press, kN (prints the pressure)')
    .option('--force-tf <tf>', 'force on the press, tonne-force (prints the pressure)')
    .option('--area-cm2 <cm2>', 'pressed area, cm²')
    .option('--diameter-mm <mm>', 'round die bore, mm')
    .option('--width-mm <mm>', 'rectangular die width, mm (with --length-mm)')
    .option('--length-mm <mm>', 'rectangular die length, mm')
    .option('--json', 'print JSON only on stdout')
    .action((options: PressOptions) =>
      runCommand(async () => {
        emitResult(options, calcPress(options), (result) =>
          textTable(['pressure (MPa)', 'area (cm²)', 'force (kN)', 'force (tf)'], [[n(result.pressure_MPa), n(result.area_cm2), n(result.force_kN), n(result.force_tf)]]),
        );
      }),
    );
}
