// Forms check their values with the same zod schema the handler uses, so a field shows the
// sentence the notebook would have answered with, before anything is sent.
import type { z } from 'zod';
import type { CellbookError } from '../../../shared/api-error';

export function zodFormErrors(schema: z.ZodType, values: unknown): Record<string, string> {
  const result = schema.safeParse(values);
  if (result.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.');
    errors[path] ??= issue.message;
  }
  return errors;
}

/** Field issues from a refused call, keyed like the form's fields; the rest as one message. */
export function splitApiErrors(error: CellbookError, fields: readonly string[]): { fieldErrors: Record<string, string>; other: string | null } {
  const fieldErrors: Record<string, string> = {};
  const rest: string[] = [];
  for (const issue of error.issues ?? []) {
    const root = issue.field.split('.')[0] ?? '';
    if (fields.includes(root)) fieldErrors[root] ??= issue.message;
    else rest.push(issue.field ? `${issue.field}: ${issue.message}` : issue.message);
  }
  // A refusal (not enough left, a duplicate) is a sentence worth reading whole, beside the field.
  if (!error.issues?.length || error.code !== 'validation') return { fieldErrors, other: error.message };
  return { fieldErrors, other: rest.length ? rest.join('; ') : null };
}

/** NumberInput gives '' for an empty field; the contract wants null. */
export function numberOrNull(value: number | string | null | undefined): number | null {
  if (value === '' || value === null || value === undefined) return null;
  const number = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(number) ? number : null;
}

export function textOrNull(value: string | null | undefined): string | null {
  const trimmed = (value ?? '').trim();
  return trimmed === '' ? null : trimmed;
}
