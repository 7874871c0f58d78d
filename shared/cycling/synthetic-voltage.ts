// The open-circuit voltage of the synthetic cell against its state of charge: an NCM-like curve
// (the patent's cathode is LiNi0.8Co0.15Mn0.05O2, DOMAIN.md section 1) that climbs steeply out of
// the empty state, runs a sloping 3.5–4.1 V middle and turns up again near full, so that a charge
// meets the 3.9–4.25 V cut-off and a discharge the 2.5 V cut-off of [0123] on steep parts of the
// curve, as real cells do. Synthetic: shaped to look right, not fitted to any measurement.

/** OCV in V at a state of charge (0 empty, 1 full); beyond 0–1 it keeps falling or rising steeply. */
export function ocvV(stateOfCharge: number): number {
  if (stateOfCharge < 0) return ocvV(0) + EDGE_SLOPE_V * stateOfCharge;
  if (stateOfCharge > 1) return ocvV(1) + EDGE_SLOPE_V * (stateOfCharge - 1);
  return (
    3.5 +
    0.6 * stateOfCharge -
    // The empty end: 2.4 V at 0, 3.0 V by 1.7 %, 3.44 V by 5 %.
    1.1 * Math.exp(-stateOfCharge / 0.02) +
    // The full end: +0.09 V at 97 %, +0.2 V (4.3 V) at 100 %.
    0.2 * Math.exp(-(1 - stateOfCharge) / 0.04)
  );
}

/** V per unit of state of charge outside 0–1: steep, so every cut-off is met. */
const EDGE_SLOPE_V = 20;
