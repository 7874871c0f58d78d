// The synthetic cell's physics, kept simple: charge stored, an ohmic drop, one polarisation that
// builds and relaxes with a time constant, a small parasitic loss on charge, and a short circuit as a
// shunt inside the cell (soft) or a collapse to near 0 V (hard). Enough to give curves and failure
// signatures that look like a cycler's, not a model of any real cell.
import { ocvV } from './synthetic-voltage';

export interface CellConstants {
  /** The test current, A: the ohmic drop and polarisation below are given at this current. */
  testCurrentA: number;
  irDropV: number;
  polarizationV: number;
  polarizationTauS: number;
  /** Fraction of the charge current lost to side reactions (coulombic efficiency just under 1). */
  parasiticFraction: number;
}

export interface CellState {
  /** Capacity of the current cycle, mAh (fades cycle by cycle). */
  capacityMAh: number;
  storedMAh: number;
  polarizationV: number;
  /** Soft short: shunt current in units of the test current at 3.8 V; 0 when healthy. */
  shuntRatio: number;
  /** Hard short: the cell holds no voltage any more. */
  dead: boolean;
  /** Arbin-like vendor counters, Ah, reset at each cycle start. */
  chargeCounterAh: number;
  dischargeCounterAh: number;
}

/** A shunt's current grows with the voltage across it; 3.8 V is where shuntRatio is its size. */
const SHUNT_REFERENCE_V = 3.8;
/** A dead-shorted cell shows a few mV: the current through the short's resistance. */
const HARD_SHORT_V = 0.015;

function stateOfCharge(state: CellState): number {
  return state.storedMAh / state.capacityMAh;
}

/** Current through the cell's chemistry: what the cycler applies, less what the shunt carries. */
function internalCurrentA(state: CellState, appliedA: number, cell: CellConstants): number {
  const shuntA = (state.shuntRatio * cell.testCurrentA * ocvV(stateOfCharge(state))) / SHUNT_REFERENCE_V;
  return appliedA - shuntA;
}

/** The terminal voltage the cycler would read, without noise. */
export function terminalVoltageV(state: CellState, appliedA: number, cell: CellConstants): number {
  if (state.dead) return appliedA === 0 ? HARD_SHORT_V / 10 : Math.sign(appliedA) * HARD_SHORT_V;
  const relative = internalCurrentA(state, appliedA, cell) / cell.testCurrentA;
  return ocvV(stateOfCharge(state)) + relative * cell.irDropV + state.polarizationV;
}

/** Moves the cell on by dtS at a constant applied current. */
export function advanceCell(state: CellState, appliedA: number, dtS: number, cell: CellConstants): void {
  if (appliedA > 0) state.chargeCounterAh += (appliedA * dtS) / 3600;
  if (appliedA < 0) state.dischargeCounterAh += (-appliedA * dtS) / 3600;
  if (state.dead) return;
  const internalA = internalCurrentA(state, appliedA, cell);
  const storedA = internalA > 0 ? internalA * (1 - cell.parasiticFraction) : internalA;
  // No floor at empty: ocvV keeps falling below 0, which is how a discharge meets any cut-off.
  state.storedMAh += (storedA * dtS) / 3.6;
  // Exact relaxation towards the polarisation this current holds, so any dtS is stable.
  const targetV = (internalA / cell.testCurrentA) * cell.polarizationV;
  state.polarizationV = targetV + (state.polarizationV - targetV) * Math.exp(-dtS / cell.polarizationTauS);
}

export function snapshot(state: CellState): CellState {
  return { ...state };
}
