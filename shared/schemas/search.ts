import { z } from 'zod';

/** Record types in the search index, in the order their groups are shown. */
export const SEARCH_RECORD_TYPES = [
  { id: 'material', label: 'Materials' },
  { id: 'lot', label: 'Lots' },
  { id: 'recipe', label: 'Recipes' },
  { id: 'batch', label: 'Batches' },
  { id: 'build', label: 'Builds' },
] as const;

export const searchRecordTypeSchema = z.enum(['material', 'lot', 'recipe', 'batch', 'build']);

export const searchQuerySchema = z
  .object({
    query: z.string().trim().min(1, 'type something to search for').max(200, 'at most 200 characters'),
    limit: z.number().int().min(1).max(500).default(50),
    includeArchived: z.boolean().default(true),
  })
  .strict();

export const searchHitSchema = z.object({
  recordType: searchRecordTypeSchema,
  recordId: z.number().int(),
  title: z.string(),
  /** Matching words in [brackets]. */
  snippet: z.string(),
  archived: z.boolean(),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

export const searchResultsSchema = z.object({
  query: z.string(),
  groups: z.array(z.object({ recordType: searchRecordTypeSchema, label: z.string(), hits: z.array(searchHitSchema) })),
  total: z.number().int(),
  tookMs: z.number(),
});
export type SearchResults = z.infer<typeof searchResultsSchema>;
