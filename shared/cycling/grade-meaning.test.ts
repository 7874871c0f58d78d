import { describe, expect, it } from 'vitest';
import { gradeText } from './grade-meaning';

describe('grade words', () => {
  it('says what a grade means, never a bare letter', () => {
    expect(gradeText('x')).toBe('grade x (lifespan 2–5 cycles, Table 1)');
    expect(gradeText('Δ')).toBe('grade Δ (lifespan 6–50 cycles, Table 1)');
    expect(gradeText('○')).toBe('grade ○ (lifespan 100 cycles or more, Table 1)');
    expect(gradeText(null)).toBe('not graded');
  });
});
