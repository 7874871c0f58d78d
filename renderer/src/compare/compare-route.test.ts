import { describe, expect, it } from 'vitest';
import { comparePath, parseIds } from './compare-route';

describe('compare routes', () => {
  it('round-trips a choice of builds or tests, dropping what is no id', () => {
    expect(parseIds(comparePath({ buildIds: [3, 5, 8] }).split('/').at(-1))).toEqual([3, 5, 8]);
    expect(comparePath({ buildIds: [1], testIds: [12, 14] })).toBe('/compare/tests/12,14');
    expect(comparePath({})).toBe('/compare');
    expect(parseIds('4,x,4,-1,7')).toEqual([4, 7]);
  });
});
