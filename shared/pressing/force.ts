// Force on a uniaxial press = pressure x area (DOMAIN.md section 4): 1 MPa = 1 N/mm² and
// 1 cm² = 100 mm², so P MPa on A cm² is 100·P·A N = 0.1·P·A kN. 1 tonne-force = 9.80665 kN
// (standard gravity x 1,000 kg). 500 MPa on 1 cm² = 50.0 kN = 5.10 tf; on a 10 mm die 39.27 kN.
import type { Outline } from '../schemas/pressing-equipment';

export const KN_PER_TF = 9.80665;
const KN_PER_MPA_CM2 = 0.1;

export function outlineAreaCm2(outline: Outline): number {
  return outline.shape === 'round' ? (Math.PI * (outline.diameterMm / 2) ** 2) / 100 : (outline.widthMm * outline.lengthMm) / 100;
}

export function forceKNFromPressure(pressureMPa: number, areaCm2: number): number {
  return pressureMPa * areaCm2 * KN_PER_MPA_CM2;
}

export function pressureMPaFromForce(forceKN: number, areaCm2: number): number {
  return forceKN / (areaCm2 * KN_PER_MPA_CM2);
}

/** The largest area a press of this capacity can take at this pressure. */
export function largestAreaCm2(capacityKN: number, pressureMPa: number): number {
  return capacityKN / (pressureMPa * KN_PER_MPA_CM2);
}

export const tfFromKN = (forceKN: number): number => forceKN / KN_PER_TF;
export const kNFromTf = (forceTf: number): number => forceTf * KN_PER_TF;

export function forceKN(value: number, unit: 'kN' | 'tf'): number {
  return unit === 'tf' ? kNFromTf(value) : value;
}

/** Above this a pressure is a unit slip far more often than a press setting (no lab press reaches it). */
export const IMPLAUSIBLE_PRESSURE_MPA = 2000;

export type PressureMagnitude = { verdict: 'ok' } | { verdict: 'refused' | 'needs_confirmation'; message: string };

/** Whether a pressure typed in MPa is usable: zero and negative are refused, > 2,000 MPa needs confirming. */
/** `field` names the value in the sentence; '' leaves it out (the caller names the field). */
export function judgePressureMagnitude(pressureMPa: number, field = 'Pressure'): PressureMagnitude {
  const named = field === '' ? '' : `${field}: `;
  if (!Number.isFinite(pressureMPa)) return { verdict: 'refused', message: `${named}a number in MPa` };
  if (pressureMPa <= 0) return { verdict: 'refused', message: `${named}${pressureMPa} MPa is not a pressure; it must be above 0 MPa` };
  if (pressureMPa <= IMPLAUSIBLE_PRESSURE_MPA) return { verdict: 'ok' };
  const asPa = pressureMPa / 1e6;
  const asKPa = pressureMPa / 1e3;
  const reading =
    asKPa <= IMPLAUSIBLE_PRESSURE_MPA
      ? ` It reads like kPa typed as MPa (${formatMPa(asKPa)} MPa).`
      : asPa <= IMPLAUSIBLE_PRESSURE_MPA
        ? ` It reads like Pa typed as MPa (${formatMPa(asPa)} MPa).`
        : '';
  return {
    verdict: 'needs_confirmation',
    message: `${named}${formatMPa(pressureMPa)} MPa is above ${IMPLAUSIBLE_PRESSURE_MPA} MPa, more than a lab press applies.${reading} Confirm it if it is meant.`,
  };
}

/** A pressure for a sentence: 6 significant digits at most, no trailing zeros, no separators (copied into spreadsheets). */
export function formatMPa(value: number): string {
  return String(Number(value.toPrecision(6)));
}
