// What a cell's cycling data suggest its status should be. Only a suggestion: the researcher decides
// (a short-circuit flag is a heuristic, DOMAIN.md section 5), and applying it is one click.
import type { Cell } from '../schemas/builds';

export interface CellTestFacts {
  name: string;
  synthetic: boolean;
  shortCircuitCycle: number | null;
  archivedAt: string | null;
}

export interface StatusSuggestion {
  status: Cell['status'];
  /** For "failed": the reason to record. */
  reason: string | null;
  /** Why the notebook suggests it, in one sentence. */
  why: string;
}

export function suggestCellStatus(cell: Pick<Cell, 'status' | 'failureReason'>, tests: readonly CellTestFacts[]): StatusSuggestion | null {
  const active = tests.filter((test) => test.archivedAt === null);
  const shorted = active.find((test) => test.shortCircuitCycle !== null);
  if (shorted) {
    if (cell.status === 'failed') return null;
    const reason = `short circuit in cycle ${shorted.shortCircuitCycle}${shorted.synthetic ? ' (synthetic data)' : ''}`;
    return { status: 'failed', reason, why: `cycling test "${shorted.name}" flags a short circuit in cycle ${shorted.shortCircuitCycle}` };
  }
  if (active.length > 0 && ['planned', 'in_progress', 'assembled'].includes(cell.status)) {
    return { status: 'cycling', reason: null, why: `cycling test "${active[0]!.name}" holds its data` };
  }
  return null;
}
