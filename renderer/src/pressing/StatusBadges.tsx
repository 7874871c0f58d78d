// A plan's state and a check's verdict, shown the same way on every screen.
import { Badge } from '@mantine/core';
import type { CheckStatus, PlanState } from '../../../shared/schemas/pressing';
import { CHECK_STATUS_COLOR, CHECK_STATUS_WORD, PLAN_STATE_COLOR } from './labels';

export function PlanStateBadge({ state }: { state: PlanState }) {
  return (
    <Badge size="sm" variant="light" color={PLAN_STATE_COLOR[state]} data-testid="plan-state" data-state={state}>
      {state === 'none' ? 'no plan' : state}
    </Badge>
  );
}

export function CheckBadge({ status, size = 'sm' }: { status: CheckStatus | null; size?: 'xs' | 'sm' }) {
  if (status === null) return null;
  return (
    <Badge size={size} style={{ flexShrink: 0, overflow: 'visible' }} variant={status === 'pass' || status === 'cannot_judge' ? 'light' : 'filled'} color={CHECK_STATUS_COLOR[status]} data-status={status} aria-label={`check ${CHECK_STATUS_WORD[status]}`}>
      {CHECK_STATUS_WORD[status]}
    </Badge>
  );
}
