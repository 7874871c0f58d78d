// What differs between any number of builds, the first as the reference, in one table: each
// build compared with the reference by shared/cells/build-diff.ts, the rows joined, and every
// field given a label and unit a researcher reads (never an internal key such as
// "cathodeActiveLoadingMgCm2" or "single_sided").
import { diffBuilds, type DiffableBuild } from '../cells/build-diff';
import type { DesignDifferences } from '../schemas/plots';
import { buildQuantity } from './build-quantities';
import { capitalized, keyWords } from '../text-case';

const CONFIGURATION_LABELS: Record<string, string> = { single_sided: 'FIG. 1 single-sided', double_sided: 'FIG. 2 double-sided' };
const BASIS_LABELS: Record<string, string> = { wt_pct: 'wt%', parts: 'parts', mass_mg: 'mg' };

/** A shape as written in the stack table: "round Ø 10 mm", "10 × 20 mm", "1.5 cm²". */
function showShape(text: string): string {
  try {
    const shape = JSON.parse(text) as { kind: string; diameterMm?: number; widthMm?: number; heightMm?: number; areaCm2?: number };
    if (shape.kind === 'round') return `round Ø ${shape.diameterMm} mm`;
    if (shape.kind === 'rect') return `${shape.widthMm} × ${shape.heightMm} mm`;
    if (shape.kind === 'area') return `${shape.areaCm2} cm²`;
  } catch {
    // Not JSON: shown as it is.
  }
  return text;
}

interface Labelled {
  label: string;
  unit: string;
  show: (value: string) => string;
}

const same = (value: string) => value;

/** Label, unit and value formatting of one field of build-diff.ts's output. */
export function labelField(section: string, field: string): Labelled {
  if (field === 'configuration') return { label: 'Configuration', unit: '', show: (value) => CONFIGURATION_LABELS[value] ?? value };
  if (field === 'shape') return { label: 'Shape', unit: '', show: showShape };
  if (field === 'composition basis') return { label: 'Composition basis', unit: '', show: (value) => BASIS_LABELS[value] ?? value };
  if (field === 'layer') return { label: 'Layer', unit: '', show: same };
  const quantity = section === 'Protocol' || section === 'Derived' ? buildQuantity(field) : undefined;
  if (quantity) return { label: quantity.label, unit: quantity.unit, show: same };
  // "thickness as pressed (µm)", "NCM (wt%)": the unit is the part in brackets at the end.
  const bracketed = /^(.*) \(([^()]+)\)$/.exec(field);
  if (bracketed) return { label: capitalized(bracketed[1]!), unit: bracketed[2]!, show: same };
  if (field.endsWith(' lot')) return { label: `${field.slice(0, -4)} lot`, unit: '', show: same };
  return { label: keyWords(field.replace(/\./g, ' ')), unit: '', show: same };
}

export function designDifferences(builds: ReadonlyArray<{ id: number; name: string; design: DiffableBuild }>): DesignDifferences {
  const [reference, ...others] = builds;
  if (!reference) return { builds: [], rows: [] };
  type Row = { section: string; field: string; referenceValue: string; byBuild: Map<number, string> };
  const rows = new Map<string, Row>();
  others.forEach((other, index) => {
    for (const difference of diffBuilds(reference.design, other.design)) {
      const key = `${difference.section}\u0000${difference.field}`;
      const row = rows.get(key) ?? { section: difference.section, field: difference.field, referenceValue: difference.before, byBuild: new Map() };
      row.byBuild.set(index + 1, difference.after);
      rows.set(key, row);
    }
  });
  // The configuration first, the protocol next, each layer, and the derived numbers that follow last.
  const rank = (section: string) => (section === 'Configuration' ? 0 : section === 'Protocol' ? 1 : section === 'Derived' ? 3 : 2);
  const ordered = [...rows.values()].sort((a, b) => rank(a.section) - rank(b.section));
  return {
    builds: builds.map((build) => ({ id: build.id, name: build.name })),
    rows: ordered.map((row) => {
      const labelled = labelField(row.section, row.field);
      const values = builds.map((_, index) => (index === 0 ? row.referenceValue : (row.byBuild.get(index) ?? row.referenceValue)));
      return {
        section: row.section,
        label: labelled.label,
        unit: labelled.unit,
        values: values.map((value) => (value === '—' ? value : labelled.show(value))),
        differs: builds.map((_, index) => index !== 0 && row.byBuild.has(index)),
      };
    }),
  };
}
