// Inputs made from an operation's zod input schema, for the contract harness: one plausible value
// (a "base" that respects lengths, ranges, enums and literals), and the malformed variants of it a
// careless or hostile caller would send — wrong types, missing fields, huge strings, negative and
// impossible numbers, unknown ids, unexpected fields. Reads zod 4's schema definitions; anything
// it does not know becomes a string, which the schema then refuses (still a malformed input).
import type { z } from 'zod';

/** An id no notebook holds (SQLite rowids of a test notebook stay far below it). */
export const UNKNOWN_ID = 2_000_000_000;
export const HUGE_STRING = 'x'.repeat(1_000_000);

export type MalformedKind = 'wrong type' | 'missing field' | 'huge string' | 'negative number' | 'impossible number' | 'unknown id' | 'unexpected field';

export interface MalformedInput {
  kind: MalformedKind;
  /** Which field was changed, dotted; '' for the input as a whole. */
  field: string;
  input: unknown;
}

interface ZodLike {
  _zod: { def: Record<string, unknown> & { type: string } };
  minLength?: number | null;
  maxLength?: number | null;
  minValue?: number | null;
  maxValue?: number | null;
  isInt?: boolean;
  format?: string | null;
}

function defOf(schema: unknown): ZodLike['_zod']['def'] {
  return (schema as ZodLike)._zod.def;
}

/** Strips wrappers that do not change what a value looks like (optional, default, pipe...). */
export function unwrap(schema: unknown): ZodLike {
  let current = schema as ZodLike;
  for (let depth = 0; depth < 20; depth++) {
    const def = current._zod.def;
    if (['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional'].includes(def.type)) current = def.innerType as ZodLike;
    else if (def.type === 'pipe') current = (defOf(def.in).type === 'transform' ? def.out : def.in) as ZodLike;
    else if (def.type === 'lazy') current = (def.getter as () => ZodLike)();
    else return current;
  }
  return current;
}

function isOptional(schema: unknown): boolean {
  const type = defOf(schema).type;
  return type === 'optional' || type === 'default' || type === 'prefault' || (type === 'pipe' && isOptional(defOf(schema).in));
}

function sampleString(schema: ZodLike, key: string): string {
  if (schema.format === 'regex' || /date/i.test(key)) return /At$/.test(key) ? '2025-01-15T10:00:00.000Z' : '2025-01-15';
  const min = schema.minLength ?? 1;
  const max = schema.maxLength ?? 40;
  const text = /path/i.test(key) ? 'sample.cellbook' : 'Sample';
  return text.length >= min ? text.slice(0, Math.max(min, Math.min(max, text.length))) : text.padEnd(min, 'x');
}

function sampleNumber(schema: ZodLike, key: string): number {
  if (/(^id$|Id$)/.test(key)) return UNKNOWN_ID;
  const min = schema.minValue ?? Number.NEGATIVE_INFINITY;
  const max = schema.maxValue ?? Number.POSITIVE_INFINITY;
  let value = 1;
  if (value < min) value = Number.isFinite(min) ? (schema.isInt ? Math.ceil(min + 1e-9) : min + (Number.isFinite(max) ? (max - min) / 2 : 1)) : 1;
  if (value > max) value = schema.isInt ? Math.floor(max) : max;
  return value;
}

/** One value the schema should accept (best effort; the caller checks with safeParse). */
export function sampleOf(schema: unknown, key = '', depth = 0): unknown {
  const inner = unwrap(schema);
  const def = inner._zod.def;
  if (depth > 8) return undefined;
  switch (def.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [field, fieldSchema] of Object.entries(def.shape as Record<string, unknown>)) {
        if (isOptional(fieldSchema) && depth > 0) continue;
        out[field] = sampleOf(fieldSchema, field, depth + 1);
      }
      return out;
    }
    case 'string':
      return sampleString(inner, key);
    case 'number':
    case 'int':
      return sampleNumber(inner, key);
    case 'bigint':
      return 1n;
    case 'boolean':
      return false;
    case 'literal':
      return (def.values as unknown[])[0];
    case 'enum':
      return Object.values(def.entries as Record<string, unknown>)[0];
    case 'array': {
      const minItems = ((def.checks as Array<{ _zod: { def: { check: string; minimum?: number } } }> | undefined) ?? []).find((check) => check._zod.def.check === 'min_length')?._zod.def.minimum ?? 1;
      return Array.from({ length: Math.max(1, minItems) }, () => sampleOf(def.element, key.replace(/s$/, ''), depth + 1));
    }
    case 'tuple':
      return (def.items as unknown[]).map((item) => sampleOf(item, key, depth + 1));
    case 'union':
      return sampleOf((def.options as unknown[])[0], key, depth + 1);
    case 'record':
      return {};
    case 'null':
      return null;
    case 'date':
      return new Date('2025-01-15T10:00:00Z');
    default:
      return 'Sample';
  }
}

/** A value of another kind than the field's own, for the "wrong type" variants. */
function wrongTypesFor(schema: unknown): unknown[] {
  const type = unwrap(schema)._zod.def.type;
  const byType: Record<string, unknown[]> = {
    string: [12345, { text: 'x' }],
    number: ['12', true],
    int: ['12', 1.5],
    boolean: ['yes', 0],
    array: [{}, 'a,b'],
    object: ['object', [1, 2]],
    enum: ['no such choice', 7],
    literal: ['no such value'],
  };
  return byType[type] ?? [Symbol.for('not a value').description, [[]]];
}

/** Every malformed variant of a valid-looking input, one change at a time. */
export function malformedInputs(schema: z.ZodType): MalformedInput[] {
  const base = sampleOf(schema);
  const variants: MalformedInput[] = [
    { kind: 'wrong type', field: '', input: 'text instead of an object' },
    { kind: 'wrong type', field: '', input: 42 },
    { kind: 'wrong type', field: '', input: [base] },
    { kind: 'unexpected field', field: '', input: { ...(base as object), unexpectedField: HUGE_STRING } },
  ];
  const root = unwrap(schema);
  if (root._zod.def.type !== 'object' || typeof base !== 'object' || base === null) return variants;
  const shape = root._zod.def.shape as Record<string, unknown>;
  const withField = (field: string, value: unknown) => ({ ...(base as Record<string, unknown>), [field]: value });
  for (const [field, fieldSchema] of Object.entries(shape)) {
    const type = unwrap(fieldSchema)._zod.def.type;
    if (!isOptional(fieldSchema)) {
      const without = { ...(base as Record<string, unknown>) };
      delete without[field];
      variants.push({ kind: 'missing field', field, input: without });
    }
    for (const value of wrongTypesFor(fieldSchema)) variants.push({ kind: 'wrong type', field, input: withField(field, value) });
    variants.push({ kind: 'wrong type', field, input: withField(field, null) });
    variants.push({ kind: 'huge string', field, input: withField(field, HUGE_STRING) });
    if (type === 'array') variants.push({ kind: 'huge string', field, input: withField(field, [HUGE_STRING]) });
    if (type === 'number' || type === 'int') {
      variants.push({ kind: 'negative number', field, input: withField(field, -1) });
      variants.push({ kind: 'negative number', field, input: withField(field, -1e12) });
      for (const impossible of [Number.NaN, Number.POSITIVE_INFINITY, 1e308, 2 ** 53 + 1, 0.5]) variants.push({ kind: 'impossible number', field, input: withField(field, impossible) });
    }
    if (/(^id$|Id$)/.test(field)) variants.push({ kind: 'unknown id', field, input: withField(field, UNKNOWN_ID) });
    if (/Ids$/.test(field)) variants.push({ kind: 'unknown id', field, input: withField(field, [UNKNOWN_ID]) });
  }
  return variants;
}
