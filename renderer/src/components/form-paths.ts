// Paths into a form's draft, as zod and the notebook's refusals name them (`layers.2.massMg`),
// and the label a researcher reads for each.

/** Contract path (a `*` for any list position) → the field's label. */
export type FieldLabels = Record<string, string>;

export function valueAt(value: unknown, path: string): string {
  let node: unknown = value;
  for (const part of path === '' ? [] : path.split('.')) node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  return JSON.stringify(node) ?? 'undefined';
}

/**
 * The field's label for a contract path: exact, by list pattern, or by its parent. In a pattern
 * label each `*` becomes the row's number: `'layers.*.massMg': 'Layer * mass'` → "Layer 3 mass".
 */
export function labelFor(labels: FieldLabels, path: string): string | undefined {
  const pattern = path.replace(/\.\d+(?=\.|$)/g, '.*');
  const rows = [...path.matchAll(/\.(\d+)(?=\.|$)/g)].map((match) => Number(match[1]) + 1);
  const numbered = (label: string) => rows.reduce((text, row) => text.replace('*', String(row)), label);
  const parts = path.split('.');
  const patternParts = pattern.split('.');
  for (let end = parts.length; end > 0; end--) {
    const exact = labels[parts.slice(0, end).join('.')];
    if (exact) return exact;
    const byPattern = labels[patternParts.slice(0, end).join('.')];
    if (byPattern) return numbered(byPattern);
  }
  return undefined;
}

/** A refused call's field path as the form knows it: `changes.name` → `name` when only that is labelled. */
export function formPath(labels: FieldLabels, path: string): string | null {
  const parts = path.split('.');
  for (let start = 0; start < parts.length; start++) {
    const candidate = parts.slice(start).join('.');
    if (labelFor(labels, candidate)) return candidate;
  }
  // A handler that names the field alone (`failureReason`) for a form holding it wrapped (`changes.failureReason`).
  const wrapped = Object.keys(labels).find((key) => !key.includes('*') && key.endsWith(`.${path}`));
  return wrapped ?? null;
}

export function isUnder(path: string, field: string): boolean {
  return path === field || path.startsWith(`${field}.`);
}
