import { describe, expect, it } from 'vitest';
import { MAX_CURVES_PER_REQUEST } from '../schemas/plots';
import { chooseCycles } from './cycle-selection';
import { replicateStat } from './replicate-stats';

const upTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('choosing cycles for a plot', () => {
  it('first, last, both, every Nth with the last, a list and a range', () => {
    expect(chooseCycles({ kind: 'first' }, upTo(120)).cycles).toEqual([1]);
    expect(chooseCycles({ kind: 'last' }, upTo(120)).cycles).toEqual([120]);
    expect(chooseCycles({ kind: 'firstAndLast' }, [1]).cycles).toEqual([1]);
    expect(chooseCycles({ kind: 'every', n: 50, from: 1 }, upTo(120)).cycles).toEqual([1, 51, 101, 120]);
    expect(chooseCycles({ kind: 'list', cycles: [5, 2, 5] }, upTo(10)).cycles).toEqual([2, 5]);
    expect(chooseCycles({ kind: 'range', from: 3, to: 5 }, upTo(10)).cycles).toEqual([3, 4, 5]);
  });

  it('says which chosen cycles the test does not have', () => {
    const chosen = chooseCycles({ kind: 'list', cycles: [1, 200, 300] }, upTo(40));
    expect(chosen.cycles).toEqual([1]);
    expect(chosen.notes).toEqual(['the test has no cycle 200, 300']);
    expect(chooseCycles({ kind: 'range', from: 50, to: 60 }, upTo(40)).notes[0]).toBe('the test has no cycle between 50 and 60 (it has 1–40)');
    expect(chooseCycles({ kind: 'first' }, []).notes).toEqual(['the test has no cycles']);
    const many = chooseCycles({ kind: 'range', from: 1, to: 1000 }, upTo(1000));
    expect(many.cycles).toHaveLength(MAX_CURVES_PER_REQUEST);
    expect(many.notes[0]).toMatch(/1000 cycles chosen/);
  });
});

describe('replicate statistics', () => {
  it('mean ± sample standard deviation (n − 1) with n, skipping missing values', () => {
    // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, sum of squares 32, sample variance 32 / 7.
    const stat = replicateStat([2, 4, 4, 4, null, 5, 5, 7, 9]);
    expect(stat.n).toBe(8);
    expect(stat.mean).toBe(5);
    expect(stat.sd).toBeCloseTo(Math.sqrt(32 / 7), 12);
    expect(replicateStat([42])).toEqual({ mean: 42, sd: null, n: 1 });
    expect(replicateStat([null])).toEqual({ mean: null, sd: null, n: 0 });
  });
});
