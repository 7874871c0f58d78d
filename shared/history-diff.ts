import type { FieldChange } from './schemas/history';

/**
 * Bookkeeping columns every record table has; the entry itself says when and to which record,
 * so listing them as changes is noise.
 */
const BOOKKEEPING_FIELDS = new Set(['id', 'created_at', 'updated_at']);

/**
 * Field-by-field changes between two snapshots of a record (either may be null: insert has no
 * before). Values are compared as JSON so that numbers, strings and nulls compare by value.
 */
export function diffRecords(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): FieldChange[] {
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: FieldChange[] = [];
  for (const field of fields) {
    if (BOOKKEEPING_FIELDS.has(field)) continue;
    const was = before?.[field] ?? null;
    const now = after?.[field] ?? null;
    if (JSON.stringify(was) !== JSON.stringify(now)) changes.push({ field, before: was, after: now });
  }
  return changes;
}
