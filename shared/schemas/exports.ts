// Spreadsheet exports of the notebook's lists, as the app asks for them: which list, which format,
// and (for a test's cycles) which test. The file comes back as bytes for the window to save.
import { z } from 'zod';
import { recordIdSchema } from './fields';

export const EXPORT_LIST_IDS = ['materials', 'lots', 'batches', 'builds', 'cycling-tests', 'cycles'] as const;

export const exportListSchema = z
  .object({
    list: z.enum(EXPORT_LIST_IDS),
    format: z.enum(['csv', 'xlsx']),
    testId: recordIdSchema.optional(),
  })
  .strict()
  .refine((input) => input.list !== 'cycles' || input.testId !== undefined, { message: 'the cycles of which test?', path: ['testId'] });

export const exportedFileSchema = z.object({
  fileName: z.string(),
  mediaType: z.string(),
  rows: z.number().int().nonnegative(),
  contentBase64: z.string(),
});

export const buildReportQuerySchema = z
  .object({
    buildId: recordIdSchema,
    format: z.enum(['html', 'pdf']).default('html'),
    paper: z.enum(['a4', 'letter']).default('a4'),
  })
  .strict();

export const comparisonReportQuerySchema = z
  .object({
    buildIds: z.array(recordIdSchema).min(1, 'choose at least one build').max(40, 'at most 40 builds'),
    retentionAtCycle: z.number().int().min(1).default(100),
    format: z.enum(['html', 'pdf']).default('html'),
    paper: z.enum(['a4', 'letter']).default('a4'),
  })
  .strict();
