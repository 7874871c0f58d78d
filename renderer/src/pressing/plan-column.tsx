// The builds list's Pressing column: each build's plan state and its worst check, sortable by state.
import { Group, Text } from '@mantine/core';
import type { PressPlan } from '../../../shared/schemas/pressing';
import type { ApiOutput } from '../../../shared/api';
import type { VirtualColumn } from '../components/VirtualTable';
import { CheckBadge, PlanStateBadge } from './StatusBadges';

type PlanListItem = ApiOutput<'listPressPlans'>[number];
const STATE_ORDER: Record<PressPlan['state'], number> = { none: 0, planned: 1, running: 2, deviated: 3, done: 4 };

export function planColumn<Row extends { id: number }>(plans: readonly PlanListItem[]): VirtualColumn<Row> {
  const byBuild = new Map(plans.map((plan) => [plan.buildId, plan]));
  return {
    key: 'pressing',
    header: 'Pressing',
    width: 170,
    sortValue: (row) => STATE_ORDER[byBuild.get(row.id)?.state ?? 'none'],
    render: (row) => {
      const plan = byBuild.get(row.id);
      if (!plan || plan.state === 'none') return <Text size="xs" c="dimmed">no plan</Text>;
      return (
        <Group gap={4} wrap="nowrap" data-testid="build-plan">
          <PlanStateBadge state={plan.state} />
          <CheckBadge status={plan.worst} size="xs" />
        </Group>
      );
    },
  };
}
