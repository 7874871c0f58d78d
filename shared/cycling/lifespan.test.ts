import { describe, expect, it } from 'vitest';
import { gradeLifespan, NOT_GRADED_LABEL, tableOneGrade } from './lifespan';
import type { CycleSummary } from './types';

/** Summary rows with these discharge capacities (mAh) for cycles 1, 2, 3, … */
function rows(dischargeMAh: number[]): CycleSummary[] {
  return dischargeMAh.map((capacity, i) => ({ cycle: i + 1, dischargeMAh: capacity }) as CycleSummary);
}

/** 2 mAh standard, holding at 1.9 mAh (95 %) until `lifespan`, which is at 1.6 mAh (exactly 80 %), then more cycles. */
function fadingAt(lifespan: number, cycles = lifespan + 3): CycleSummary[] {
  return rows(Array.from({ length: cycles }, (_, i) => (i === 0 ? 2 : i + 1 < lifespan ? 1.9 : i + 1 === lifespan ? 1.6 : 1.5)));
}

describe('gradeLifespan (DOMAIN.md section 5, Table 1)', () => {
  it('takes cycle 1’s discharge as the standard and the first cycle at ≤ 80 % of it as the lifespan', () => {
    const result = gradeLifespan(fadingAt(30));
    expect(result.standardCapacityMAh).toBe(2);
    // 80 % of 2 mAh = 1.6 mAh, reached (equal counts) at cycle 30.
    expect(result.lifespanCycle).toBe(30);
    expect(result.retentionPct.slice(0, 2)).toEqual([100, 95]);
    expect(result.retentionPct[29]).toBeCloseTo(80, 12);
  });

  it.each([
    [2, 'x'],
    [5, 'x'],
    [6, 'Δ'],
    [50, 'Δ'],
    [100, '○'],
    [120, '○'],
  ])('grades lifespan %i as %s', (lifespan, grade) => {
    const result = gradeLifespan(fadingAt(lifespan));
    expect(result.lifespanCycle).toBe(lifespan);
    expect(result.grade).toBe(grade);
    expect(result.label).toBe(`${lifespan}`);
  });

  it.each([51, 99])('gives lifespan %i no grade, and says Table 1 does not grade it', (lifespan) => {
    const result = gradeLifespan(fadingAt(lifespan));
    expect(result.lifespanCycle).toBe(lifespan);
    expect(result.grade).toBeNull();
    expect(result.label).toBe(`${lifespan} (51–99: not graded by Table 1)`);
    expect(result.label).toContain(NOT_GRADED_LABEL);
  });

  it('gives a cell still above 80 % at cycle 120 "> 120" and ○ (the data reach 100)', () => {
    const result = gradeLifespan(rows([2, ...Array.from({ length: 119 }, () => 1.9)]));
    expect(result.lifespanCycle).toBeNull();
    expect(result.label).toBe('> 120 (still above 80%)');
    expect(result.grade).toBe('○');
  });

  it('gives a cell still above 80 % at cycle 60 "> 60" and no grade (it may yet fail in 61–99)', () => {
    const result = gradeLifespan(rows([2, ...Array.from({ length: 59 }, () => 1.9)]));
    expect(result.label).toBe('> 60 (still above 80%)');
    expect(result.grade).toBeNull();
  });

  it('counts from cycle 2: a low cycle 1 is the standard, not the end', () => {
    expect(gradeLifespan(rows([1, 2, 2, 0.7])).lifespanCycle).toBe(4);
  });

  it('takes another reference cycle: the standard is its discharge and counting starts after it', () => {
    // Reference cycle 3 (2.0 mAh): 80 % = 1.6 mAh. Cycle 2's 1.0 mAh is before counting starts.
    const result = gradeLifespan(rows([2.5, 1.0, 2.0, 1.9, 1.6]), { referenceCycle: 3 });
    expect(result.standardCapacityMAh).toBe(2);
    expect(result.lifespanCycle).toBe(5);
    expect(result.retentionPct).toEqual([125, 50, 100, 95, 80].map((value) => expect.closeTo(value, 12)));
  });

  it('takes another retention: at 90 %, 1.9 mAh of 2 mAh (95 %) holds and 1.8 mAh ends it', () => {
    expect(gradeLifespan(rows([2, 1.9, 1.8]), { retention: 0.9 }).lifespanCycle).toBe(3);
    expect(gradeLifespan(rows([2, 1.9, 1.85]), { retention: 0.9 }).label).toBe('> 3 (still above 90%)');
    expect(gradeLifespan(rows([2, 1.9]), { retention: 0.85 }).label).toBe('> 2 (still above 85%)');
  });

  it('treats a cycle without discharge after the reference as the end (a shorted cell)', () => {
    const result = gradeLifespan(rows([2, 1.9, 0]));
    expect(result.lifespanCycle).toBe(3);
    expect(result.grade).toBe('x');
  });

  it('warns, without failing, when no cycle has a discharge', () => {
    const result = gradeLifespan(rows([0, 0]));
    expect(result).toMatchObject({ standardCapacityMAh: null, lifespanCycle: null, grade: null, retentionPct: [] });
    expect(result.label).toBe('no cycle has a discharge: no lifespan can be graded');
    expect(result.warnings).toEqual([result.label]);
    expect(gradeLifespan([]).label).toBe('no cycle has a discharge: no lifespan can be graded');
  });

  it('warns when the reference cycle has no discharge or is missing', () => {
    expect(gradeLifespan(rows([0, 1.9])).label).toBe('cycle 1 has no discharge, so there is no standard capacity to grade against');
    expect(gradeLifespan(rows([2, 1.9]), { referenceCycle: 5 }).label).toBe('there is no cycle 5 to take the standard capacity from');
  });

  it('says when there is nothing after the reference cycle yet', () => {
    const result = gradeLifespan(rows([2]));
    expect(result.label).toBe('only cycle 1 so far: no lifespan yet');
    expect(result.grade).toBeNull();
  });
});

describe('tableOneGrade ([0125]-[0127])', () => {
  it('grades 2–5 x, 6–50 Δ, 100+ ○ and nothing in between or below', () => {
    expect([1, 2, 5, 6, 50, 51, 99, 100, 500].map(tableOneGrade)).toEqual([null, 'x', 'x', 'Δ', 'Δ', null, null, '○', '○']);
  });
});
