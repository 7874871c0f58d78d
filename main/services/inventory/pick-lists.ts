import { CellbookError } from '../../../shared/api-error';
import { PICK_LISTS, PICK_LIST_IDS, type PickListId } from '../../../shared/materials/pick-lists';
import { insertRecord } from '../../db/records';
import type { ServiceContext } from '../context';

export function listPickLists(ctx: ServiceContext) {
  const added = ctx.notebook.db.prepare('SELECT list, value FROM pick_list_values WHERE archived_at IS NULL ORDER BY value COLLATE NOCASE').all() as Array<{ list: string; value: string }>;
  return PICK_LIST_IDS.map((id) => ({
    id,
    label: PICK_LISTS[id].label,
    paragraph: PICK_LISTS[id].paragraph,
    values: [...PICK_LISTS[id].values],
    added: added.filter((row) => row.list === id).map((row) => row.value),
  }));
}

export function addPickListValue(ctx: ServiceContext, list: PickListId, value: string) {
  const known = [...PICK_LISTS[list].values, ...listPickLists(ctx).find((entry) => entry.id === list)!.added];
  if (known.some((existing) => existing.toLowerCase() === value.toLowerCase())) {
    throw new CellbookError('conflict', `"${value}" is already in the ${PICK_LISTS[list].label.toLowerCase()} list`);
  }
  insertRecord(ctx.writer, 'pick_list_values', { list, value });
  ctx.emit({ type: 'changed', tables: ['pick_list_values'] });
  return listPickLists(ctx);
}
