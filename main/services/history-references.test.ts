// The history names the record a reference field points to: a lot's material by the material's
// name, a layer's component by its layer, on the demo notebook's real records.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readableChange } from '../../shared/history-diff';
import { openDemoNotebook } from '../testing/demo-notebook';
import type { TempNotebook } from '../testing/temp-notebook';
import { listHistory } from './history';

let temp: TempNotebook;
beforeAll(async () => {
  temp = await openDemoNotebook({ withCycling: false });
});
afterAll(() => temp?.dispose());

const changeOf = (table: string, recordId: number, field: string) => {
  const entries = listHistory(temp.ctx, { limit: 50, table, recordId: String(recordId) }).entries;
  return entries.at(-1)!.changes.find((change) => change.field === field)!;
};

describe('reference fields in the history', () => {
  it("a lot's material reads as the material's name, not its id", () => {
    const lot = temp.notebook.db.prepare('SELECT l.id, l.material_id, m.name FROM lots l JOIN materials m ON m.id = l.material_id ORDER BY l.id LIMIT 1').get() as { id: number; material_id: number; name: string };
    const change = changeOf('lots', lot.id, 'material_id');
    expect(change).toMatchObject({ before: null, after: lot.material_id, afterName: lot.name });
    const readable = readableChange(change);
    expect(`${readable.label}: ${readable.before} → ${readable.after}`).toBe(`Material: — → ${lot.name}`);
  });

  it('a record kind without a name column reads as its kind and id; a field that is no reference keeps its value', () => {
    const component = temp.notebook.db.prepare('SELECT id, layer_id FROM layer_components ORDER BY id LIMIT 1').get() as { id: number; layer_id: number };
    expect(readableChange(changeOf('layer_components', component.id, 'layer_id')).after).toBe(`Build layer ${component.layer_id}`);
    const build = temp.notebook.db.prepare("SELECT id, name FROM builds WHERE name = 'Example 1'").get() as { id: number; name: string };
    const nameChange = changeOf('builds', build.id, 'name');
    expect(nameChange).toEqual({ field: 'name', before: null, after: 'Example 1' });
  });
});
