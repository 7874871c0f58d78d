import type { SolgelResult } from '../../../shared/chemistry/solgel';

const sig = (value: number) => Number(value.toPrecision(3));

/** One sentence for a lot's notes: the composite's composition and its [0038] ratio. */
export function describeComposition(result: SolgelResult): string {
  const composition = result.measured?.compositionWtPct ?? result.compositionNoLossWtPct;
  const basis = result.measured ? 'from the measured dry mass' : 'if no medium was lost';
  return `Composition ${basis}: ${sig(composition.oxide)} wt% oxide, ${sig(composition.salt)} wt% salt, ${sig(composition.medium)} wt% medium; salt : oxide = ${sig(result.saltToOxideMassRatio)} by mass; Li:Si = ${sig(result.liToSi)}.`;
}
