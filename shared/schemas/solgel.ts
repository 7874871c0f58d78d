// The gel calculator's input as the contract and the CLI take it: every amount above zero,
// mol% between 0 and 100, each with a sentence naming the field and the limit.
import { z } from 'zod';

const positive = (unit: string) => z.number({ error: `a number in ${unit}` }).finite().positive(`must be above 0 ${unit}`);
const optionalPositive = (unit: string) => positive(unit).nullable().optional();

const substance = z.object({
  name: z.string().trim().min(1, 'name the substance'),
  molarMassGMol: positive('g/mol'),
  densityGMl: optionalPositive('g/mL'),
});

export const solgelInputSchema = z
  .object({
    salt: substance.extend({ lithiumPerFormula: z.number().int().positive().optional() }),
    medium: substance,
    saltMolPct: z.number({ error: 'a mol%' }).gt(0, 'must be above 0 mol%').lt(100, 'must be below 100 mol%'),
    electrolyteG: positive('g'),
    precursor: substance.extend({ volumeMl: optionalPositive('mL'), massG: optionalPositive('g'), oxidePerFormula: z.number().int().positive().optional() }),
    acid: substance.extend({ volumeMl: positive('mL'), molarity: positive('mol/L'), solutionDensityGMl: optionalPositive('g/mL') }),
    precursorUsedG: positive('g'),
    oxide: z.object({ name: z.string().trim().min(1), molarMassGMol: positive('g/mol') }),
    measured: z
      .object({ dryMassG: optionalPositive('g'), mediumLossG: optionalPositive('g'), tgaOxideWtPct: z.number().gt(0).lte(100).nullable().optional() })
      .nullable()
      .optional(),
  })
  .superRefine((input, context) => {
    const { volumeMl, massG, densityGMl } = input.precursor;
    if (!volumeMl && !massG) context.addIssue({ code: 'custom', path: ['precursor', 'volumeMl'], message: 'give the precursor volume (mL) or mass (g)' });
    if (volumeMl && !massG && !densityGMl) context.addIssue({ code: 'custom', path: ['precursor', 'densityGMl'], message: 'a precursor volume needs its density to give a mass' });
  });

const composition = z.object({ oxide: z.number(), salt: z.number(), medium: z.number() });

/** The calculator's result (shared/chemistry/solgel.ts) as the contract carries it. */
export const solgelResultSchema = z.object({
  saltWtPctInElectrolyte: z.number(),
  saltG: z.number(),
  saltMol: z.number(),
  mediumG: z.number(),
  mediumMol: z.number(),
  precursorG: z.number(),
  precursorMol: z.number(),
  acidMol: z.number(),
  acidG: z.number(),
  acidSolutionG: z.number(),
  acidSolutionMassBasis: z.enum(['solution_density', 'neat_acid']),
  acidToPrecursor: z.number(),
  precursorBatchG: z.number(),
  precursorBatchesUsed: z.number(),
  precursorMolUsed: z.number(),
  oxideMaxG: z.number(),
  liToSi: z.number(),
  compositionNoLossWtPct: composition,
  compositionNoMediumWtPct: composition,
  saltToOxideMassRatio: z.number(),
  measured: z
    .object({ basis: z.enum(['dry_mass', 'medium_loss', 'tga_oxide']), dryMassG: z.number(), mediumRetainedG: z.number(), compositionWtPct: composition })
    .nullable(),
  checks: z.array(
    z.object({
      rule: z.enum(['salt_mol_pct', 'salt_to_oxide_mass_ratio', 'composition_oxide', 'composition_salt', 'composition_medium']),
      paragraph: z.string(),
      status: z.enum(['pass', 'warn']),
      value: z.number(),
      range: z.string(),
      message: z.string(),
    }),
  ),
  notes: z.array(z.string()),
});
