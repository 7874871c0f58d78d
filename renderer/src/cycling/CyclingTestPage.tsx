// One cycling test: its lifespan grade and standard capacity, short-circuit flags with their
// evidence, plots, the cycle table, the import report (what was decided about the file), the kept
// original files, and which cell it belongs to.
import { Alert, Anchor, Badge, Button, Container, Group, List, Modal, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { attachCyclingTestSchema, updateCyclingTestSchema, type CyclingTestDetail, type WhenCellHasTest } from '../../../shared/schemas/cycling';
import { formatBytes } from '../../../shared/format/bytes';
import { callApi } from '../api/client';
import { useApiQuery } from '../api/hooks';
import { FactGrid } from '../components/FactGrid';
import { FormProblem } from '../components/FormProblem';
import { notifyError } from '../components/notify';
import { useFormCheck } from '../components/use-form-check';
import { formatLocalDateTime } from '../notebook/format';
import { CellPicker, type CellChoice } from './CellPicker';
import { CycleTable } from './CycleTable';
import { DownloadOriginalButton } from './DownloadOriginalButton';
import { CyclingPlots } from './CyclingPlots';
import { usePrefetchTestPlots } from './plots/prefetch-plots';
import { GradeBadge } from './GradeBadge';
import { newestTestOf, WhenCellHasTestChoice } from './WhenCellHasTestChoice';
import { num } from './format';
import { ExportListMenu } from '../components/ExportListMenu';

/** The first flagged cycles in full; a long-shorted cell repeats the same evidence every cycle after. */
const CYCLES_SHOWN = 2;

function ShortCircuits({ detail }: { detail: CyclingTestDetail }) {
  const [all, setAll] = useState(false);
  if (detail.shortCircuits.length === 0) {
    return <Text size="sm" c="dimmed" data-testid="short-circuits">No short circuit flagged (Cellbook's heuristics; thresholds under Notebook → Cycling settings).</Text>;
  }
  const cycles = [...new Set(detail.shortCircuits.map((flag) => flag.cycle))];
  const shownCycles = new Set(all ? cycles : cycles.slice(0, CYCLES_SHOWN));
  const hidden = cycles.length - shownCycles.size;
  return (
    <Alert color="red" icon={<IconAlertTriangle size={16} />} title={`Short circuit flagged in cycle ${cycles[0]}`} data-testid="short-circuits">
      <List size="sm" spacing={2}>
        {detail.shortCircuits
          .filter((flag) => shownCycles.has(flag.cycle))
          .map((flag) => (
            <List.Item key={`${flag.cycle}-${flag.kind}`}>
              <b>Cycle {flag.cycle}</b>: {flag.reason}. <Text span size="xs" c="dimmed">{flag.evidence}</Text>
            </List.Item>
          ))}
      </List>
      {cycles.length > CYCLES_SHOWN && (
        <Anchor component="button" type="button" size="xs" mt={4} onClick={() => setAll(!all)}>
          {all ? 'Show the first cycles only' : `Also flagged in ${hidden} later cycle${hidden === 1 ? '' : 's'} (${cycles.slice(CYCLES_SHOWN, CYCLES_SHOWN + 8).join(', ')}${hidden > 8 ? ', …' : ''}): show`}
        </Anchor>
      )}
    </Alert>
  );
}

function ImportReport({ detail }: { detail: CyclingTestDetail }) {
  const { report } = detail;
  return (
    <Paper withBorder p="sm">
      <Title order={3} mb={4}>Import report</Title>
      <List size="xs" spacing={2}>
        <List.Item>Cycles: {report.cycleRule === 'file' ? "the file's own numbers" : 'recomputed from the steps'} — {report.cycleNote}</List.Item>
        <List.Item>Capacity check: {report.agreementNote}</List.Item>
        {detail.setApart.map((half) => (
          <List.Item key={half.cycle}>
            Set apart as cycle {half.cycle} ({half.reason}), not a cycle of the lifespan grade: charge {num(half.chargeMAh, 'mAh')}, discharge {num(half.dischargeMAh, 'mAh')}
          </List.Item>
        ))}
        {report.notes.map((note) => <List.Item key={note}>{note}</List.Item>)}
      </List>
      {report.warnings.length > 0 && (
        <Alert color="yellow" mt="xs" p="xs" title="Warnings" data-testid="import-warnings">
          <List size="xs">{report.warnings.map((warning) => <List.Item key={warning}>{warning}</List.Item>)}</List>
        </Alert>
      )}
      <Table mt="xs" aria-label="Files">
        <Table.Thead>
          <Table.Tr><Table.Th>File</Table.Th><Table.Th>Format</Table.Th><Table.Th ta="right">Rows</Table.Th><Table.Th ta="right">Size</Table.Th><Table.Th>SHA-256</Table.Th><Table.Th /></Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {detail.files.map((file) => (
            <Table.Tr key={file.id}>
              <Table.Td>{file.fileName}</Table.Td>
              <Table.Td>{file.formatId}</Table.Td>
              <Table.Td ta="right">{file.rowCount.toLocaleString()}</Table.Td>
              <Table.Td ta="right">{formatBytes(file.sizeBytes)}</Table.Td>
              <Table.Td><Text size="xs" ff="monospace">{file.sha256.slice(0, 16)}…</Text></Table.Td>
              <Table.Td><DownloadOriginalButton fileId={file.id} fileName={file.fileName} /></Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="xs" c="dimmed" mt={4}>The original files are kept in the notebook, compressed, exactly as the tester wrote them.</Text>
    </Paper>
  );
}

function Attach({ detail }: { detail: CyclingTestDetail }) {
  const [, navigate] = useLocation();
  const [opened, setOpened] = useState(false);
  const [choice, setChoice] = useState<CellChoice>({ buildId: detail.test.buildId, cellId: detail.test.cellId });
  // Another cell that already has a test: this one continues it, replaces it, or is a second test (as an import asks).
  const [whenCellHasTest, setWhenCellHasTest] = useState<WhenCellHasTest | null>(null);
  const movesCell = choice.cellId !== null && choice.cellId !== detail.test.cellId;
  const cellTests = useApiQuery('listCyclingTests', { cellId: choice.cellId ?? 0 }, { enabled: opened && movesCell });
  const priorTest = movesCell ? newestTestOf(cellTests.data, detail.test.id) : undefined;
  const input = { id: detail.test.id, cellId: choice.cellId, whenCellHasTest: priorTest ? (whenCellHasTest ?? 'second') : 'second' };
  const extra = [
    ...(choice.buildId !== null && choice.cellId === null ? [{ path: 'cellId', message: 'choose the cell of this build, or no build' }] : []),
    ...(priorTest && whenCellHasTest === null ? [{ path: 'whenCellHasTest', message: "choose whether this test continues the cell's test, replaces it, or is a second test" }] : []),
  ];
  const check = useFormCheck({ schema: attachCyclingTestSchema, value: input, labels: { cellId: 'Cell', whenCellHasTest: "The cell's test" }, extra });
  const save = async () => {
    const shown = await check.submit(() => callApi('attachCyclingTest', input));
    if (!shown) return;
    setOpened(false);
    // Continuing makes a new test of both: it is the one to look at now.
    if (shown.test.id !== detail.test.id) navigate(`/cycling/${shown.test.id}`);
  };
  return (
    <>
      <Button size="compact-sm" variant="default" onClick={() => setOpened(true)}>{detail.test.cellId === null ? 'Attach to a cell' : 'Move to another cell'}</Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title="Which cell is this test of?">
        <Stack gap="sm">
          <CellPicker value={choice} onChange={setChoice} error={check.error('cellId')} />
          {priorTest && <WhenCellHasTestChoice priorName={priorTest.name} coming="test" value={whenCellHasTest} onChange={setWhenCellHasTest} error={check.error('whenCellHasTest')} />}
          <Text size="xs" c="dimmed">The cycle table is recomputed with the build's cathode mass, area and protocol.</Text>
          <FormProblem check={check} />
          <Group justify="flex-end"><Button onClick={() => void save()} loading={check.busy}>Save</Button></Group>
        </Stack>
      </Modal>
    </>
  );
}

function Rename({ detail }: { detail: CyclingTestDetail }) {
  const [name, setName] = useState<string | null>(null);
  if (name === null) return <Button size="compact-sm" variant="default" onClick={() => setName(detail.test.name)}>Rename</Button>;
  return <RenameField id={detail.test.id} name={name} onChange={setName} onDone={() => setName(null)} />;
}

function RenameField({ id, name, onChange, onDone }: { id: number; name: string; onChange: (name: string) => void; onDone: () => void }) {
  const input = { id, changes: { name } };
  const check = useFormCheck({ schema: updateCyclingTestSchema, value: input, labels: { 'changes.name': 'Name of the test' } });
  const save = async () => {
    if (await check.submit(() => callApi('updateCyclingTest', input))) onDone();
  };
  return (
    <Stack gap={2}>
      <Group gap={4} align="flex-start">
        <TextInput aria-label="Name of the test" value={name} error={check.error('changes.name')} onChange={(event) => onChange(event.currentTarget.value)} onKeyDown={(event) => event.key === 'Enter' && void save()} autoFocus w={280} />
        <Button size="compact-sm" mt={4} loading={check.busy} onClick={() => void save()}>Save</Button>
        <Button size="compact-sm" mt={4} variant="subtle" onClick={onDone}>Cancel</Button>
      </Group>
      <FormProblem check={check} />
    </Stack>
  );
}

export function CyclingTestPage({ id }: { id: number }) {
  const query = useApiQuery('getCyclingTest', { id });
  usePrefetchTestPlots(id);
  if (query.error) return <Alert color="red">{query.error.message}</Alert>;
  const detail = query.data;
  if (!detail) return <Text size="sm" c="dimmed">Loading…</Text>;
  const { test, lifespan } = detail;
  const archive = () => callApi(test.archivedAt ? 'restoreCyclingTest' : 'archiveCyclingTest', { id }).catch((error: unknown) => notifyError('Could not change the test', error));
  return (
    <Container size="xl" px={0}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Group gap="xs">
              <Title order={2}>{test.name}</Title>
              {test.synthetic && <Badge color="grape" variant="light">synthetic</Badge>}
              {test.archivedAt && <Badge color="gray">archived</Badge>}
            </Group>
            <Text size="sm" c="dimmed">
              {test.buildId !== null ? (
                <>
                  Cell {test.cellLabel} of <Anchor component={Link} href={`/builds/${test.buildId}`}>{test.buildName}</Anchor>
                </>
              ) : (
                'Not attached to a cell'
              )}
              {' · '}
              {test.formatLabel}
              {test.startedAt && ` · started ${formatLocalDateTime(test.startedAt)}`}
            </Text>
          </Stack>
          <Group gap="xs">
            <Rename detail={detail} />
            <Attach detail={detail} />
            <Button size="compact-sm" variant="default" onClick={() => void archive()}>{test.archivedAt ? 'Restore' : 'Archive'}</Button>
          </Group>
        </Group>

        <Paper withBorder p="sm">
          <Group gap="xl" align="center">
            <Stack gap={0} align="center">
              <Text size="xs" c="dimmed">Grade (Table 1)</Text>
              <GradeBadge grade={lifespan.grade} size="lg" />
            </Stack>
            <FactGrid
              cols={5}
              facts={[
                { label: 'Lifespan (cycles)', value: lifespan.label, testId: 'lifespan' },
                { label: `Standard capacity (cycle ${detail.settings.lifespan.referenceCycle} discharge)`, value: num(lifespan.standardCapacityMAh, 'mAh'), testId: 'standard-capacity' },
                { label: 'Cycles', value: detail.cycles.length, testId: 'cycle-count' },
                { label: 'Points', value: test.pointCount.toLocaleString() },
                { label: 'Basis', value: detail.basis.activeMassMg === null ? 'no build: no mAh/g' : `${num(detail.basis.activeMassMg, 'mg')} active, ${num(detail.basis.areaCm2, 'cm²')}` },
              ]}
            />
          </Group>
          {lifespan.warnings.map((warning) => <Text key={warning} size="xs" c="orange" mt={4}>{warning}</Text>)}
          {test.synthetic && <Text size="xs" c="grape" mt={4}>Synthetic data: made by a seeded model of the cell, not measured.</Text>}
        </Paper>

        <ShortCircuits detail={detail} />
        <CyclingPlots detail={detail} />
        <Paper withBorder p="sm">
          <Group justify="space-between" mb={4}>
            <Title order={3}>Cycles</Title>
            <ExportListMenu list="cycles" testId={detail.test.id} label="Export cycles" />
          </Group>
          <CycleTable detail={detail} />
        </Paper>
        <ImportReport detail={detail} />
      </Stack>
    </Container>
  );
}
