// Turns a zod failure into field issues worded for people, shared by the handlers (main) and
// forms (renderer) so a form shows the same sentence the handler would have returned.
import type { z } from 'zod';
import { CellbookError, describeFieldIssues, type FieldIssue } from './api-error';

export function fieldIssuesFromZod(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    field: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

/** Parse or throw a `validation` CellbookError whose message names every bad field. */
export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = fieldIssuesFromZod(result.error);
  throw new CellbookError('validation', `${what}: ${describeFieldIssues(issues)}`, issues);
}
