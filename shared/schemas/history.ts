import { z } from 'zod';
import { HISTORY_PAGE_DEFAULT_ENTRIES, HISTORY_PAGE_MAX_ENTRIES } from '../limits';

export const historyActionSchema = z.enum(['insert', 'update', 'archive', 'restore']);
export type HistoryAction = z.infer<typeof historyActionSchema>;

export const fieldChangeSchema = z.object({
  field: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  /** A reference field (a foreign key): the referenced records' names as they are now ("Material" 7 is "NCM811"). */
  beforeName: z.string().optional(),
  afterName: z.string().optional(),
});
export type FieldChange = z.infer<typeof fieldChangeSchema>;

export const historyEntrySchema = z.object({
  id: z.number().int(),
  table: z.string(),
  recordId: z.string(),
  action: historyActionSchema,
  operator: z.string(),
  at: z.string(),
  changes: z.array(fieldChangeSchema),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

const identifier = z.string().regex(/^[a-z_][a-z0-9_]*$/, 'a table name: lower-case letters, digits and _');

export const historyQuerySchema = z
  .object({
    table: identifier.optional(),
    recordId: z.string().min(1).max(200).optional(),
    limit: z.number().int().min(1).max(HISTORY_PAGE_MAX_ENTRIES).default(HISTORY_PAGE_DEFAULT_ENTRIES),
    /** Page backwards: entries with an id below this one. */
    beforeId: z.number().int().positive().optional(),
  })
  .strict()
  .refine((q) => q.recordId === undefined || q.table !== undefined, {
    message: 'a record id needs its table',
    path: ['recordId'],
  });
export type HistoryQuery = z.input<typeof historyQuerySchema>;

export const historyPageSchema = z.object({
  entries: z.array(historyEntrySchema),
  /** Pass as `beforeId` for the next (older) page; null when this was the last. */
  nextBeforeId: z.number().int().nullable(),
});
export type HistoryPage = z.infer<typeof historyPageSchema>;
