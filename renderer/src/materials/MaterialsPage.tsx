// The inventory at a glance: every material with its lots, stock and places, filters, the lots
// that need attention, and the ways in (new material, spreadsheet import, starter set).
import { Badge, Button, Container, Group, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { IconFlask, IconPlus, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useLocation } from 'wouter';
import { MATERIAL_KIND_LABELS, MATERIAL_KINDS, type MaterialKind } from '../../../shared/materials/kinds';
import type { MaterialListItem } from '../../../shared/schemas/materials';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { EmptyState } from '../components/EmptyState';
import { notifyError, notifySuccess } from '../components/notify';
import { VirtualTable, type VirtualColumn } from '../components/VirtualTable';
import { kindLabel, molarMassText, stockText } from './format';
import { InventoryImport } from './InventoryImport';
import { MaterialForm } from './MaterialForm';
import { WarningsPanel } from './WarningsPanel';
import { ExportListMenu } from '../components/ExportListMenu';

const columns: VirtualColumn<MaterialListItem>[] = [
  {
    key: 'name',
    header: 'Name',
    sortValue: (m) => m.name,
    render: (m) => (
      <Group gap={6} wrap="nowrap">
        <Text size="sm" fw={500}>{m.name}</Text>
        {m.archivedAt && <Badge size="xs" color="gray">archived</Badge>}
      </Group>
    ),
  },
  { key: 'kind', header: 'Kind', width: 190, sortValue: (m) => kindLabel(m.kind), render: (m) => kindLabel(m.kind) },
  { key: 'formula', header: 'Formula', width: 190, sortValue: (m) => m.formula, render: (m) => m.formula ?? '—' },
  { key: 'mass', header: 'Molar mass', width: 120, align: 'right', sortValue: (m) => m.molarMassGMol, render: (m) => <Text size="sm" style={{ whiteSpace: 'nowrap' }}>{molarMassText(m.molarMassGMol)}</Text> },
  { key: 'lots', header: 'Lots', width: 60, align: 'right', sortValue: (m) => m.lotCount, render: (m) => m.lotCount },
  { key: 'stock', header: 'Remaining', width: 150, align: 'right', sortValue: (m) => m.stock[0]?.remaining ?? null, render: (m) => stockText(m.stock) },
  { key: 'where', header: 'Location', width: 200, sortValue: (m) => m.locations[0] ?? null, render: (m) => <Text size="xs">{m.locations.join('; ') || '—'}</Text> },
  {
    key: 'warnings',
    header: 'Attention',
    width: 90,
    sortValue: (m) => m.warningCount,
    render: (m) => (m.warningCount > 0 ? <Badge size="xs" color="yellow">{m.warningCount} lot{m.warningCount === 1 ? '' : 's'}</Badge> : null),
  },
];

export function MaterialsPage() {
  const [, navigate] = useLocation();
  const [status, setStatus] = useState<'active' | 'archived' | 'all'>('active');
  const [kind, setKind] = useState<MaterialKind | null>(null);
  const [locationId, setLocationId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const materials = useApiQuery('listMaterials', { status, ...(kind ? { kind } : {}), ...(locationId ? { locationId: Number(locationId) } : {}) });
  const everything = useApiQuery('listMaterials', { status: 'all' });
  const locations = useApiQuery('listLocations', {});
  const starter = useApiMutation('addStarterMaterials');

  const addStarter = () =>
    starter.mutate({}, { onSuccess: (r) => notifySuccess(`Added ${r.created} starter materials from the patent's examples`), onError: (e) => notifyError('Could not add the starter materials', e) });

  const notebookEmpty = everything.data?.length === 0;
  return (
    <Container size="xl" px={0}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2}>Materials</Title>
          <Group gap="xs">
            <ExportListMenu list="materials" label="Export materials" />
            <ExportListMenu list="lots" label="Export lots" />
            <Button variant="default" leftSection={<IconUpload size={14} />} onClick={() => setImporting(true)}>
              Import spreadsheet
            </Button>
            <Button leftSection={<IconPlus size={14} />} onClick={() => setCreating(true)}>
              New material
            </Button>
          </Group>
        </Group>
        {notebookEmpty ? (
          <EmptyState
            icon={<IconFlask size={22} />}
            title="No materials yet"
            action={
              <Group gap="xs" mt="sm">
                <Button onClick={addStarter} loading={starter.isPending}>
                  Add the patent's starter materials
                </Button>
                <Button variant="default" onClick={() => setImporting(true)}>
                  Import a spreadsheet
                </Button>
              </Group>
            }
          >
            Start with the materials of the patent's examples (NCM, Li6PS5Cl, LiTFSI, TEOS, binders, foils, with their molar masses and
            densities), import your glovebox spreadsheet, or add materials one by one.
          </EmptyState>
        ) : (
          <>
            <WarningsPanel />
            <Group gap="sm" align="flex-end">
              <SegmentedControl
                size="xs"
                value={status}
                onChange={(value) => setStatus(value as typeof status)}
                data={[
                  { value: 'active', label: 'Active' },
                  { value: 'archived', label: 'Archived' },
                  { value: 'all', label: 'All' },
                ]}
                aria-label="Status"
              />
              <Select
                size="xs"
                label="Kind"
                placeholder="any"
                clearable
                w={230}
                data={MATERIAL_KINDS.map((value) => ({ value, label: MATERIAL_KIND_LABELS[value] }))}
                value={kind}
                onChange={(value) => setKind(value as MaterialKind | null)}
              />
              <Select
                size="xs"
                label="Location"
                placeholder="any"
                clearable
                searchable
                w={260}
                data={(locations.data ?? []).map((location) => ({ value: String(location.id), label: location.path }))}
                value={locationId}
                onChange={setLocationId}
              />
            </Group>
            <VirtualTable
              label="Materials"
              rows={materials.data ?? []}
              columns={columns}
              rowKey={(m) => m.id}
              height="fill"
              noun={['material', 'materials']}
              empty={materials.isLoading ? 'Loading…' : 'No material matches these filters.'}
              onOpen={(m) => navigate(`/materials/${m.id}`)}
              initialSort={{ key: 'name', direction: 1 }}
            />
          </>
        )}
      </Stack>
      {creating && <MaterialForm material={null} opened onClose={() => setCreating(false)} onSaved={(m) => { setCreating(false); navigate(`/materials/${m.id}`); }} />}
      <InventoryImport opened={importing} onClose={() => setImporting(false)} />
    </Container>
  );
}
