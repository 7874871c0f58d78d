// What a component of the first anode layer is, in the patent's terms ([0076]-[0079]): amorphous
// carbon, a metal that alloys with lithium, a metal that does not (Ni), a binder, or something
// the patent does not name. Decided by kind and by a single-element formula, because a material's
// name ("Ag nanopowder", "CB") is the lab's and proves nothing.
import { parseFormula } from '../chemistry/formula';
import type { ComponentMaterial } from './types';

/** [0077], [0078], [0079]: the metals and metalloids named as anode active materials. */
export const ANODE_ACTIVE_METALS = ['Au', 'Pt', 'Pd', 'Si', 'Ag', 'Al', 'Bi', 'Sn', 'Zn'] as const;
/** [0077]: "nickel (Ni) does not form an alloy with lithium and thus is not a metal anode active material". */
export const NON_ALLOYING_METALS = ['Ni'] as const;

export type AnodeRole = 'amorphous_carbon' | 'alloying_metal' | 'non_alloying_metal' | 'binder' | 'other';

/** The role of a material in the first anode layer. */
export function anodeRole(material: Pick<ComponentMaterial, 'kind' | 'formula'>): AnodeRole {
  if (material.kind === 'binder') return 'binder';
  // [0076]: carbon black, acetylene black, ketjen black... are entered as conductive carbon or
  // as formula C; the notebook cannot tell crystalline from amorphous carbon by formula.
  if (material.kind === 'conductive_carbon' || material.formula?.trim() === 'C') return 'amorphous_carbon';
  const element = singleElement(material.formula);
  if (element !== null && (ANODE_ACTIVE_METALS as readonly string[]).includes(element)) return 'alloying_metal';
  if (element !== null && (NON_ALLOYING_METALS as readonly string[]).includes(element)) return 'non_alloying_metal';
  return 'other';
}

/** Amorphous carbon and [0077]'s metals: what stores lithium in the first anode layer. */
export function isAnodeActive(role: AnodeRole): boolean {
  return role === 'amorphous_carbon' || role === 'alloying_metal';
}

/** The element of a one-element formula ("Ag", "Si", "C"); null for compounds, mixtures or no formula. */
export function singleElement(formula: string | null): string | null {
  if (!formula) return null;
  try {
    const symbols = Object.keys(parseFormula(formula).elements);
    return symbols.length === 1 ? (symbols[0] ?? null) : null;
  } catch {
    return null;
  }
}
