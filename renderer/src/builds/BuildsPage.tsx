// Every build with what a researcher compares: loading, composite share, capacity, rule warnings,
// its cells' states and how long they lasted on the tester. Filters by status, cell state, tag,
// material and date.
import { Badge, Button, Container, Group, SegmentedControl, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { IconPlus, IconStack2 } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useLocation } from 'wouter';
import { buildStatus } from '../../../shared/cells/build-status';
import { replicateLifespans, type ReplicateLifespans } from '../../../shared/cycling/replicate-lifespans';
import { CELL_STATUSES, type BuildListItem } from '../../../shared/schemas/builds';
import type { CyclingTestRow } from '../../../shared/schemas/cycling';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { CompareSelectedButton, selectColumn, useSelection } from '../compare/selection';
import { LabelsButton } from '../labels/LabelsButton';
import { preloadPlotly } from '../components/PlotlyChart';
import { EmptyState } from '../components/EmptyState';
import { notifyError } from '../components/notify';
import { VirtualTable, type VirtualColumn } from '../components/VirtualTable';
import { GRADE_COLOR } from '../cycling/format';
import { num } from './format';
import { columnPrecision } from '../../../shared/format/column';
import { formatQuantity } from '../../../shared/format/quantity';
import { NewBuildModal } from './NewBuildModal';
import { planColumn } from '../pressing/plan-column';
import { ExportListMenu } from '../components/ExportListMenu';

/** The cells' lifespans (longest first) with their Table 1 grades; sorted by the median. */
function lifespanColumn(lifespans: ReadonlyMap<number, ReplicateLifespans>): VirtualColumn<BuildListItem> {
  return {
    key: 'lifespan',
    header: 'Lifespan (cycles)',
    width: 190,
    sortValue: (b) => lifespans.get(b.id)?.medianRank ?? null,
    render: (b) => {
      const summary = lifespans.get(b.id);
      if (!summary || summary.labels.length === 0) return <Text size="xs" c="dimmed">no cycling data</Text>;
      return (
        <Group gap={4} data-testid="build-lifespans">
          {summary.grades.map((grade, index) => (
            <Badge key={index} size="xs" color={GRADE_COLOR[grade]} aria-label={`grade ${grade}`}>{grade}</Badge>
          ))}
          <Text size="xs">{summary.labels.join(', ')}</Text>
          {summary.shorted > 0 && <Badge size="xs" color="red" variant="light">{summary.shorted} shorted</Badge>}
        </Group>
      );
    },
  };
}

/** The cathode's capacity, every row with the column's one precision (67.20 beside 63.48 mAh). */
function capacityColumn(builds: readonly BuildListItem[]): VirtualColumn<BuildListItem> {
  const precision = columnPrecision(builds.map((b) => b.cathodeCapacityMAh));
  return { key: 'capacity', header: 'Capacity', width: 110, align: 'right', sortValue: (b) => b.cathodeCapacityMAh, render: (b) => <Text size="sm" style={{ whiteSpace: 'nowrap' }}>{formatQuantity(b.cathodeCapacityMAh, 'mAh', precision)}</Text> };
}

function lifespansByBuild(tests: readonly CyclingTestRow[]): Map<number, ReplicateLifespans> {
  const byBuild = new Map<number, CyclingTestRow[]>();
  for (const test of tests) if (test.buildId !== null) byBuild.set(test.buildId, [...(byBuild.get(test.buildId) ?? []), test]);
  return new Map([...byBuild].map(([buildId, buildTests]) => [buildId, replicateLifespans(buildTests)]));
}

const columns: VirtualColumn<BuildListItem>[] = [
  { key: 'name', header: 'Build', width: 170, sortValue: (b) => b.name, render: (b) => <Group gap={6}><Text size="sm" fw={500}>{b.name}</Text>{b.archivedAt && <Badge size="xs" color="gray">archived</Badge>}</Group> },
  { key: 'fig', header: 'Figure', width: 80, sortValue: (b) => b.configuration, render: (b) => (b.configuration === 'double_sided' ? 'FIG. 2' : 'FIG. 1') },
  { key: 'status', header: 'Status', width: 110, sortValue: (b) => buildStatus(b.cells), render: (b) => <Badge size="xs" variant="light">{buildStatus(b.cells).replace('_', ' ')}</Badge> },
  { key: 'cells', header: 'Cells', width: 60, align: 'right', sortValue: (b) => b.cells.length, render: (b) => b.cells.length },
  { key: 'loading', header: 'Cathode loading', width: 130, align: 'right', sortValue: (b) => b.cathodeLoadingMgCm2, render: (b) => num(b.cathodeLoadingMgCm2, 'mg/cm²') },
  { key: 'composite', header: 'Composite SE', width: 110, align: 'right', sortValue: (b) => b.compositeSeWtPct, render: (b) => num(b.compositeSeWtPct, 'wt%') },
  {
    key: 'warn',
    header: 'Rules warning',
    width: 130,
    align: 'right',
    sortValue: (b) => b.rulesWarn,
    // Only the warnings nobody has acknowledged count; acknowledged ones are shown apart, muted.
    render: (b) => (
      <span title={b.rulesAcknowledged > 0 ? `${b.rulesAcknowledged} more acknowledged with a reason` : undefined}>
        {b.rulesWarn > 0 ? <Badge size="xs" color="yellow">{b.rulesWarn}</Badge> : '0'}
        {b.rulesAcknowledged > 0 && <Text span size="xs" c="dimmed" ml={4}>+{b.rulesAcknowledged} ack.</Text>}
      </span>
    ),
  },
  { key: 'built', header: 'Built', width: 100, sortValue: (b) => b.builtOn, render: (b) => b.builtOn ?? '—' },
];

export function BuildsPage() {
  const [, navigate] = useLocation();
  const [status, setStatus] = useState<'active' | 'archived' | 'all'>('active');
  const [cellStatus, setCellStatus] = useState<string | null>(null);
  const [tag, setTag] = useState('');
  const [materialId, setMaterialId] = useState<string | null>(null);
  const [builtFrom, setBuiltFrom] = useState<string | null>(null);
  const [builtTo, setBuiltTo] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const query = {
    status,
    ...(cellStatus ? { cellStatus: cellStatus as BuildListItem['cells'][number]['status'] } : {}),
    ...(tag.trim() ? { tag: tag.trim() } : {}),
    ...(materialId ? { materialId: Number(materialId) } : {}),
    ...(builtFrom ? { builtFrom } : {}),
    ...(builtTo ? { builtTo } : {}),
  };
  const builds = useApiQuery('listBuilds', query);
  const tests = useApiQuery('listCyclingTests', { includeArchived: false, unassignedOnly: false });
  const { selected, toggle } = useSelection();
  // Compare plots what is ticked here: Plotly loads while the list is read.
  useEffect(() => preloadPlotly(), []);
  const plans = useApiQuery('listPressPlans', { includeArchivedBuilds: true });
  const tableColumns = useMemo(() => {
    const lifespans = lifespansByBuild(tests.data ?? []);
    const select = selectColumn<BuildListItem>(selected, toggle, (b) => b.id, (b) => b.name);
    return [select, ...columns.slice(0, 4), lifespanColumn(lifespans), planColumn<BuildListItem>(plans.data ?? []), ...columns.slice(4, 6), capacityColumn(builds.data ?? []), ...columns.slice(6)];
  }, [tests.data, plans.data, selected, toggle, builds.data]);
  const all = useApiQuery('listBuilds', { status: 'all' });
  const materials = useApiQuery('listMaterials', { status: 'all' });
  const demo = useApiMutation('createDemoNotebook');
  // The builds arrive at once; the cycling tests follow as a job (progress in the jobs bar).
  const loadDemo = () => demo.mutate({}, { onError: (e) => notifyError('Could not load the demo', e) });
  const empty = all.data?.length === 0;

  return (
    <Container size="xl" px={0}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2}>Builds</Title>
          <Group gap="xs">
            <ExportListMenu list="builds" />
            <CompareSelectedButton kind="builds" selected={selected} />
            <LabelsButton records={selected.map((id) => ({ kind: 'build' as const, id }))} what={`${selected.length} selected build${selected.length === 1 ? '' : 's'}`} />
            <Button leftSection={<IconPlus size={14} />} onClick={() => setCreating(true)}>New build</Button>
          </Group>
        </Group>
        {empty ? (
          <EmptyState
            icon={<IconStack2 size={22} />}
            title="No builds yet"
            action={
              <Group gap="xs" mt="sm">
                <Button onClick={loadDemo} loading={demo.isPending} disabled={(materials.data?.length ?? 0) > 0}>Load the demo notebook</Button>
                <Button variant="default" onClick={() => setCreating(true)}>New build</Button>
              </Group>
            }
          >
            A build is a cell design as a layer stack. The demo fills an empty notebook with the patent's eleven builds (Examples 1–7,
            Comparatives 1–4), their materials, lots and the gel batches behind their composites, with every assumption stated.
          </EmptyState>
        ) : (
          <>
            <Group gap="sm" align="flex-end">
              <SegmentedControl size="xs" value={status} onChange={(value) => setStatus(value as typeof status)} data={[{ value: 'active', label: 'Active' }, { value: 'archived', label: 'Archived' }, { value: 'all', label: 'All' }]} aria-label="Status" />
              <Select size="xs" label="Cell status" placeholder="any" clearable w={160} data={CELL_STATUSES.map((value) => ({ value, label: value.replace('_', ' ') }))} value={cellStatus} onChange={setCellStatus} />
              <TextInput size="xs" label="Tag" w={120} value={tag} onChange={(event) => setTag(event.currentTarget.value)} />
              <Select size="xs" label="Material" placeholder="any" clearable searchable w={240} data={(materials.data ?? []).map((m) => ({ value: String(m.id), label: m.name }))} value={materialId} onChange={setMaterialId} />
              <DateInput size="xs" label="Built from" valueFormat="YYYY-MM-DD" clearable w={130} value={builtFrom} onChange={setBuiltFrom} />
              <DateInput size="xs" label="Built to" valueFormat="YYYY-MM-DD" clearable w={130} value={builtTo} onChange={setBuiltTo} />
            </Group>
            <VirtualTable label="Builds" rows={builds.data ?? []} columns={tableColumns} rowKey={(b) => b.id} height="fill" noun={['build', 'builds']} empty={builds.isLoading ? 'Loading…' : 'No build matches these filters.'} onOpen={(b) => navigate(`/builds/${b.id}`)} />
          </>
        )}
      </Stack>
      {creating && <NewBuildModal onClose={() => setCreating(false)} />}
    </Container>
  );
}
