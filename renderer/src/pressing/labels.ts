// The pressing planner's words: equipment kinds, step kinds and methods, check and plan states,
// each as the lab says it, and the colour a status is shown in everywhere.
import type { CheckStatus, EquipmentKind, PlanState, StepKind, StepMethod } from '../../../shared/schemas/pressing';

export const EQUIPMENT_KIND_LABELS: Record<EquipmentKind, string> = {
  uniaxial_press: 'Uniaxial press',
  die: 'Die',
  roll_press: 'Roll press',
  isostatic_press: 'Isostatic press (WIP/CIP)',
  oven: 'Oven / vacuum oven',
  glovebox: 'Glovebox',
};

export const STEP_KIND_LABELS: Record<StepKind, string> = {
  press: 'Press',
  dry: 'Dry',
  stack: 'Stack',
  seal: 'Seal',
  rest: 'Rest',
  fixture: 'Cycling fixture stack pressure',
};

export const METHOD_LABELS: Record<StepMethod, string> = {
  hot_plate_press: 'Hot plate press',
  uniaxial_press: 'Uniaxial press',
  roll_press: 'Roll press',
  wip: 'Warm isostatic press (WIP)',
  cip: 'Cold isostatic press (CIP)',
  oven: 'Convection oven',
  vacuum_oven: 'Vacuum oven',
  vacuum_seal: 'Vacuum seal',
  heat_seal: 'Heat seal',
  crimp: 'Crimp',
  manual: 'By hand',
  fixture_clamp: 'Fixture clamp',
};

export const ATMOSPHERE_LABELS: Record<string, string> = { air: 'air', vacuum: 'vacuum', argon: 'argon', dry_room: 'dry room', nitrogen: 'nitrogen' };

export const CHECK_STATUS_WORD: Record<CheckStatus, string> = { pass: 'pass', warn: 'warn', fail: 'fail', cannot_judge: 'cannot judge' };
export const CHECK_STATUS_COLOR: Record<CheckStatus, string> = { pass: 'teal', warn: 'yellow', fail: 'red', cannot_judge: 'gray' };

export const PLAN_STATE_COLOR: Record<PlanState, string> = { none: 'gray', planned: 'blue', running: 'violet', done: 'teal', deviated: 'orange' };
