// What the planner's checks look at, without storage: the steps as planned (or as run), the
// equipment they use, the build's layers with their windows and drying needs, and the cells.
import type { LayerKind } from '../cells/types';
import type { CheckResult, CheckStatus, StepInput, StepActual } from '../schemas/pressing';
import type { EquipmentSpec, LayerWindow } from '../schemas/pressing-equipment';

export interface CheckEquipment {
  id: number;
  name: string;
  spec: EquipmentSpec;
  outOfService: boolean;
  outOfServiceReason: string | null;
  archived: boolean;
}

export interface CheckStep extends Omit<StepInput, 'id'> {
  id: number | null;
  position: number;
  equipment: CheckEquipment | null;
  die: CheckEquipment | null;
  actual: StepActual | null;
  /** Recorded as not run: it joins, presses and dries nothing. */
  skipped?: boolean;
}

/** A layer as the checks see it: window and area (LayerWindow), and why it must be dried, if it must. */
export interface CheckLayer extends LayerWindow {
  /** e.g. "its binder is cast from a slurry" or "LiTFSI is hygroscopic"; null when no drying is needed. */
  dryingReason: string | null;
}

export interface CheckCell {
  label: string;
  stackPressureMPa: number | null;
}

export interface PlanForChecks {
  steps: readonly CheckStep[];
  /** The build's layers, one entry per kind, in stacking order of one face. */
  layers: readonly CheckLayer[];
  cells: readonly CheckCell[];
}

const SEVERITY: Record<CheckStatus, number> = { pass: 0, cannot_judge: 1, warn: 2, fail: 3 };

/** Fail, then warn, then cannot judge, then pass: what a researcher must see first. */
export function worstStatus(statuses: Iterable<CheckStatus>): CheckStatus {
  let worst: CheckStatus = 'pass';
  for (const status of statuses) if (SEVERITY[status] > SEVERITY[worst]) worst = status;
  return worst;
}

export function check(id: string, status: CheckStatus, message: string, numbers: Record<string, number | null> = {}, stepId: number | null = null, layers: LayerKind[] = []): CheckResult {
  return { id, status, message, numbers, stepId, layers };
}

export function stepName(step: Pick<CheckStep, 'position' | 'title' | 'kind'>): string {
  return `step ${step.position + 1} (${step.title ?? step.kind})`;
}
