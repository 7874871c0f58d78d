import { describe, expect, it } from 'vitest';
import { casNumberProblem } from './cas-number';

describe('casNumberProblem', () => {
  it('accepts real CAS numbers (LiTFSI, TEOS, formic acid, N-methylacetamide)', () => {
    for (const cas of ['90076-65-6', '78-10-4', '64-18-6', '79-16-3', '7732-18-5']) expect(casNumberProblem(cas), cas).toBeNull();
  });

  it('computes the check digit: 78-10-4 -> (0*1 + 1*2 + 8*3 + 7*4) mod 10 = 54 mod 10 = 4', () => {
    expect(casNumberProblem('78-10-5')).toBe('check digit should be 4, not 5: a digit is probably mistyped');
  });

  it('explains the shape when it is not a CAS number', () => {
    expect(casNumberProblem('9007665-6')).toMatch(/^a CAS number looks like/);
  });
});
