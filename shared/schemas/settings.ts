import { z } from 'zod';
import { OPERATOR_NAME_MAX_CHARS } from '../limits';

export const operatorNameSchema = z
  .string()
  .trim()
  .min(1, 'enter a name, or clear the field to use the computer account name')
  .max(OPERATOR_NAME_MAX_CHARS, `at most ${OPERATOR_NAME_MAX_CHARS} characters`);

export const notebookSettingsSchema = z.object({
  /** The operator name set in the app; null means "use the computer account name". */
  operator: z.string().nullable(),
  /** The name history entries use now: `operator`, else the OS account name. */
  effectiveOperator: z.string(),
});
export type NotebookSettings = z.infer<typeof notebookSettingsSchema>;

export const notebookSettingsUpdateSchema = z
  .object({
    operator: operatorNameSchema.nullable().optional(),
  })
  .strict();
export type NotebookSettingsUpdate = z.input<typeof notebookSettingsUpdateSchema>;
