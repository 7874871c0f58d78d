// One item of equipment: its ratings, status, the plans that use it, and its history.
import { Anchor, Breadcrumbs, Button, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'wouter';
import { useApiQuery } from '../api/hooks';
import { FactGrid } from '../components/FactGrid';
import { HistoryTable } from '../components/HistoryTable';
import { formatQuantity } from '../../../shared/format/quantity';
import { EquipmentForm } from './EquipmentForm';
import { EquipmentStatusBadge } from './EquipmentRegister';
import { ratingsText } from './format';
import { EQUIPMENT_KIND_LABELS } from './labels';

export const EQUIPMENT_HISTORY_TABLE = 'equipment';

export function EquipmentPage({ id }: { id: number }) {
  const equipment = useApiQuery('getEquipment', { id });
  const [editing, setEditing] = useState(false);
  if (equipment.error) return <Text c="red" role="alert">{equipment.error.message}</Text>;
  if (!equipment.data) return <Text c="dimmed">Loading…</Text>;
  const item = equipment.data;
  return (
    <Container size="xl" px={0}>
      <Stack gap="md">
        <Breadcrumbs>
          <Anchor component={Link} href="/pressing" size="sm">Pressing</Anchor>
          <Text size="sm">{item.name}</Text>
        </Breadcrumbs>
        <Group justify="space-between">
          <Group gap="xs">
            <Title order={2}>{item.name}</Title>
            <EquipmentStatusBadge item={item} />
          </Group>
          {!item.archivedAt && <Button variant="default" leftSection={<IconPencil size={14} />} onClick={() => setEditing(true)}>Edit</Button>}
        </Group>
        <Paper withBorder p="md">
          <FactGrid
            cols={4}
            facts={[
              { label: 'Kind', value: EQUIPMENT_KIND_LABELS[item.kind] },
              { label: 'Ratings', value: ratingsText(item) },
              ...(item.maxForceKN !== null ? [{ label: 'Capacity', value: formatQuantity(item.maxForceKN, 'kN') }] : []),
              ...(item.areaCm2 !== null ? [{ label: item.kind === 'die' ? 'Bore area' : 'Platen area', value: formatQuantity(item.areaCm2, 'cm²') }] : []),
              ...(item.outOfService ? [{ label: 'Out of service', value: item.outOfServiceReason ?? 'no reason given' }] : []),
            ]}
          />
          {item.notes && <Text size="sm" mt="sm" style={{ whiteSpace: 'pre-wrap' }}>{item.notes}</Text>}
        </Paper>
        <Paper withBorder p="md">
          <Title order={3} mb="xs">Plans that use it</Title>
          {item.usedBy.length === 0 ? (
            <Text size="sm" c="dimmed">No plan uses it.</Text>
          ) : (
            <Stack gap={4}>
              {item.usedBy.map((plan) => (
                <Text key={plan.buildId} size="sm">
                  <Anchor component={Link} href={`/builds/${plan.buildId}`}>{plan.buildName}</Anchor>, step{plan.stepPositions.length === 1 ? '' : 's'} {plan.stepPositions.map((position) => position + 1).join(', ')}
                </Text>
              ))}
            </Stack>
          )}
        </Paper>
        <HistoryTable table={EQUIPMENT_HISTORY_TABLE} recordId={String(id)} title="History of this equipment" height={220} />
      </Stack>
      {editing && <EquipmentForm item={item} onClose={() => setEditing(false)} />}
    </Container>
  );
}
