// The thresholds of Cellbook's short-circuit heuristics. The patent only records whether a cell
// shorted ([0124], [0132]-[0133]); how to see it in tester data is Cellbook's choice (DOMAIN.md
// section 5), so every number is a setting a lab can change.
import { PATENT_PROTOCOL } from '../cells/types';

export interface ShortCircuitSettings {
  /** (a) A fall below the running maximum larger than this during a constant-current charge. */
  voltageDropV: number;
  /** (a) Seconds at the start of a step that are not watched: the switch-on transient. */
  settleS: number;
  /** (a) A step is constant-current when 90 % of its points are within this fraction of its median current. */
  constantCurrentTolerance: number;
  /** (a) "Stopped rising": over this last fraction of the step's time ... */
  stallWindowFraction: number;
  /** ... the voltage rose less than this. */
  stallRiseV: number;
  /** (a, b) The charge time limit of the protocol, h; null when not known (then (b) and the stall check are off). */
  chargeLimitH: number | null;
  /** (b) The upper cut-off, V; null when not known (then "did not reach the cut-off" is not checked). */
  upperCutoffV: number | null;
  /** (b) A charge on its time limit is suspicious when the cycle's coulombic efficiency is below this. */
  minCoulombicEfficiency: number;
  /** (c) The voltage fell below this ... */
  collapseBelowV: number;
  /** ... after having been above this in the same charge. */
  collapseAfterAboveV: number;
}

export const DEFAULT_SHORT_CIRCUIT_SETTINGS: ShortCircuitSettings = {
  // 20 mV: ten times the noise of a cycler's voltage channel, far below the fall of a soft short.
  voltageDropV: 0.02,
  settleS: 60,
  constantCurrentTolerance: 0.05,
  // 10 % of a 12.5 h charge is 75 min: a healthy cell's voltage rises far more than 5 mV in that time.
  stallWindowFraction: 0.1,
  stallRiseV: 0.005,
  chargeLimitH: PATENT_PROTOCOL.chargeLimitH,
  upperCutoffV: null,
  // 50 %: even the first cycle of a cell that plates its lithium anode ([0086]), which loses some
  // lithium, returns far more than half of its charge.
  minCoulombicEfficiency: 0.5,
  // A fresh cell without lithium starts near 0 V, hence "after above 2 V"; once charged, an NCM cell
  // comes back below 0.5 V during a charge only when something conducts between its electrodes.
  collapseBelowV: 0.5,
  collapseAfterAboveV: 2,
};
