import { afterEach, describe, expect, it } from 'vitest';
import { api, apiNames } from '../../shared/api';
import { dispatch } from './dispatch';
import { openTempNotebook, type TempNotebook } from '../testing/temp-notebook';

let temp: TempNotebook;
afterEach(() => temp?.dispose());

const silent = () => undefined;

describe('the contract', () => {
  it('has a one-line description for every operation', () => {
    for (const name of apiNames) expect(api[name].doc.length, name).toBeGreaterThan(20);
  });

  it.each(apiNames.map((name) => [name]))('%s rejects malformed input with a message naming the problem, changing nothing', async (name) => {
    temp = await openTempNotebook();
    const historyBefore = temp.notebook.db.prepare('SELECT count(*) AS n FROM history').get();

    const notAnObject = await dispatch(temp.ctx, name, 'twelve', silent);
    expect(notAnObject).toMatchObject({ ok: false, error: { code: 'validation' } });
    if (!notAnObject.ok) {
      expect(notAnObject.error.message).toMatch(/expected object, received string/);
      // The researcher's sentence never carries the operation's internal name.
      expect(notAnObject.error.message).not.toContain(name);
    }

    const unknownField = await dispatch(temp.ctx, name, { cathodeLoadingMgCm2: 12 }, silent);
    expect(unknownField).toMatchObject({ ok: false, error: { code: 'validation' } });
    if (!unknownField.ok) {
      expect(unknownField.error.message).not.toContain(`${name}`);
      expect(unknownField.error.message).toContain('cathodeLoadingMgCm2');
    }
    expect(temp.notebook.db.prepare('SELECT count(*) AS n FROM history').get()).toEqual(historyBefore);
  });

  it('names the field and the limit for a value out of range', async () => {
    temp = await openTempNotebook();
    const result = await dispatch(temp.ctx, 'updateSettings', { operator: 'x'.repeat(81) }, silent);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'validation',
        message: 'Operator: at most 80 characters',
        issues: [{ field: 'operator', message: 'at most 80 characters' }],
      },
    });
  });

  it('names nested fields in words', async () => {
    temp = await openTempNotebook();
    const result = await dispatch(temp.ctx, 'recordBatchIngredient', { id: 1, actualAmount: -1, actualUnit: 'g' }, silent);
    expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
    if (!result.ok) {
      expect(result.error.message).toMatch(/^Actual amount: /);
      expect(result.error.message).not.toContain('recordBatchIngredient');
    }
  });

  it('refuses an operation that does not exist', async () => {
    temp = await openTempNotebook();
    expect(await dispatch(temp.ctx, 'dropAllTables', {}, silent)).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'there is no operation named "dropAllTables"' },
    });
  });

  it('returns a valid call as ok with output matching the contract', async () => {
    temp = await openTempNotebook();
    const result = await dispatch(temp.ctx, 'getNotebookInfo', {}, silent);
    expect(result.ok).toBe(true);
    if (result.ok) expect(api.getNotebookInfo.output.parse(result.value).fileName).toBe('test.cellbook');
  });

  it('turns an unexpected failure into an internal error: the sentence for the researcher, the operation for the log', async () => {
    temp = await openTempNotebook();
    temp.notebook.close();
    const logged: string[] = [];
    const result = await dispatch(temp.ctx, 'getSettings', {}, (operation) => logged.push(operation));
    expect(result).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringMatching(/^Cellbook could not do this because of an unexpected problem \(.+\); the details are in .+cellbook\.log\.$/) } });
    if (!result.ok) expect(result.error.message).not.toContain('getSettings');
    expect(logged).toEqual(['getSettings']);
  });
});
