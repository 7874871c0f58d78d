import { describe, expect, it } from 'vitest';
import { diffRecords } from './history-diff';

describe('diffRecords', () => {
  it('lists every field of an insert as a change from null, leaving out id and timestamps', () => {
    expect(diffRecords(null, { id: 1, name: 'LiTFSI', created_at: 'a', updated_at: 'a' })).toEqual([{ field: 'name', before: null, after: 'LiTFSI' }]);
  });

  it('lists only the fields that changed, ignoring updated_at', () => {
    const before = { id: 1, name: 'LiTFSI', density: 1.33, updated_at: 'a' };
    const after = { id: 1, name: 'LiTFSI', density: 1.34, updated_at: 'b' };
    expect(diffRecords(before, after)).toEqual([{ field: 'density', before: 1.33, after: 1.34 }]);
  });

  it('treats a missing field and null alike', () => {
    expect(diffRecords({ a: null }, {})).toEqual([]);
  });
});
