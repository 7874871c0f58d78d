// Notebook-wide search over the FTS5 index the schema keeps up to date with triggers. Each word
// typed matches as a prefix ("LiTF" finds LiTFSI); all words must match.
import type { SearchHit, SearchResults } from '../../shared/schemas/search';
import { SEARCH_RECORD_TYPES } from '../../shared/schemas/search';
import type { ServiceContext } from './context';

/** The words of a query as FTS5 prefix terms, each quoted so that no character is syntax. */
export function toMatchExpression(query: string): string | null {
  const words = query.normalize('NFKC').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (words.length === 0) return null;
  return words.map((word) => `"${word.replace(/"/g, '""')}"*`).join(' AND ');
}

interface HitRow {
  record_type: SearchHit['recordType'];
  record_id: number;
  archived: number;
  title: string;
  snippet: string;
}

export function searchNotebook(ctx: ServiceContext, input: { query: string; limit: number; includeArchived: boolean }): SearchResults {
  const started = performance.now();
  const match = toMatchExpression(input.query);
  if (match === null) return { query: input.query, groups: [], total: 0, tookMs: 0 };
  const rows = ctx.notebook.db
    .prepare(
      `SELECT record_type, record_id, archived, title, snippet(search_index, -1, '[', ']', '…', 12) AS snippet
       FROM search_index
       WHERE search_index MATCH ? ${input.includeArchived ? '' : 'AND archived = 0'}
       ORDER BY bm25(search_index, 0, 0, 0, 5.0, 1.0)
       LIMIT ?`,
    )
    .all(match, input.limit) as HitRow[];
  const groups = SEARCH_RECORD_TYPES.map((type) => ({
    recordType: type.id,
    label: type.label,
    hits: rows
      .filter((row) => row.record_type === type.id)
      .map((row) => ({ recordType: row.record_type, recordId: row.record_id, title: row.title, snippet: row.snippet, archived: row.archived === 1 })),
  })).filter((group) => group.hits.length > 0);
  return { query: input.query, groups, total: rows.length, tookMs: performance.now() - started };
}
