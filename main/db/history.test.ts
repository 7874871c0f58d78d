import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { GENESIS_HASH, entryHash, verifyHistoryChain } from './history';
import { archiveRecord, insertRecord, restoreRecord, updateRecord } from './records';
import { openTempNotebook, type TempNotebook } from '../testing/temp-notebook';

let temp: TempNotebook;
afterEach(() => temp?.dispose());

describe('record writes and their history', () => {
  it('writes one chained history entry per insert, update, archive and restore', async () => {
    temp = await openTempNotebook();
    const { writer } = temp.ctx;
    insertRecord(writer, 'settings', { id: 'operator', value_json: '"A"' });
    updateRecord(writer, 'settings', 'operator', { value_json: '"B"' });
    updateRecord(writer, 'settings', 'operator', { value_json: '"B"' }); // no change: no entry
    archiveRecord(writer, 'settings', 'operator');
    archiveRecord(writer, 'settings', 'operator'); // already archived: no entry
    restoreRecord(writer, 'settings', 'operator');

    const rows = temp.notebook.db.prepare('SELECT * FROM history ORDER BY id').all() as Array<Record<string, string>>;
    expect(rows.map((row) => row.action)).toEqual(['insert', 'update', 'archive', 'restore']);
    expect(rows[0]?.prev_hash).toBe(GENESIS_HASH);
    for (let i = 1; i < rows.length; i += 1) expect(rows[i]?.prev_hash).toBe(rows[i - 1]?.hash);
    expect(JSON.parse(rows[1]?.before_json ?? '{}').value_json).toBe('"A"');
    expect(JSON.parse(rows[1]?.after_json ?? '{}').value_json).toBe('"B"');
    expect(verifyHistoryChain(temp.notebook.db)).toEqual({ entries: 4, firstBreak: null });
  });

  it('recomputes each hash from the stored fields (sha256 over the canonical JSON)', async () => {
    temp = await openTempNotebook();
    insertRecord(temp.ctx.writer, 'settings', { id: 'operator', value_json: '"A"' });
    const row = temp.notebook.db.prepare('SELECT * FROM history').get() as Parameters<typeof entryHash>[0] & { hash: string };
    const { createHash } = await import('node:crypto');
    const independent = createHash('sha256')
      .update(JSON.stringify([GENESIS_HASH, 'settings', 'operator', 'insert', row.operator, row.at, null, row.after_json]))
      .digest('hex');
    expect(row.hash).toBe(independent);
  });

  it('refuses to update or delete history, and refuses deleting a record', async () => {
    temp = await openTempNotebook();
    insertRecord(temp.ctx.writer, 'settings', { id: 'operator', value_json: '"A"' });
    const { db } = temp.notebook;
    expect(() => db.prepare("UPDATE history SET operator = 'someone else'").run()).toThrow('history is append-only');
    expect(() => db.prepare('DELETE FROM history').run()).toThrow('history is append-only');
    expect(() => db.prepare('DELETE FROM settings').run()).toThrow('settings are archived, never deleted');
  });

  it('shows an edited entry and a removed entry as a break in the chain', async () => {
    temp = await openTempNotebook();
    const { writer } = temp.ctx;
    insertRecord(writer, 'settings', { id: 'operator', value_json: '"A"' });
    updateRecord(writer, 'settings', 'operator', { value_json: '"B"' });
    updateRecord(writer, 'settings', 'operator', { value_json: '"C"' });
    temp.notebook.close();

    // Tampering needs the triggers out of the way: exactly what a forger would do.
    const raw = new Database(`${temp.dir}/test.cellbook`);
    raw.exec('DROP TRIGGER history_append_only_update; DROP TRIGGER history_append_only_delete;');
    raw.prepare("UPDATE history SET operator = 'forger' WHERE id = 2").run();
    expect(verifyHistoryChain(raw).firstBreak).toEqual({ entryId: 2, reason: 'its content does not match its hash (the entry was edited)' });
    raw.prepare('DELETE FROM history WHERE id = 2').run();
    expect(verifyHistoryChain(raw).firstBreak).toEqual({ entryId: 3, reason: 'it does not link to the entry before it (an entry was removed or reordered)' });
    raw.close();
  });

  it('rolls back the change when its history entry cannot be written', async () => {
    temp = await openTempNotebook();
    const { writer } = temp.ctx;
    const failingWriter = { ...writer, operator: () => { throw new Error('no operator'); } };
    expect(() => insertRecord(failingWriter, 'settings', { id: 'operator', value_json: '"A"' })).toThrow('no operator');
    expect(temp.notebook.db.prepare('SELECT count(*) AS n FROM settings').get()).toEqual({ n: 0 });
  });

  it('names the record that does not exist', async () => {
    temp = await openTempNotebook();
    expect(() => updateRecord(temp.ctx.writer, 'settings', 'nope', { value_json: '1' })).toThrow('settings record nope does not exist');
  });
});
