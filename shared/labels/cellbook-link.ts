// The one link form a Cellbook label carries in its QR code, and the parser for what a USB scanner
// or a person types into the search box. A link names the record by its code, not its database
// id, so a label keeps pointing at the same lot after the notebook is exported and imported:
//   cellbook://lot/<lot number>   cellbook://batch/<batch code>   cellbook://build/<build name>
//   cellbook://cell/<build name>/<cell label>
// Each part is percent-encoded (RFC 3986), so a space or a slash in a code survives the trip.

export const LABEL_KINDS = ['lot', 'batch', 'cell', 'build'] as const;
export type LabelKind = (typeof LABEL_KINDS)[number];

export const CELLBOOK_LINK_SCHEME = 'cellbook://';

/** What a label or a link names: the kind and its code (a cell's code is its build and its label). */
export type RecordCode = { kind: 'lot'; code: string } | { kind: 'batch'; code: string } | { kind: 'build'; code: string } | { kind: 'cell'; build: string; cell: string };

export function cellbookLink(ref: RecordCode): string {
  const parts = ref.kind === 'cell' ? [ref.build, ref.cell] : [ref.code];
  return `${CELLBOOK_LINK_SCHEME}${ref.kind}/${parts.map((part) => encodeURIComponent(part)).join('/')}`;
}

/** The code in large type on a label: a cell's is "<build>/<cell>", the others their own code. */
export function printedCode(ref: RecordCode): string {
  return ref.kind === 'cell' ? `${ref.build}/${ref.cell}` : ref.code;
}

/**
 * A typed or scanned link as the record it names; null when the text is not a Cellbook link (then
 * it may still be a bare code, which the notebook looks up). Scanners that send the link in upper
 * case (some do for QR alphanumeric mode) are accepted: scheme and kind are case-insensitive.
 */
export function parseCellbookLink(text: string): RecordCode | null {
  const trimmed = text.trim();
  if (!trimmed.toLowerCase().startsWith(CELLBOOK_LINK_SCHEME)) return null;
  const [kindText, ...encoded] = trimmed.slice(CELLBOOK_LINK_SCHEME.length).replace(/\/+$/, '').split('/');
  const kind = kindText?.toLowerCase();
  let parts: string[];
  try {
    parts = encoded.map((part) => decodeURIComponent(part).trim());
  } catch {
    return null;
  }
  if (parts.some((part) => part === '')) return null;
  if (kind === 'cell') return parts.length === 2 ? { kind, build: parts[0] as string, cell: parts[1] as string } : null;
  if (kind === 'lot' || kind === 'batch' || kind === 'build') return parts.length === 1 ? { kind, code: parts[0] as string } : null;
  return null;
}
