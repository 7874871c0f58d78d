// The form-level half of useFormCheck: one sentence under the fields, and the note a live result
// panel ("As you edit") shows while it keeps the last valid result instead of going blank.
import { Text } from '@mantine/core';
import { useState } from 'react';
import type { FormCheck } from './use-form-check';

/** Why Save did nothing, what the notebook refused, and problems that span several fields. */
export function FormProblem({ check }: { check: FormCheck }) {
  if (!check.problem) return null;
  return (
    <Text c="red" size="sm" role="alert" data-testid="form-problem">
      {check.problem}
    </Text>
  );
}

/** The last result computed from valid values (null until there was one). */
export function useLastValid<T>(current: T | null): T | null {
  // Adjusting state while rendering (React's documented pattern) keeps the last valid value.
  // Compared as JSON: a result recomputed each render is a new object with the same numbers.
  const [last, setLast] = useState<T | null>(current);
  if (current !== null && JSON.stringify(current) !== JSON.stringify(last)) setLast(current);
  return current ?? last;
}

/** Shown above a live result while the values it comes from (at or `under` a path) are invalid. */
export function StaleResultNote({ check, under = '' }: { check: FormCheck; under?: string }) {
  const first = check.issues.find((issue) => under === '' || issue.path === under || issue.path.startsWith(`${under}.`));
  if (!first) return null;
  return (
    <Text c="orange" size="sm" data-testid="stale-result-note">
      Showing the result of the last valid values; fix this first: {first.sentence}.
    </Text>
  );
}
