// Every cycler format Cellbook reads, and the files it refuses. Vendor formats come before the
// generic one; detection picks the most confident.
import type { CyclerFormat, Refusal } from '../format';
import { genericFormat } from './generic';
import { REFUSALS } from './refusals';

export const CYCLER_FORMATS: readonly CyclerFormat[] = [genericFormat];
export const CYCLER_REFUSALS: readonly Refusal[] = REFUSALS;
