// The patent's lifespan grade as a badge, or "not graded" (51–99, or no standard capacity).
import { Badge, Tooltip } from '@mantine/core';
import type { CyclingTestRow } from '../../../shared/schemas/cycling';
import { GRADE_COLOR, GRADE_MEANING } from './format';

export function GradeBadge({ grade, size = 'sm' }: { grade: CyclingTestRow['grade']; size?: 'sm' | 'lg' }) {
  if (grade === null) {
    return (
      <Badge size={size} variant="outline" color="gray" data-testid="grade">
        not graded
      </Badge>
    );
  }
  return (
    <Tooltip label={GRADE_MEANING[grade]}>
      <Badge size={size} color={GRADE_COLOR[grade]} data-testid="grade" aria-label={`grade ${grade}`}>
        {grade}
      </Badge>
    </Tooltip>
  );
}
