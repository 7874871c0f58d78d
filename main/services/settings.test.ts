import { afterEach, describe, expect, it } from 'vitest';
import { getSettings, updateSettings } from './settings';
import { listHistory } from './history';
import { osAccountName } from './context';
import { openTempNotebook, type TempNotebook } from '../testing/temp-notebook';

let temp: TempNotebook;
afterEach(() => temp?.dispose());

describe('settings and history', () => {
  it('attributes history to the OS account until an operator name is set, then to that name', async () => {
    temp = await openTempNotebook();
    expect(getSettings(temp.ctx)).toEqual({ operator: null, effectiveOperator: osAccountName() });

    updateSettings(temp.ctx, { operator: 'M. Kim' });
    updateSettings(temp.ctx, { operator: 'J. Park' });
    updateSettings(temp.ctx, { operator: null });

    const page = listHistory(temp.ctx, { limit: 10 });
    expect(page.entries.map((entry) => [entry.action, entry.operator])).toEqual([
      ['update', 'J. Park'],
      ['update', 'M. Kim'],
      ['insert', osAccountName()],
    ]);
    expect(page.entries[0]?.changes).toEqual([{ field: 'value_json', before: '"J. Park"', after: 'null' }]);
    expect(page.entries[2]?.changes).toContainEqual({ field: 'value_json', before: null, after: '"M. Kim"' });
    expect(getSettings(temp.ctx).effectiveOperator).toBe(osAccountName());
    expect(temp.events.filter((event) => event.type === 'changed')).toHaveLength(3);
  });

  it('pages history backwards', async () => {
    temp = await openTempNotebook();
    for (let i = 0; i < 5; i += 1) updateSettings(temp.ctx, { operator: `Operator ${i}` });
    const first = listHistory(temp.ctx, { limit: 2 });
    expect(first.entries.map((entry) => entry.id)).toEqual([5, 4]);
    expect(first.nextBeforeId).toBe(4);
    const second = listHistory(temp.ctx, { limit: 2, beforeId: 4 });
    expect(second.entries.map((entry) => entry.id)).toEqual([3, 2]);
    const last = listHistory(temp.ctx, { limit: 2, beforeId: 2 });
    expect(last).toMatchObject({ entries: [{ id: 1 }], nextBeforeId: null });
    expect(listHistory(temp.ctx, { limit: 10, table: 'settings', recordId: 'operator' }).entries).toHaveLength(5);
    expect(listHistory(temp.ctx, { limit: 10, table: 'materials' }).entries).toHaveLength(0);
  });
});
