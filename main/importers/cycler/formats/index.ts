// Every cycler format Cellbook reads, and the files it refuses. Vendor formats come before the
// generic one; detection picks the most confident.
import type { CyclerFormat, Refusal } from '../format';
import { arbinFormat } from './arbin';
import { basytecFormat } from './basytec';
import { bdfFormat } from './bdf';
import { biologicFormat } from './biologic';
import { genericFormat } from './generic';
import { landtFormat } from './landt';
import { maccorFormat } from './maccor';
import { newareFormat } from './neware';
import { novonixFormat } from './novonix';
import { pecFormat } from './pec';
import { REFUSALS } from './refusals';

export const CYCLER_FORMATS: readonly CyclerFormat[] = [
  arbinFormat,
  maccorFormat,
  newareFormat,
  biologicFormat,
  novonixFormat,
  basytecFormat,
  pecFormat,
  landtFormat,
  bdfFormat,
  genericFormat,
];
export const CYCLER_REFUSALS: readonly Refusal[] = REFUSALS;
