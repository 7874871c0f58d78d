// Conversions chemists make at the bench: the fraction of a salt in a salt + medium mixture by
// moles and by mass, and the solute mass of a solution of given molarity and volume.

/** mol% of salt in (salt + medium) -> wt% of salt. 20 mol% LiTFSI in n-MAc -> 49.5 wt% (DOMAIN.md section 2). */
export function molPctToWtPct(saltMolPct: number, saltMolarMass: number, mediumMolarMass: number): number {
  const x = saltMolPct / 100;
  const saltMass = x * saltMolarMass;
  return (100 * saltMass) / (saltMass + (1 - x) * mediumMolarMass);
}

/** wt% of salt in (salt + medium) -> mol% of salt. */
export function wtPctToMolPct(saltWtPct: number, saltMolarMass: number, mediumMolarMass: number): number {
  const w = saltWtPct / 100;
  const saltMol = w / saltMolarMass;
  return (100 * saltMol) / (saltMol + (1 - w) / mediumMolarMass);
}

/** Grams of solute in `volumeMl` of a `molarity` mol/L solution. */
export function soluteMassG(molarity: number, volumeMl: number, soluteMolarMass: number): number {
  return (molarity * volumeMl * soluteMolarMass) / 1000;
}

/** mol/L of a solution holding `massG` of solute in `volumeMl` of solution. */
export function molarityOf(massG: number, volumeMl: number, soluteMolarMass: number): number {
  return (1000 * massG) / (soluteMolarMass * volumeMl);
}

/** mol/L of a neat liquid: its density over its molar mass (formic acid: 1.22 / 46.03 x 1000 = 26.5 M). */
export function neatMolarity(densityGMl: number, molarMass: number): number {
  return (1000 * densityGMl) / molarMass;
}
