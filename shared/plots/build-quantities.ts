// The numbers of a build that a comparison can put on an axis or in a legend, with the label and
// unit a researcher reads (never the internal key): the derived numbers of shared/cells/derived.ts
// the cycling protocol and the press plan. `short` is what a legend says ("composite 10 wt%").

export interface BuildQuantity {
  key: string;
  label: string;
  unit: string;
  short: string;
  /** Where it lives: a derived number, the cycling protocol, or the build's press plan. */
  source: 'derived' | 'protocol' | 'pressing';
}

const q = (source: BuildQuantity['source'], key: string, label: string, unit: string, short: string): BuildQuantity => ({ key, label, unit, short, source });

/** In the order a legend prefers them when several distinguish the builds equally. */
export const BUILD_QUANTITIES: readonly BuildQuantity[] = [
  q('derived', 'compositeSeWtPct', 'Composite SE in cathode', 'wt%', 'composite'),
  q('derived', 'cathodeActiveLoadingMgCm2', 'Cathode active loading', 'mg/cm²', 'active loading'),
  q('derived', 'cathodeLoadingMgCm2', 'Cathode loading', 'mg/cm²', 'loading'),
  q('derived', 'anodeToCathodeCapacityPct', 'Anode / cathode capacity (N/P)', '%', 'N/P'),
  q('derived', 'cathodeCapacityMAhCm2', 'Areal capacity', 'mAh/cm²', 'areal capacity'),
  q('derived', 'cathodeCapacityMAh', 'Cathode capacity (all faces)', 'mAh', 'cathode capacity'),
  q('derived', 'anodeCapacityMAh', 'First anode layer capacity', 'mAh', 'anode capacity'),
  q('derived', 'anodeToCathodeThicknessPct', 'Anode / cathode thickness', '%', 'anode/cathode thickness'),
  q('derived', 'metalWtPctOfAnodeMixture', 'Metal in anode mixture', 'wt%', 'metal'),
  q('derived', 'carbonToMetalRatio', 'Carbon : metal in anode (x : 1 by weight)', '', 'C : metal'),
  q('derived', 's1CathodeAreaCm2', 'S1 cathode area', 'cm²', 'S1'),
  q('derived', 's2SeAreaCm2', 'S2 SE area', 'cm²', 'S2'),
  q('derived', 's4AnodeCollectorAreaCm2', 'S4 anode collector area', 'cm²', 'S4'),
  q('derived', 's5CathodeCollectorAreaCm2', 'S5 cathode collector area', 'cm²', 'S5'),
  q('derived', 's1OverS2Pct', 'S1 / S2', '%', 'S1/S2'),
  q('derived', 's1OverS4Pct', 'S1 / S4', '%', 'S1/S4'),
  q('derived', 's4OverS5Pct', 'S4 / S5', '%', 'S4/S5'),
  q('derived', 's5OverS2Pct', 'S5 / S2', '%', 'S5/S2'),
  q('derived', 'cathodeFaces', 'Cathode faces', '', 'faces'),
  q('derived', 'currentMA', 'Test current', 'mA', 'current'),
  q('derived', 'theoreticalCapacityMAh', 'Theoretical capacity', 'mAh', 'theoretical capacity'),
  q('derived', 'cRate', 'C-rate', '1/h', 'C-rate'),
  q('pressing', 'maxPressPressureMPa', 'Highest press pressure (press plan)', 'MPa', 'press'),
  q('protocol', 'currentDensityMACm2', 'Current density', 'mA/cm²', 'current density'),
  q('protocol', 'upperCutoffV', 'Upper cut-off', 'V', 'upper cut-off'),
  q('protocol', 'lowerCutoffV', 'Lower cut-off', 'V', 'lower cut-off'),
  q('protocol', 'temperatureC', 'Test temperature', '°C', 'temperature'),
  q('protocol', 'chargeLimitH', 'Charge time limit', 'h', 'charge limit'),
  q('protocol', 'dischargeLimitH', 'Discharge time limit', 'h', 'discharge limit'),
  q('protocol', 'cycles', 'Planned cycles', 'cycles', 'cycles'),
];

const BY_KEY = new Map(BUILD_QUANTITIES.map((quantity) => [quantity.key, quantity]));

export function buildQuantity(key: string): BuildQuantity | undefined {
  return BY_KEY.get(key);
}

/** The value of a quantity of one build, from its derived numbers and protocol; null when missing or not a number. */
export function quantityValue(quantity: BuildQuantity, build: { derived: Record<string, unknown>; protocol: Record<string, unknown>; pressing?: Record<string, unknown> }): number | null {
  const value = (quantity.source === 'derived' ? build.derived : quantity.source === 'protocol' ? build.protocol : (build.pressing ?? {}))[quantity.key];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
