// Every build's press plan: its state, worst check, progress and length; filter by build and state.
import { Anchor, Group, Select, Stack, Table, Text } from '@mantine/core';
import { IconArrowBarToDown } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'wouter';
import { PLAN_STATES, type PlanState } from '../../../shared/schemas/pressing';
import { useApiQuery } from '../api/hooks';
import { EmptyState } from '../components/EmptyState';
import { formatLocalDateTime } from '../notebook/format';
import { durationText } from './format';
import { CheckBadge, PlanStateBadge } from './StatusBadges';

export function PlansList() {
  const [buildId, setBuildId] = useState<string | null>(null);
  const [state, setState] = useState<string | null>(null);
  const builds = useApiQuery('listBuilds', { status: 'active' });
  const plans = useApiQuery('listPressPlans', { ...(buildId ? { buildId: Number(buildId) } : {}), ...(state ? { state: state as PlanState } : {}) });
  if (builds.data?.length === 0) {
    return (
      <EmptyState icon={<IconArrowBarToDown size={22} />} title="No press plans yet">
        A press plan belongs to a build: make a build (or load the demo notebook in the Builds area), then plan its pressing, drying and sealing steps on its page. The equipment register is under Equipment.
      </EmptyState>
    );
  }
  return (
    <Stack gap="sm">
      <Group gap="sm">
        <Select aria-label="Build" placeholder="Any build" clearable searchable w={240} data={(builds.data ?? []).map((build) => ({ value: String(build.id), label: build.name }))} value={buildId} onChange={setBuildId} />
        <Select aria-label="Plan state" placeholder="Any state" clearable w={170} data={PLAN_STATES.map((value) => ({ value, label: value === 'none' ? 'no plan' : value }))} value={state} onChange={setState} />
      </Group>
      <Table striped aria-label="Press plans">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Build</Table.Th>
            <Table.Th w={110}>State</Table.Th>
            <Table.Th w={130}>Worst check</Table.Th>
            <Table.Th w={110} ta="right">Steps done</Table.Th>
            <Table.Th w={120} ta="right">Total time</Table.Th>
            <Table.Th w={150}>Changed</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(plans.data ?? []).length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={6}><Text size="sm" c="dimmed">{plans.isLoading ? 'Loading…' : 'No plan matches these filters. A build’s plan is made on its page, under Pressing.'}</Text></Table.Td>
            </Table.Tr>
          )}
          {(plans.data ?? []).map((plan) => (
            <Table.Tr key={plan.buildId} data-build={plan.buildName}>
              <Table.Td><Anchor component={Link} href={`/builds/${plan.buildId}`} size="sm">{plan.buildName}</Anchor></Table.Td>
              <Table.Td><PlanStateBadge state={plan.state} /></Table.Td>
              <Table.Td><CheckBadge status={plan.worst} size="xs" /></Table.Td>
              <Table.Td ta="right">{plan.stepCount === 0 ? '—' : `${plan.doneCount} of ${plan.stepCount}`}</Table.Td>
              <Table.Td ta="right">{plan.stepCount === 0 ? '—' : durationText(plan.totalDurationS)}</Table.Td>
              <Table.Td><Text size="xs">{plan.updatedAt ? formatLocalDateTime(plan.updatedAt) : '—'}</Text></Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
