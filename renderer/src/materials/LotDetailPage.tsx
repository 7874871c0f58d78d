// One lot: how much is left and why (its uses and adjustments), where it is, its files, history.
import { Anchor, Badge, Breadcrumbs, Button, Container, Group, Paper, Progress, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconArchive, IconArrowBackUp, IconPencil, IconRestore } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'wouter';
import type { LotMovement } from '../../../shared/schemas/lots';
import { QUANTITY_UNIT_LABELS } from '../../../shared/units';
import { formatQuantity } from '../../../shared/format/quantity';
import { callApi } from '../api/client';
import { useApiQuery } from '../api/hooks';
import { AttachmentsPanel } from '../components/AttachmentsPanel';
import { FactGrid } from '../components/FactGrid';
import { HistoryTable } from '../components/HistoryTable';
import { notifyError } from '../components/notify';
import { VirtualTable, type VirtualColumn } from '../components/VirtualTable';
import { formatLocalDateTime } from '../notebook/format';
import { LotForm } from './LotForm';
import { LotMovementForms } from './LotMovementForms';
import { LabelsButton } from '../labels/LabelsButton';

export function LotDetailPage({ id }: { id: number }) {
  const detail = useApiQuery('getLotDetail', { id });
  const [editing, setEditing] = useState(false);
  if (detail.error) return <Text c="red" role="alert">{detail.error.message}</Text>;
  if (!detail.data) return <Text c="dimmed">Loading…</Text>;
  const { lot, movements } = detail.data;
  const archived = lot.archivedAt !== null;
  const percentLeft = lot.quantity > 0 ? Math.max(0, Math.min(100, (100 * lot.remaining) / lot.quantity)) : 0;

  const undo = (movement: LotMovement) =>
    callApi('archiveLotMovement', { id: movement.id }).catch((error: unknown) => notifyError('Could not undo', error));
  const setArchived = (archive: boolean) =>
    callApi(archive ? 'archiveLot' : 'restoreLot', { id }).catch((error: unknown) => notifyError(archive ? 'Could not archive' : 'Could not restore', error));

  const movementColumns: VirtualColumn<LotMovement>[] = [
    { key: 'when', header: 'When', width: 140, render: (m) => formatLocalDateTime(m.occurredAt) },
    { key: 'kind', header: 'What', width: 100, render: (m) => <Badge size="xs" variant="light" color={m.kind === 'use' ? 'blue' : 'grape'}>{m.kind}</Badge> },
    {
      key: 'amount',
      header: 'Amount',
      width: 190,
      align: 'right',
      render: (m) => {
        const signed = m.kind === 'use' ? -m.amountInLotUnit : m.amountInLotUnit;
        const entered = m.enteredUnit === lot.unit ? '' : ` (${m.enteredAmount} ${QUANTITY_UNIT_LABELS[m.enteredUnit]})`;
        return <Text size="sm" td={m.archivedAt ? 'line-through' : undefined}>{`${signed > 0 ? '+' : ''}${formatQuantity(signed, lot.unit)}${entered}`}</Text>;
      },
    },
    { key: 'why', header: 'For / reason', render: (m) => m.reason ?? '—' },
    {
      key: 'undo',
      header: '',
      width: 90,
      render: (m) =>
        m.archivedAt ? (
          <Text size="xs" c="dimmed">undone</Text>
        ) : (
          <Tooltip label="Undo (kept in the record as undone)">
            <Button size="compact-xs" variant="subtle" leftSection={<IconArrowBackUp size={12} />} onClick={() => void undo(m)} disabled={archived}>
              Undo
            </Button>
          </Tooltip>
        ),
    },
  ];

  return (
    <Container size="xl" px={0}>
      <Stack gap="md">
        <Breadcrumbs>
          <Anchor component={Link} href="/materials" size="sm">Materials</Anchor>
          <Anchor component={Link} href={`/materials/${lot.materialId}`} size="sm">{lot.materialName}</Anchor>
          <Text size="sm">Lot {lot.lotNumber}</Text>
        </Breadcrumbs>
        <Group justify="space-between">
          <Group gap="xs">
            <Title order={2}>
              {lot.materialName}, lot {lot.lotNumber}
            </Title>
            {archived && <Badge color="gray">archived</Badge>}
            {lot.warnings.map((warning) => (
              <Badge key={warning.kind} color="yellow" variant="light" tt="none">{warning.message}</Badge>
            ))}
          </Group>
          <Group gap="xs">
            <LabelsButton records={[{ kind: 'lot', id: lot.id }]} what={`lot ${lot.lotNumber}`} />
            {archived ? (
              <Button variant="default" leftSection={<IconRestore size={14} />} onClick={() => void setArchived(false)}>Restore</Button>
            ) : (
              <>
                <Button variant="default" leftSection={<IconArchive size={14} />} onClick={() => void setArchived(true)}>Archive</Button>
                <Button variant="default" leftSection={<IconPencil size={14} />} onClick={() => setEditing(true)}>Edit</Button>
              </>
            )}
          </Group>
        </Group>
        <Paper withBorder p="md">
          <Group justify="space-between" mb={4}>
            <Text size="sm">
              Remaining: <b data-testid="lot-remaining">{formatQuantity(lot.remaining, lot.unit)}</b> of {formatQuantity(lot.quantity, lot.unit)}
            </Text>
            <Text size="xs" c="dimmed">used {formatQuantity(lot.used, lot.unit)}</Text>
          </Group>
          <Progress value={percentLeft} color={percentLeft < 15 ? 'yellow' : 'teal'} size="sm" mb="md" aria-label="remaining share of the lot" />
          <FactGrid
            facts={[
              { label: 'Supplier', value: lot.madeInHouse ? 'made in-house' : (lot.supplier ?? '—') },
              { label: 'Received', value: lot.receivedOn ?? '—' },
              { label: 'Opened', value: lot.openedOn ?? 'not yet' },
              { label: 'Expires', value: lot.expiresOn ?? '—' },
              { label: 'Location', value: lot.locationPath ?? '—' },
              { label: 'Warn below', value: lot.lowStockThreshold === null ? '—' : formatQuantity(lot.lowStockThreshold, lot.unit) },
            ]}
            cols={6}
          />
          {lot.notes && <Text size="sm" mt="sm" style={{ whiteSpace: 'pre-wrap' }}>{lot.notes}</Text>}
        </Paper>
        {!archived && <LotMovementForms lot={lot} />}
        <Paper withBorder p="md">
          <Title order={3} mb="sm">Uses and adjustments</Title>
          <VirtualTable
            label="Uses and adjustments"
            rows={movements}
            columns={movementColumns}
            rowKey={(m) => m.id}
            height={movements.length < 8 ? 'auto' : 300}
            empty="Nothing taken from this lot yet."
          />
        </Paper>
        <AttachmentsPanel recordTable="lots" recordId={lot.id} />
        <HistoryTable table="lots" recordId={String(lot.id)} title="History of this lot" height={240} />
      </Stack>
      {editing && <LotForm materialId={lot.materialId} materialName={lot.materialName} lot={lot} opened onClose={() => setEditing(false)} onSaved={() => setEditing(false)} />}
    </Container>
  );
}
