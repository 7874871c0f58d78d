// One material: its constants, its lots (click one to open it), attachments and history.
import { Anchor, Badge, Breadcrumbs, Button, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArchive, IconPencil, IconPlus, IconRestore } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { STORAGE_LABELS } from '../../../shared/materials/kinds';
import type { Lot } from '../../../shared/schemas/lots';
import { formatQuantity } from '../../../shared/format/quantity';
import { callApi } from '../api/client';
import { useApiQuery } from '../api/hooks';
import { AttachmentsPanel } from '../components/AttachmentsPanel';
import { FactGrid } from '../components/FactGrid';
import { HistoryTable } from '../components/HistoryTable';
import { notifyError } from '../components/notify';
import { VirtualTable, type VirtualColumn } from '../components/VirtualTable';
import { selectColumn, useSelection } from '../compare/selection';
import { LabelsButton } from '../labels/LabelsButton';
import { kindLabel, molarMassText, numberWithUnit } from './format';
import { LotForm } from './LotForm';
import { MaterialForm } from './MaterialForm';
import { MaterialPressureWindow } from './MaterialPressureWindow';

const lotColumns: VirtualColumn<Lot>[] = [
  { key: 'lot', header: 'Lot', sortValue: (l) => l.lotNumber, render: (l) => <Group gap={6}><Text size="sm" fw={500}>{l.lotNumber}</Text>{l.archivedAt && <Badge size="xs" color="gray">archived</Badge>}</Group> },
  { key: 'remaining', header: 'Remaining', width: 170, align: 'right', sortValue: (l) => l.remaining, render: (l) => `${formatQuantity(l.remaining, l.unit)} of ${formatQuantity(l.quantity, l.unit)}` },
  { key: 'received', header: 'Received', width: 100, sortValue: (l) => l.receivedOn, render: (l) => l.receivedOn ?? '—' },
  { key: 'opened', header: 'Opened', width: 100, sortValue: (l) => l.openedOn, render: (l) => l.openedOn ?? '—' },
  { key: 'expires', header: 'Expires', width: 100, sortValue: (l) => l.expiresOn, render: (l) => l.expiresOn ?? '—' },
  { key: 'where', header: 'Location', width: 220, sortValue: (l) => l.locationPath, render: (l) => l.locationPath ?? '—' },
  { key: 'warnings', header: 'Attention', width: 220, render: (l) => <Text size="xs" c="yellow.8">{l.warnings.map((w) => w.message).join('; ')}</Text> },
];

export function MaterialDetailPage({ id }: { id: number }) {
  const [, navigate] = useLocation();
  const detail = useApiQuery('getMaterialDetail', { id });
  const [editing, setEditing] = useState(false);
  const [addingLot, setAddingLot] = useState(false);
  const { selected, toggle } = useSelection();

  if (detail.error) return <Text c="red" role="alert">{detail.error.message}</Text>;
  if (!detail.data) return <Text c="dimmed">Loading…</Text>;
  const { material, lots } = detail.data;
  const archived = material.archivedAt !== null;

  const setArchived = (archive: boolean) =>
    callApi(archive ? 'archiveMaterial' : 'restoreMaterial', { id }).catch((error: unknown) => notifyError(archive ? 'Could not archive' : 'Could not restore', error));

  return (
    <Container size="xl" px={0}>
      <Stack gap="md">
        <Breadcrumbs>
          <Anchor component={Link} href="/materials" size="sm">Materials</Anchor>
          <Text size="sm">{material.name}</Text>
        </Breadcrumbs>
        <Group justify="space-between">
          <Group gap="xs">
            <Title order={2}>{material.name}</Title>
            <Badge variant="light">{kindLabel(material.kind)}</Badge>
            {archived && <Badge color="gray">archived</Badge>}
            {material.tags.map((tag) => <Badge key={tag} variant="outline" size="sm">{tag}</Badge>)}
          </Group>
          <Group gap="xs">
            {archived ? (
              <Button variant="default" leftSection={<IconRestore size={14} />} onClick={() => void setArchived(false)}>Restore</Button>
            ) : (
              <>
                <Button variant="default" leftSection={<IconArchive size={14} />} onClick={() => void setArchived(true)}>Archive</Button>
                <Button variant="default" leftSection={<IconPencil size={14} />} onClick={() => setEditing(true)}>Edit</Button>
                <Button leftSection={<IconPlus size={14} />} onClick={() => setAddingLot(true)}>Add lot</Button>
              </>
            )}
          </Group>
        </Group>
        <Paper withBorder p="md">
          <FactGrid
            facts={[
              { label: 'Formula', value: material.formula ?? '—' },
              {
                label: 'Molar mass',
                testId: 'molar-mass',
                value: material.molarMassSource === 'override' ? `${molarMassText(material.molarMassGMol)} (entered: ${material.molarMassOverrideReason})` : molarMassText(material.molarMassGMol),
              },
              { label: 'Density', value: numberWithUnit(material.densityGCm3, 'g/cm³') },
              { label: 'Particle size D50', value: numberWithUnit(material.d50Um, 'µm') },
              { label: 'Specific charge capacity', value: numberWithUnit(material.specificCapacityMAhG, 'mAh/g') },
              { label: 'Coating', value: material.coating ? `${material.coating}${material.coatingThicknessNm ? `, ${numberWithUnit(material.coatingThicknessNm, 'nm')}` : ''}` : '—' },
              { label: "Young's modulus", value: numberWithUnit(material.youngsModulusGPa, 'GPa') },
              { label: 'CAS number', value: material.casNumber ?? '—' },
              { label: 'Supplier', value: material.supplier ?? '—' },
              { label: 'Storage', value: material.storage ? STORAGE_LABELS[material.storage] : '—' },
              { label: 'Flag opened lots after', value: material.hygroscopicWarnDays === null ? 'never (not hygroscopic)' : `${material.hygroscopicWarnDays} days` },
              { label: 'Hazards', value: material.hazardNotes ?? '—' },
            ]}
          />
          {material.notes && (
            <Text size="sm" mt="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {material.notes}
            </Text>
          )}
        </Paper>
        <MaterialPressureWindow materialId={material.id} materialName={material.name} disabled={archived} />
        <Paper withBorder p="md">
          <Group justify="space-between" mb="sm">
            <Title order={3}>Lots</Title>
            <LabelsButton size="xs" records={selected.map((lotId) => ({ kind: 'lot' as const, id: lotId }))} what={`${selected.length} selected lot${selected.length === 1 ? '' : 's'} of ${material.name}`} />
          </Group>
          <VirtualTable
            label={`Lots of ${material.name}`}
            rows={lots}
            columns={[selectColumn<Lot>(selected, toggle, (lot) => lot.id, (lot) => `lot ${lot.lotNumber}`, 'for labels'), ...lotColumns]}
            rowKey={(lot) => lot.id}
            height={lots.length < 8 ? 'auto' : 320}
            empty="No lots yet. Add the bottle you received with its lot number, quantity and place."
            onOpen={(lot) => navigate(`/lots/${lot.id}`)}
          />
        </Paper>
        <AttachmentsPanel recordTable="materials" recordId={material.id} />
        <HistoryTable table="materials" recordId={String(material.id)} title="History of this material" height={260} />
      </Stack>
      {editing && <MaterialForm material={material} opened onClose={() => setEditing(false)} onSaved={() => setEditing(false)} />}
      {addingLot && (
        <LotForm materialId={material.id} materialName={material.name} lot={null} opened onClose={() => setAddingLot(false)} onSaved={(lot) => { setAddingLot(false); navigate(`/lots/${lot.id}`); }} />
      )}
    </Container>
  );
}
