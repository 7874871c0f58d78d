// The design parameter that tells compared builds apart, for a legend that reads "composite 5 /
// 10 / 15 / 30 wt%" instead of four build names alone: the build number with the most distinct
// values among the builds (ties go to the one a researcher varies most often, BUILD_QUANTITIES'
// order); when no number differs, the design difference with the most distinct values.
import type { DesignDifferences } from '../schemas/plots';
import { formatSignificant } from '../format/quantity';
import { BUILD_QUANTITIES, quantityValue } from './build-quantities';

export interface Distinguishing {
  label: string;
  unit: string;
  /** What the legend adds per build ("composite 10 wt%"), by build id. */
  valueByBuild: Map<number, string>;
}

export interface DistinguishableBuild {
  id: number;
  derived: Record<string, unknown>;
  protocol: Record<string, unknown>;
  pressing?: Record<string, unknown>;
}

const distinct = (values: readonly string[]) => new Set(values).size;

/** `differences` is asked for only when no build number tells the builds apart (it costs a diff of every design). */
export function distinguishingParameter(builds: readonly DistinguishableBuild[], differences: () => DesignDifferences): Distinguishing | null {
  if (builds.length < 2) return null;
  let best: { score: number; result: Distinguishing } | null = null;
  for (const quantity of BUILD_QUANTITIES) {
    const values = builds.map((build) => quantityValue(quantity, build));
    if (values.some((value) => value === null)) continue;
    const shown = values.map((value) => formatSignificant(value!, 3));
    const score = distinct(shown);
    if (score >= 2 && (best === null || score > best.score)) {
      const unit = quantity.unit ? ` ${quantity.unit}` : '';
      best = { score, result: { label: quantity.label, unit: quantity.unit, valueByBuild: new Map(builds.map((build, i) => [build.id, `${quantity.short} ${shown[i]}${unit}`])) } };
    }
  }
  if (best) return best.result;
  for (const row of differences().rows) {
    const score = distinct(row.values);
    if (score >= 2 && (best === null || score > best.score)) {
      const unit = row.unit ? ` ${row.unit}` : '';
      best = { score, result: { label: row.label, unit: row.unit, valueByBuild: new Map(builds.map((build, i) => [build.id, `${row.label} ${row.values[i]}${row.values[i] === '—' ? '' : unit}`])) } };
    }
  }
  return best?.result ?? null;
}
