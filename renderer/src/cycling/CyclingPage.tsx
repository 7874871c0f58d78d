// The Cycling area: every cycling test with its cell, cycles, standard capacity, lifespan grade and
// short circuits; Import opens the import dialog (files can also be dropped anywhere on the page).
import { Badge, Button, Container, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { IconChartLine, IconFileImport } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useLocation } from 'wouter';
import type { CyclingTestRow } from '../../../shared/schemas/cycling';
import { useApiQuery } from '../api/hooks';
import { CompareSelectedButton, selectColumn, useSelection } from '../compare/selection';
import { EmptyState } from '../components/EmptyState';
import { preloadPlotly } from '../components/PlotlyChart';
import { VirtualTable, type VirtualColumn } from '../components/VirtualTable';
import { formatLocalDateTime } from '../notebook/format';
import { FileDropTarget } from './FileDropTarget';
import { GradeBadge } from './GradeBadge';
import { ImportCyclingDialog } from './ImportCyclingDialog';
import { num } from './format';
import { ExportListMenu } from '../components/ExportListMenu';

const columns: VirtualColumn<CyclingTestRow>[] = [
  {
    key: 'name',
    header: 'Test',
    width: 260,
    render: (test) => (
      // Wraps rather than truncating the badge when the name is long.
      <Group gap={4}>
        <Text size="sm" fw={500}>{test.name}</Text>
        {test.synthetic && <Badge size="xs" variant="light" color="grape">synthetic</Badge>}
      </Group>
    ),
    sortValue: (test) => test.name,
  },
  { key: 'cell', header: 'Build · cell', width: 170, render: (test) => (test.buildName ? `${test.buildName} · ${test.cellLabel}` : <Text size="xs" c="dimmed">unassigned</Text>), sortValue: (test) => test.buildName },
  { key: 'cycles', header: 'Cycles', align: 'right', width: 80, render: (test) => test.cycleCount, sortValue: (test) => test.cycleCount },
  { key: 'standard', header: 'Standard capacity (mAh)', align: 'right', width: 130, render: (test) => num(test.standardCapacityMAh, ''), sortValue: (test) => test.standardCapacityMAh },
  { key: 'lifespan', header: 'Lifespan (cycles)', width: 170, render: (test) => test.lifespanLabel, sortValue: (test) => test.lifespanCycle },
  { key: 'grade', header: 'Grade', width: 70, render: (test) => <GradeBadge grade={test.grade} />, sortValue: (test) => test.grade },
  {
    key: 'short',
    header: 'Short circuit',
    width: 110,
    render: (test) => (test.shortCircuitCycle === null ? <Text size="xs" c="dimmed">none flagged</Text> : <Badge color="red" variant="light" size="sm">cycle {test.shortCircuitCycle}</Badge>),
    sortValue: (test) => test.shortCircuitCycle,
  },
  {
    key: 'format',
    header: 'Format',
    width: 110,
    // The vendor's name; the dialect in brackets is in the tooltip and on the test's page.
    render: (test) => (
      <Text size="xs" c="dimmed" truncate title={test.formatLabel}>
        {test.formatLabel.replace(/\s*\(.*$/, '')}
      </Text>
    ),
  },
  { key: 'imported', header: 'Imported', width: 140, render: (test) => <Text size="xs">{formatLocalDateTime(test.createdAt)}</Text>, sortValue: (test) => test.createdAt },
];

export function CyclingPage() {
  const [, navigate] = useLocation();
  const [status, setStatus] = useState<'active' | 'unassigned' | 'all'>('active');
  const [importing, setImporting] = useState<File[] | null>(null);
  const tests = useApiQuery('listCyclingTests', { includeArchived: status === 'all', unassignedOnly: status === 'unassigned' });
  useEffect(() => preloadPlotly(), []);
  const { selected, toggle } = useSelection();
  const tableColumns = useMemo(
    () => [selectColumn<CyclingTestRow>(selected, toggle, (test) => test.id, (test) => test.name), ...columns],
    [selected, toggle],
  );
  return (
    <Container size="xl" px={0}>
      <FileDropTarget onFiles={(files) => setImporting(files)} label="Drop cycler exports to import them">
        <Stack gap="sm">
          <Group justify="space-between">
            <Title order={2}>Cycling</Title>
            <Group gap="xs">
              <ExportListMenu list="cycling-tests" />
              <CompareSelectedButton kind="tests" selected={selected} />
              <Button leftSection={<IconFileImport size={14} />} onClick={() => setImporting([])}>Import cycling data</Button>
            </Group>
          </Group>
          {tests.data?.length === 0 && status === 'active' ? (
            <EmptyState icon={<IconChartLine size={22} />} title="No cycling tests yet">
              Import a tester's export (or drop it here, or on a cell of a build). Cellbook reads Arbin, Maccor, Neware, BioLogic, Novonix,
              BaSyTec, PEC, Landt and BDF exports and any CSV/TSV, computes each cycle's capacities by coulomb counting, and grades the lifespan as
              the patent's Table 1 does.
            </EmptyState>
          ) : (
            <>
              <SegmentedControl
                size="xs"
                w={300}
                aria-label="Which tests"
                value={status}
                onChange={(value) => setStatus(value as typeof status)}
                data={[
                  { value: 'active', label: 'Active' },
                  { value: 'unassigned', label: 'Unassigned' },
                  { value: 'all', label: 'All, archived too' },
                ]}
              />
              <VirtualTable
                label="Cycling tests"
                rows={tests.data ?? []}
                columns={tableColumns}
                rowKey={(test) => test.id}
                height="fill"
                noun={['test', 'tests']}
                empty={tests.isLoading ? 'Loading…' : 'No test here.'}
                onOpen={(test) => navigate(`/cycling/${test.id}`)}
              />
            </>
          )}
        </Stack>
      </FileDropTarget>
      {importing !== null && <ImportCyclingDialog onClose={() => setImporting(null)} initialFiles={importing} />}
    </Container>
  );
}
