// The lab's equipment register: presses, dies, roll presses, WIP/CIP, ovens and gloveboxes with
// their ratings, whether they are in service, and the plans that use them. Archiving an item a
// plan uses is refused by the notebook; the refusal (naming the plans) is shown beside the list.
import { Alert, Anchor, Badge, Button, Group, SegmentedControl, Select, Stack, Table, Text } from '@mantine/core';
import { IconArchive, IconPencil, IconPlus, IconRestore } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'wouter';
import { EQUIPMENT_KINDS, type Equipment, type EquipmentKind } from '../../../shared/schemas/pressing';
import { CellbookError } from '../../../shared/api-error';
import { callApi } from '../api/client';
import { useApiQuery } from '../api/hooks';
import { EquipmentForm } from './EquipmentForm';
import { ratingsText } from './format';
import { EQUIPMENT_KIND_LABELS } from './labels';

export function EquipmentStatusBadge({ item }: { item: Equipment }) {
  if (item.archivedAt) return <Badge size="xs" color="gray">archived</Badge>;
  if (item.outOfService) return <Badge size="xs" color="red" variant="light" title={item.outOfServiceReason ?? undefined}>out of service</Badge>;
  return <Badge size="xs" color="teal" variant="light">in service</Badge>;
}

export function EquipmentRegister() {
  const [kind, setKind] = useState<string | null>(null);
  const [status, setStatus] = useState<'active' | 'archived' | 'all'>('active');
  const [editing, setEditing] = useState<Equipment | 'new' | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const equipment = useApiQuery('listEquipment', { status, ...(kind ? { kind: kind as EquipmentKind } : {}) });

  const setArchived = async (item: Equipment, archive: boolean) => {
    setRefusal(null);
    try {
      await callApi(archive ? 'archiveEquipment' : 'restoreEquipment', { id: item.id });
    } catch (error) {
      setRefusal(error instanceof CellbookError || error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Group gap="sm">
          <Select aria-label="Kind of equipment" placeholder="Any kind" clearable w={230} data={EQUIPMENT_KINDS.map((value) => ({ value, label: EQUIPMENT_KIND_LABELS[value] }))} value={kind} onChange={setKind} />
          <SegmentedControl size="xs" aria-label="Equipment status" value={status} onChange={(value) => setStatus(value as typeof status)} data={[{ value: 'active', label: 'In the register' }, { value: 'archived', label: 'Archived' }, { value: 'all', label: 'All' }]} />
        </Group>
        <Button leftSection={<IconPlus size={14} />} onClick={() => setEditing('new')}>Add equipment</Button>
      </Group>
      {refusal && (
        <Alert color="red" title="Not archived" withCloseButton onClose={() => setRefusal(null)} role="alert" data-testid="equipment-refusal">
          {refusal}
        </Alert>
      )}
      <Table striped aria-label="Equipment">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th w={190}>Kind</Table.Th>
            <Table.Th>Ratings</Table.Th>
            <Table.Th w={110}>Status</Table.Th>
            <Table.Th w={200}>Used by</Table.Th>
            <Table.Th w={170} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(equipment.data ?? []).length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={6}>
                <Text size="sm" c="dimmed">{equipment.isLoading ? 'Loading…' : 'No equipment here yet. Add the lab’s presses, dies and ovens so that plans can be checked against their ratings.'}</Text>
              </Table.Td>
            </Table.Tr>
          )}
          {(equipment.data ?? []).map((item) => (
            <Table.Tr key={item.id} data-equipment={item.name}>
              <Table.Td><Anchor component={Link} href={`/pressing/equipment/${item.id}`} size="sm">{item.name}</Anchor></Table.Td>
              <Table.Td>{EQUIPMENT_KIND_LABELS[item.kind]}</Table.Td>
              <Table.Td><Text size="sm">{ratingsText(item)}</Text></Table.Td>
              <Table.Td><EquipmentStatusBadge item={item} /></Table.Td>
              <Table.Td><Text size="xs">{item.usedBy.length === 0 ? 'no plan' : item.usedBy.map((plan) => plan.buildName).join(', ')}</Text></Table.Td>
              <Table.Td>
                <Group gap={4} justify="flex-end" wrap="nowrap">
                  {!item.archivedAt && <Button size="compact-xs" variant="light" leftSection={<IconPencil size={12} />} onClick={() => setEditing(item)}>Edit</Button>}
                  {item.archivedAt ? (
                    <Button size="compact-xs" variant="default" leftSection={<IconRestore size={12} />} onClick={() => void setArchived(item, false)}>Restore</Button>
                  ) : (
                    <Button size="compact-xs" variant="default" leftSection={<IconArchive size={12} />} onClick={() => void setArchived(item, true)}>Archive</Button>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {editing && <EquipmentForm item={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}
