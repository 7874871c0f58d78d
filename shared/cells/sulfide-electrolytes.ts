// Which sulfide SE a component is, read from its formula or name: an argyrodite Li7−xPS6−xXx
// ([0068]-[0069]) or a Li2S–P2S5 glass ([0067]) and the molar ratio it was made at.
import { parseFormula } from '../chemistry/formula';
import type { ComponentMaterial } from './types';

const HALOGENS = ['Cl', 'Br', 'I'] as const;

/** [0069]: Li(7−x)PS(6−x)X(x), X = Cl, Br or I (mixed halides add up), 0 ≤ x ≤ 2; e.g. Li6PS5Cl. */
export function isArgyrodite(formula: string | null): boolean {
  if (!formula) return false;
  let elements: Record<string, number>;
  try {
    elements = parseFormula(formula).elements;
  } catch {
    return false;
  }
  const allowed = new Set<string>(['Li', 'P', 'S', ...HALOGENS]);
  if (Object.keys(elements).some((symbol) => !allowed.has(symbol))) return false;
  const x = HALOGENS.reduce((sum, halogen) => sum + (elements[halogen] ?? 0), 0);
  const near = (a: number, b: number) => Math.abs(a - b) < 1e-6;
  return near(elements.P ?? 0, 1) && near(elements.Li ?? 0, 7 - x) && near(elements.S ?? 0, 6 - x) && x >= 0 && x <= 2;
}

// Text is compared with subscripts made plain and spaces, underscores and braces dropped, so
// "Li₂S–P₂S₅", "Li_2S — P_2S_5" and "Li2S-P2S5" read alike.
const SUBSCRIPT_ZERO = 0x2080;
function plain(text: string): string {
  return text
    .replace(/[\u2080-\u2089]/g, (digit) => String(digit.charCodeAt(0) - SUBSCRIPT_ZERO))
    .replace(/[\s_{}]/g, '');
}

const JOIN = '[-–—·•*⋅∙:+/]';
const NUMBER = '(\\d+(?:\\.\\d+)?)';
const GLASS = new RegExp(`Li2S${JOIN}(?:\\d+(?:\\.\\d+)?)?P2S5`);
const BY_COEFFICIENTS = new RegExp(`${NUMBER}Li2S${JOIN}?${NUMBER}P2S5`);
const BY_RATIO = new RegExp(`Li2S${JOIN}P2S5\\D*?${NUMBER}:${NUMBER}`);

/** A Li2S–P2S5 glass (also as the base of Li2S–P2S5–LiX and similar), by name or formula [0067]. */
export function isLi2sP2s5Glass(material: Pick<ComponentMaterial, 'name' | 'formula'>): boolean {
  return [material.name, material.formula ?? ''].some((text) => GLASS.test(plain(text)));
}

/**
 * Li2S in mol% of Li2S + P2S5, from "70Li2S-30P2S5", "0.75Li2S·0.25P2S5" or "Li2S-P2S5 (75:25)";
 * null when neither the name nor the formula states it.
 */
export function li2sMolPct(material: Pick<ComponentMaterial, 'name' | 'formula'>): number | null {
  for (const text of [material.formula ?? '', material.name].map(plain)) {
    const match = BY_COEFFICIENTS.exec(text) ?? BY_RATIO.exec(text);
    if (!match) continue;
    const li2s = Number(match[1]);
    const p2s5 = Number(match[2]);
    if (li2s + p2s5 > 0) return (100 * li2s) / (li2s + p2s5);
  }
  return null;
}
