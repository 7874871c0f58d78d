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

/**
 * Parse or throw a `validation` CellbookError whose message names every bad field. `what` is put in
 * front only when it is words for people ("calc solgel"); operations pass none, so a researcher
 * never reads an operation's internal name.
 */
export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, what?: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = fieldIssuesFromZod(result.error);
  const sentence = describeFieldIssues(issues);
  throw new CellbookError('validation', what ? `${what}: ${sentence}` : sentence, issues);
}
