// Field schemas used by many records, each with the sentence a researcher sees when it fails.
import { z } from 'zod';

/** Free text that may be left empty; '' is stored as null. */
export function optionalText(maxChars: number) {
  return z
    .string()
    .trim()
    .max(maxChars, `at most ${maxChars} characters`)
    .nullable()
    .transform((value) => (value === '' ? null : value));
}

export function requiredText(maxChars: number, emptyMessage: string) {
  return z.string().trim().min(1, emptyMessage).max(maxChars, `at most ${maxChars} characters`);
}

/** A measured quantity that must be above zero, with its unit in the message. */
export function positiveNumber(unit: string) {
  return z.number({ error: `a number in ${unit}` }).finite(`a number in ${unit}`).positive(`must be above 0 ${unit}`);
}

export const recordIdSchema = z.number({ error: 'a record id' }).int('a record id').positive('a record id');

function isCalendarDate(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** A calendar date as YYYY-MM-DD (the day a bottle was received, opened, expires). */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')
  .refine(isCalendarDate, 'not a date in the calendar');

export const tagsSchema = z.array(z.string().trim().min(1, 'a tag cannot be empty').max(50, 'a tag has at most 50 characters')).max(30, 'at most 30 tags');

export const idInputSchema = z.object({ id: recordIdSchema }).strict();
