import { formatNumber, MISSING } from './format/number';
import { fieldLabel, fieldLabelText } from './history-fields';
import { keyWords } from './text-case';
import type { FieldChange } from './schemas/history';

/**
 * Bookkeeping columns every record table has; the entry itself says when and to which record,
 * so listing them as changes is noise.
 */
const BOOKKEEPING_FIELDS = new Set(['id', 'created_at', 'updated_at']);

/**
 * Field-by-field changes between two snapshots of a record (either may be null: insert has no
 * before). Values are compared as JSON so that numbers, strings and nulls compare by value.
 */
export function diffRecords(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): FieldChange[] {
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: FieldChange[] = [];
  for (const field of fields) {
    if (BOOKKEEPING_FIELDS.has(field)) continue;
    const was = before?.[field] ?? null;
    const now = after?.[field] ?? null;
    if (JSON.stringify(was) !== JSON.stringify(now)) changes.push({ field, before: was, after: now });
  }
  return changes;
}

/** One change as the history shows it: "Molar mass (g/mol)", "—", "268.364", and for JSON what changed inside. */
export interface ReadableChange {
  label: string;
  before: string;
  after: string;
  /** For a JSON document: one line per part that changed ("warnings: 0 → 2 items"); empty otherwise. */
  details: string[];
}

/** A JSON document's parts listed at most this many; the rest are counted. */
const MAX_DETAILS = 6;
/** Text longer than this is shortened in a change line (the record's own page shows it whole). */
const MAX_TEXT = 80;

export function readableChange(change: FieldChange): ReadableChange {
  const label = fieldLabel(change.field);
  const labelText = fieldLabelText(change.field);
  if (label.kind === 'json') {
    const before = parseJson(change.before);
    const after = parseJson(change.after);
    return { label: labelText, before: summarize(before), after: summarize(after), details: jsonDetails(before, after) };
  }
  // A reference field names the record it points to (the host looks the names up), never its bare id.
  return { label: labelText, before: change.beforeName ?? valueText(change.before, label.kind), after: change.afterName ?? valueText(change.after, label.kind), details: [] };
}

function valueText(value: unknown, kind: 'number' | 'flag' | 'text' | 'json'): string {
  if (value === null || value === undefined || value === '') return MISSING;
  if (kind === 'flag' && (value === 0 || value === 1 || typeof value === 'boolean')) return value ? 'yes' : 'no';
  if (typeof value === 'number') return formatNumber(value, 'recorded');
  if (typeof value === 'string') return shorten(value);
  return summarize(value);
}

function parseJson(value: unknown): unknown {
  if (typeof value !== 'string') return value ?? null;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > MAX_TEXT ? `${oneLine.slice(0, MAX_TEXT - 1)}…` : oneLine;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** A value in a few words: a number, a short text, "3 items", "5 fields". */
function summarize(value: unknown): string {
  if (value === null || value === undefined || value === '') return MISSING;
  if (Array.isArray(value)) return plural(value.length, 'item');
  if (typeof value === 'object') return plural(Object.keys(value).length, 'field');
  if (typeof value === 'number') return formatNumber(value, 'recorded');
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return shorten(String(value));
}

/** What changed inside two JSON documents, one line per top-level part. */
function jsonDetails(before: unknown, after: unknown): string[] {
  const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isRecord(before) && !isRecord(after)) return [];
  const was = isRecord(before) ? before : {};
  const now = isRecord(after) ? after : {};
  const lines: string[] = [];
  for (const key of new Set([...Object.keys(was), ...Object.keys(now)])) {
    if (JSON.stringify(was[key] ?? null) === JSON.stringify(now[key] ?? null)) continue;
    const name = keyWords(key);
    lines.push(before === null ? `${name}: ${summarize(now[key])}` : `${name}: ${summarize(was[key])} → ${summarize(now[key])}`);
  }
  if (lines.length <= MAX_DETAILS) return lines;
  return [...lines.slice(0, MAX_DETAILS), `and ${plural(lines.length - MAX_DETAILS, 'more part')}`];
}

