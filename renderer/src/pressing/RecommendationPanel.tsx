// What Cellbook proposes for this build: a grouping and order of press steps that keeps every layer
// inside its pressure window and presses every neighbouring pair together, from the windows the
// layers' materials state (never invented); where a window is unknown it says so.
import { Alert, Button, Group, List, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { callApi } from '../api/client';
import { PressureWindowModal } from './PressureWindowModal';
import type { EffectiveBound, PressPlan } from '../../../shared/schemas/pressing';
import { formatQuantity, MISSING } from '../../../shared/format/quantity';

function boundText(bound: EffectiveBound | null): string {
  if (!bound) return 'unknown';
  const source = bound.source === 'paper' ? `paper, ${bound.citation}` : bound.source;
  const from = bound.from === 'override' ? 'set on this build' : bound.materialName;
  return `${formatQuantity(bound.valueMPa, 'MPa')} (${[source, from].filter(Boolean).join('; ')})`;
}

export function RecommendationPanel({ plan }: { plan: PressPlan }) {
  const recommendation = plan.recommendation;
  const [overriding, setOverriding] = useState<PressPlan['layers'][number] | null>(null);
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
      <Stack gap={6} data-testid="recommendation" data-feasible={recommendation.feasible}>
        <Title order={4}>Recommended press sequence</Title>
        {!recommendation.feasible && (
          <Alert color="red" title="No order keeps every layer inside its window" p="xs">
            {recommendation.messages.map((message) => <Text key={message} size="sm">{message}</Text>)}
          </Alert>
        )}
        {recommendation.feasible && recommendation.steps.length > 0 && (
          <List type="ordered" size="sm" spacing={2}>
            {recommendation.steps.map((step, index) => (
              <List.Item key={index}>
                {step.layers.join(' + ')}: {step.pressureMPa === null ? 'completed without pressing (e.g. vacuum-sealed)' : `at ${formatQuantity(step.pressureMPa, 'MPa')}`}
              </List.Item>
            ))}
          </List>
        )}
        {recommendation.feasible && recommendation.messages.map((message) => <Text key={message} size="xs" c="dimmed">{message}</Text>)}
      </Stack>
      <Stack gap={6}>
        <Title order={4}>Pressure windows of the layers</Title>
        <Table aria-label="Pressure windows" withRowBorders={false}>
          <Table.Thead>
            <Table.Tr><Table.Th>Layer</Table.Th><Table.Th>Needs at least</Table.Th><Table.Th>Tolerates at most</Table.Th><Table.Th ta="right">Area</Table.Th><Table.Th /></Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {plan.layers.map((layer) => (
              <Table.Tr key={layer.layerKind} style={{ verticalAlign: 'top' }}>
                <Table.Td><Text size="xs">{layer.label}</Text>{layer.materialsWithoutWindow.length > 0 && <Text size="xs" c="dimmed">no window stated: {layer.materialsWithoutWindow.join(', ')}</Text>}</Table.Td>
                <Table.Td><Text size="xs" c={layer.min ? undefined : 'dimmed'}>{boundText(layer.min)}</Text></Table.Td>
                <Table.Td><Text size="xs" c={layer.max ? undefined : 'dimmed'}>{boundText(layer.max)}</Text></Table.Td>
                <Table.Td ta="right"><Text size="xs" style={{ whiteSpace: 'nowrap' }}>{layer.areaCm2 === null ? MISSING : formatQuantity(layer.areaCm2, 'cm²')}</Text></Table.Td>
                <Table.Td><Button size="compact-xs" variant="subtle" onClick={() => setOverriding(layer)} disabled={plan.buildArchived} aria-label={`Override the window of ${layer.label}`}>{layer.override ? 'Change override' : 'Override'}</Button></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Group gap={4}><Text size="xs" c="dimmed">A window comes from the layer’s materials (set on each material’s page) or an override on this build; the patent states none.</Text></Group>
      </Stack>
      {overriding && (
        <PressureWindowModal
          title={`Pressure window of ${overriding.label} on ${plan.buildName}`}
          initial={overriding.override}
          onSave={(window) => callApi('setLayerPressureWindow', { buildId: plan.buildId, layerKind: overriding.layerKind, window })}
          onClose={() => setOverriding(null)}
        />
      )}
    </SimpleGrid>
  );
}
