// What each lifespan grade of Table 1 means, in the patent's words ([0125]-[0127]; DOMAIN.md),
// so a notice or a CLI line never reads a bare "grade x".
import type { LifespanGrade } from './lifespan';

export const GRADE_MEANING: Record<LifespanGrade, string> = {
  x: 'x: lifespan 2–5 cycles (Table 1)',
  Δ: 'Δ: lifespan 6–50 cycles (Table 1)',
  '○': '○: lifespan 100 cycles or more (Table 1)',
};

/** "grade x (lifespan 2–5 cycles, Table 1)", or "not graded" where Table 1 gives no grade. */
export function gradeText(grade: LifespanGrade | null): string {
  if (grade === null) return 'not graded';
  const meaning = GRADE_MEANING[grade].slice(grade.length + 2).replace(' (Table 1)', ', Table 1');
  return `grade ${grade} (${meaning})`;
}
