import type { Command } from 'commander';
import { CellbookError } from '../../../shared/api-error';
import { resolveGelSubstance } from '../../../shared/chemistry/gel-substances';
import { calculateSolgel, type SolgelInput, type SolgelResult } from '../../../shared/chemistry/solgel';
import { solgelInputSchema } from '../../../shared/schemas/solgel';
import { parseOrThrow } from '../../../shared/validation';
import { formatFixed } from '../../../shared/format/quantity';
import { emitResult, runCommand } from '../output';

interface CalcOptions {
  salt: string;
  medium: string;
  saltMolPct: string;
  electrolyteG: string;
  teosMl?: string;
  teosG?: string;
  acidMl: string;
  acidMolar: string;
  acidDensity?: string;
  precursorG: string;
  dryMassG?: string;
  mediumLossG?: string;
  tgaOxideWtPct?: string;
  saltMolarMass?: string;
  mediumMolarMass?: string;
  mediumDensity?: string;
  teosDensity?: string;
  json?: boolean;
}

function number(option: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value)) throw new CellbookError('validation', `--${option}: "${text}" is not a number`);
  return value;
}

/** Which molar mass and density each substance was computed with, for the output. */
type Constants = Record<string, string>;

function substance(option: string, text: string, molarMassOverride: number | undefined, constants: Constants) {
  const resolved = resolveGelSubstance(text);
  if (molarMassOverride !== undefined) {
    constants[resolved?.name ?? text] = `${molarMassOverride} g/mol (--${option}-molar-mass)`;
    return { name: resolved?.name ?? text, molarMassGMol: molarMassOverride, densityGMl: resolved?.densityGMl ?? null };
  }
  if (!resolved) throw new CellbookError('validation', `--${option}: no molar mass known for "${text}"; name it by its formula or give --${option}-molar-mass`);
  constants[resolved.name] = `${formatFixed(resolved.molarMassGMol, 2)} g/mol (${resolved.source})${resolved.densityGMl ? `, ${resolved.densityGMl} g/mL` : ''}`;
  return { name: resolved.name, molarMassGMol: resolved.molarMassGMol, densityGMl: resolved.densityGMl };
}

export function solgelInputFromOptions(options: CalcOptions, constants: Constants = {}): SolgelInput {
  const acid = substance('acid', 'formic acid', undefined, constants);
  const teos = substance('teos', 'TEOS', undefined, constants);
  const silica = substance('oxide', 'SiO2', undefined, constants);
  const medium = substance('medium', options.medium, number('medium-molar-mass', options.mediumMolarMass), constants);
  const draft = {
    salt: { ...substance('salt', options.salt, number('salt-molar-mass', options.saltMolarMass), constants), lithiumPerFormula: 1 },
    medium: { ...medium, densityGMl: number('medium-density', options.mediumDensity) ?? medium.densityGMl },
    saltMolPct: number('salt-mol-pct', options.saltMolPct),
    electrolyteG: number('electrolyte-g', options.electrolyteG),
    precursor: { ...teos, densityGMl: number('teos-density', options.teosDensity) ?? teos.densityGMl, volumeMl: number('teos-ml', options.teosMl) ?? null, massG: number('teos-g', options.teosG) ?? null },
    acid: { ...acid, volumeMl: number('acid-ml', options.acidMl), molarity: number('acid-molar', options.acidMolar), solutionDensityGMl: number('acid-density', options.acidDensity) ?? null },
    precursorUsedG: number('precursor-g', options.precursorG),
    oxide: { name: silica.name, molarMassGMol: silica.molarMassGMol },
    measured: { dryMassG: number('dry-mass-g', options.dryMassG) ?? null, mediumLossG: number('medium-loss-g', options.mediumLossG) ?? null, tgaOxideWtPct: number('tga-oxide-wt-pct', options.tgaOxideWtPct) ?? null },
  };
  return parseOrThrow(solgelInputSchema, draft, 'calc solgel') as SolgelInput;
}

/** The calculator's result with the keys scripts read (snake_case, units in the names). */
export function solgelJson(input: SolgelInput, result: SolgelResult, constants: Constants = {}) {
  return {
    constants,
    salt: input.salt.name,
    medium: input.medium.name,
    salt_wt_pct_in_electrolyte: result.saltWtPctInElectrolyte,
    salt_g: result.saltG,
    salt_mol: result.saltMol,
    medium_g: result.mediumG,
    medium_mol: result.mediumMol,
    teos_g: result.precursorG,
    teos_mol: result.precursorMol,
    acid_mol: result.acidMol,
    acid_g: result.acidG,
    acid_solution_g: result.acidSolutionG,
    acid_solution_mass_basis: result.acidSolutionMassBasis,
    acid_to_teos: result.acidToPrecursor,
    precursor_batch_g: result.precursorBatchG,
    precursor_batches_used: result.precursorBatchesUsed,
    teos_mol_used: result.precursorMolUsed,
    oxide_max_g: result.oxideMaxG,
    li_to_si: result.liToSi,
    composition_wt_pct: result.compositionNoLossWtPct,
    composition_no_medium_wt_pct: result.compositionNoMediumWtPct,
    measured: result.measured && { basis: result.measured.basis, dry_mass_g: result.measured.dryMassG, medium_retained_g: result.measured.mediumRetainedG, composition_wt_pct: result.measured.compositionWtPct },
    salt_to_oxide_mass_ratio: result.saltToOxideMassRatio,
    checks: result.checks.map((check) => ({ rule: check.rule, paragraph: check.paragraph, status: check.status, value: check.value, range: check.range, message: check.message })),
    notes: result.notes,
  };
}

const g = (value: number) => `${Number(value.toPrecision(4))}`;

function describe(json: ReturnType<typeof solgelJson>): string {
  const c = json.composition_wt_pct;
  return [
    `Electrolyte: ${g(json.salt_wt_pct_in_electrolyte)} wt% ${json.salt}: ${g(json.salt_g)} g (${g(json.salt_mol)} mol) ${json.salt} + ${g(json.medium_g)} g (${g(json.medium_mol)} mol) ${json.medium}`,
    `Precursor: ${g(json.teos_g)} g TEOS (${g(json.teos_mol)} mol) + ${g(json.acid_mol)} mol formic acid (${g(json.acid_g)} g); acid : TEOS = ${g(json.acid_to_teos)} mol/mol; one batch ${g(json.precursor_batch_g)} g`,
    `Used: ${g(json.precursor_batches_used)} batches -> ${g(json.teos_mol_used)} mol TEOS -> at most ${g(json.oxide_max_g)} g SiO2; Li:Si = ${g(json.li_to_si)} mol/mol`,
    `Dry composite (no medium lost): ${g(c.oxide)} wt% SiO2, ${g(c.salt)} wt% ${json.salt}, ${g(c.medium)} wt% ${json.medium}`,
    ...(json.measured ? [`Measured (${json.measured.basis}): ${g(json.measured.dry_mass_g)} g dry; ${g(json.measured.composition_wt_pct.oxide)} / ${g(json.measured.composition_wt_pct.salt)} / ${g(json.measured.composition_wt_pct.medium)} wt% oxide / salt / medium`] : []),
    `Salt : oxide = ${g(json.salt_to_oxide_mass_ratio)} by mass`,
    'Checks:',
    ...json.checks.map((check) => `  ${check.status === 'pass' ? 'pass' : 'WARN'} ${check.paragraph} ${check.message}`),
    ...json.notes.map((note) => `Note: ${note}`),
    `Constants: ${Object.entries(json.constants).map(([name, value]) => `${name} ${value}`).join('; ')}`,
  ].join('\n');
}

export function registerCalcSolgel(program: Command): void {
  const calc = program.command('calc').description('calculators (no notebook needed)');
  calc
    .command('solgel')
    .description("the gel-process calculator (patent [0097]): what the electrolyte and precursor hold, the composite's composition, [0037]/[0038] checks")
    .requiredOption('--salt <name>', 'LiTFSI, LiFSI, or a formula')
    .requiredOption('--medium <name>', 'n-MAc, DME, or a formula')
    .requiredOption('--salt-mol-pct <n>', 'mol% of salt in salt + medium')
    .requiredOption('--electrolyte-g <g>', 'electrolyte mass mixed into the gel')
    .option('--teos-ml <mL>', 'TEOS volume in one precursor batch')
    .option('--teos-g <g>', 'TEOS mass in one precursor batch (instead of --teos-ml)')
    .requiredOption('--acid-ml <mL>', 'formic acid solution volume in one precursor batch')
    .requiredOption('--acid-molar <M>', 'its molarity (mol/L)')
    .option('--acid-density <g/mL>', "the acid solution's density (else its mass is the acid's own)")
    .requiredOption('--precursor-g <g>', 'precursor mixture mixed with the electrolyte')
    .option('--dry-mass-g <g>', 'measured dry mass of the composite')
    .option('--medium-loss-g <g>', 'measured medium lost in drying')
    .option('--tga-oxide-wt-pct <n>', 'oxide share of the dry powder by TGA residue')
    .option('--salt-molar-mass <g/mol>', 'override')
    .option('--medium-molar-mass <g/mol>', 'override')
    .option('--medium-density <g/mL>', 'override')
    .option('--teos-density <g/mL>', 'override')
    .option('--json', 'print JSON only on stdout')
    .action((options: CalcOptions) =>
      runCommand(async () => {
        const constants: Constants = {};
        const input = solgelInputFromOptions(options, constants);
        emitResult(options, solgelJson(input, calculateSolgel(input), constants), describe);
      }),
    );
}
