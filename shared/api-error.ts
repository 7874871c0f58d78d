// The error every operation returns instead of throwing across a process boundary.
// It carries a code the UI can branch on and a sentence a researcher can act on.
import { capitalized } from './text-case';

export const API_ERROR_CODES = [
  'validation', // input failed its schema; `issues` names each field
  'not_found',
  'conflict', // e.g. a duplicate lot number
  'refused', // a rule of the notebook forbids it (newer schema, append-only history, ...)
  'cancelled',
  'unavailable', // e.g. no Electron binary, a port in use
  'busy', // another Cellbook holds the notebook's write lock (or has the notebook open as an app)
  'internal',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export interface FieldIssue {
  /** Dotted path of the field, e.g. `layers.2.thicknessUm`; empty for the input as a whole. */
  field: string;
  message: string;
}

export interface ApiErrorBody {
  code: ApiErrorCode;
  message: string;
  issues?: FieldIssue[];
}

export class CellbookError extends Error {
  readonly code: ApiErrorCode;
  readonly issues: FieldIssue[] | undefined;

  constructor(code: ApiErrorCode, message: string, issues?: FieldIssue[]) {
    super(message);
    this.name = 'CellbookError';
    this.code = code;
    this.issues = issues;
  }

  toBody(): ApiErrorBody {
    return this.issues ? { code: this.code, message: this.message, issues: this.issues } : { code: this.code, message: this.message };
  }

  static fromBody(body: ApiErrorBody): CellbookError {
    return new CellbookError(body.code, body.message, body.issues);
  }
}

export function isApiErrorBody(value: unknown): value is ApiErrorBody {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<ApiErrorBody>;
  return typeof candidate.message === 'string' && API_ERROR_CODES.includes(candidate.code as ApiErrorCode);
}

/**
 * The unit a key ends with (electrolyteG, thicknessUm, saltMolPct): left out of the words because
 * the message that follows states it ("Electrolyte: must be above 0 g").
 */
const UNIT_KEY_SUFFIX = /(?<=[a-z0-9])(MAhG|MAhCm2|MgCm2|GCm3|GMl|GMol|MolPct|WtPct|VolPct|Pct|MPa|GPa|Um|Nm|Mm|Cm2|Mg|Kg|G|ML|Ml|MAh|MA|Ah|V|C|S|H|Min|Rpm|Ppm)$/;

/** A field's path in words, never the key: "actualAmount" -> "Actual amount", "layers.2.side" -> "Layer 3, side". */
export function fieldPathWords(path: string): string {
  const parts = path.split('.').filter((part) => part !== '');
  const words: string[] = [];
  for (const [index, part] of parts.entries()) {
    if (/^\d+$/.test(part)) continue;
    const next = parts[index + 1];
    const word = part.replace(UNIT_KEY_SUFFIX, '').replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/_/g, ' ').toLowerCase();
    words.push(next !== undefined && /^\d+$/.test(next) ? `${word.replace(/s$/, '')} ${Number(next) + 1}` : word);
  }
  return capitalized(words.join(', '));
}

/**
 * One sentence listing every field issue, for places that show a single line (CLI, notices):
 * "Actual amount: must be above 0". Fields are named in words; operations are never named.
 */
export function describeFieldIssues(issues: readonly FieldIssue[]): string {
  return issues.map((issue) => (issue.field ? `${fieldPathWords(issue.field)}: ${issue.message}` : issue.message)).join('; ');
}

/** What crosses the IPC / HTTP boundary for every call. */
export type ApiEnvelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };
