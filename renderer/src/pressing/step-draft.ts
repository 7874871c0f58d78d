// A step as the forms edit it (the contract's step input, every field present), made from a saved
// step or fresh for a kind, and its set points in one line for the steps tables.
import type { z } from 'zod';
import { METHODS_BY_KIND, type PlanStep, type StepKind, type stepInputSchema } from '../../../shared/schemas/pressing';
import { formatQuantity } from '../../../shared/format/quantity';
import { forceKNFromPressure, tfFromKN } from '../../../shared/pressing/force';
import { durationText } from './format';
import { ATMOSPHERE_LABELS } from './labels';

export type StepDraft = Required<Omit<z.input<typeof stepInputSchema>, 'id'>> & { id?: number };

export function emptyStep(kind: StepKind): StepDraft {
  return {
    kind,
    method: METHODS_BY_KIND[kind][0] ?? null,
    title: null,
    layers: [],
    equipmentId: null,
    dieId: null,
    temperatureC: null,
    pressureMPa: null,
    pressureConfirmed: false,
    durationS: null,
    atmosphere: kind === 'dry' ? 'vacuum' : null,
    lineLoadKNPerCm: null,
    gapUm: null,
    speedMPerMin: null,
    passes: null,
    source: null,
    notes: null,
  };
}

/** The saved step as input again (its id keeps its actuals when the plan is saved). */
export function draftOf(step: PlanStep): StepDraft {
  const { id, kind, method, title, layers, equipmentId, dieId, temperatureC, pressureMPa, pressureConfirmed, durationS, atmosphere, lineLoadKNPerCm, gapUm, speedMPerMin, passes, source, notes } = step;
  return { id, kind, method, title, layers, equipmentId, dieId, temperatureC, pressureMPa, pressureConfirmed, durationS, atmosphere, lineLoadKNPerCm, gapUm, speedMPerMin, passes, source, notes };
}

type SetPoints = Pick<PlanStep, 'kind' | 'temperatureC' | 'pressureMPa' | 'durationS' | 'atmosphere' | 'lineLoadKNPerCm' | 'gapUm' | 'speedMPerMin' | 'passes'> & Partial<Pick<PlanStep, 'forceKN' | 'forceTf' | 'areaCm2' | 'equipmentName' | 'dieName'>>;

/** "500 MPa = 100.5 kN (10.2 tf) on 2.011 cm², 90 °C, 10 min". */
export function setPointsText(step: SetPoints): string {
  const parts: string[] = [];
  if (step.pressureMPa !== null) {
    const label = step.kind === 'fixture' ? 'stack pressure ' : '';
    // The planned force (the step's own forceKN follows the gauge once the step has run).
    const plannedKN = step.forceKN != null && step.areaCm2 != null ? forceKNFromPressure(step.pressureMPa, step.areaCm2) : null;
    const force = plannedKN !== null ? ` = ${formatQuantity(plannedKN, 'kN')} (${formatQuantity(tfFromKN(plannedKN), 'tf', { significant: 3 })}) on ${formatQuantity(step.areaCm2, 'cm²')}` : '';
    parts.push(`${label}${formatQuantity(step.pressureMPa, 'MPa')}${force}`);
  }
  if (step.lineLoadKNPerCm !== null) parts.push(`line load ${formatQuantity(step.lineLoadKNPerCm, 'kN/cm')}`);
  if (step.gapUm !== null) parts.push(`gap ${formatQuantity(step.gapUm, 'µm')}`);
  if (step.speedMPerMin !== null) parts.push(formatQuantity(step.speedMPerMin, 'm/min'));
  if (step.passes !== null) parts.push(`${step.passes} pass${step.passes === 1 ? '' : 'es'}`);
  if (step.temperatureC !== null) parts.push(formatQuantity(step.temperatureC, '°C'));
  if (step.durationS !== null) parts.push(durationText(step.durationS));
  if (step.atmosphere) parts.push(ATMOSPHERE_LABELS[step.atmosphere] ?? step.atmosphere);
  return parts.join(', ') || '—';
}

/** Equipment and die in words: "15 t press, 4 cm² die". */
export function equipmentText(step: Pick<PlanStep, 'equipmentName' | 'dieName'>): string | null {
  return [step.equipmentName, step.dieName].filter(Boolean).join(', ') || null;
}
