// The cells built to this design (replicates): status, failure reason, fixture and stack pressure,
// and their cycling tests (grade, short circuits) with the status those suggest. A tester's export
// dropped on a cell's row is imported as that cell's test.
import { Anchor, Badge, Button, Group, Paper, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'wouter';
import { suggestCellStatus } from '../../../shared/cells/cell-status-suggestion';
import { CELL_STATUSES, updateCellSchema, type Cell } from '../../../shared/schemas/builds';
import type { CyclingTestRow } from '../../../shared/schemas/cycling';
import { callApi } from '../api/client';
import { useApiQuery } from '../api/hooks';
import { FileDropTarget } from '../cycling/FileDropTarget';
import { GradeBadge } from '../cycling/GradeBadge';
import { ImportCyclingDialog } from '../cycling/ImportCyclingDialog';
import { numberOrNull, textOrNull } from '../components/form-validation';
import { FormProblem } from '../components/FormProblem';
import { useFormCheck } from '../components/use-form-check';
import { notifyError, notifySuccess } from '../components/notify';
import { UnitNumberInput } from '../components/UnitNumberInput';
import { formatLocalDateTime } from '../notebook/format';
import { LabelsButton } from '../labels/LabelsButton';

const WORD: Record<Cell['status'], string> = { planned: 'planned', in_progress: 'in progress', assembled: 'assembled', cycling: 'cycling', finished: 'finished', failed: 'failed' };

function CellTests({ cell, tests, onImport }: { cell: Cell; tests: readonly CyclingTestRow[]; onImport: () => void }) {
  const suggestion = suggestCellStatus(cell, tests);
  const apply = () =>
    suggestion &&
    callApi('updateCell', { id: cell.id, changes: { status: suggestion.status, ...(suggestion.reason ? { failureReason: suggestion.reason } : {}) } }).catch((error: unknown) =>
      notifyError(`Could not update cell ${cell.label}`, error),
    );
  return (
    <Stack gap={2}>
      {tests.map((test) => (
        <Group key={test.id} gap={6} data-testid="cell-test">
          <Anchor component={Link} href={`/cycling/${test.id}`} size="xs">{test.cycleCount} cycles</Anchor>
          <GradeBadge grade={test.grade} />
          <Text size="xs" c="dimmed">lifespan {test.lifespanLabel}</Text>
          {test.shortCircuitCycle !== null && <Badge size="xs" color="red" variant="light">short circuit, cycle {test.shortCircuitCycle}</Badge>}
          {test.synthetic && <Badge size="xs" color="grape" variant="light">synthetic</Badge>}
        </Group>
      ))}
      {suggestion && (
        <Group gap={6} data-testid="status-suggestion">
          <Text size="xs" c={suggestion.status === 'failed' ? 'red' : 'dimmed'}>Suggested: {WORD[suggestion.status]} ({suggestion.why})</Text>
          <Button size="compact-xs" variant="light" onClick={() => void apply()}>Apply</Button>
        </Group>
      )}
      <Anchor component="button" type="button" size="xs" onClick={onImport} ta="left">Import cycling data… (or drop a file on this row)</Anchor>
    </Stack>
  );
}

const CELL_LABELS = { 'changes.status': 'Status', 'changes.failureReason': 'Reason', 'changes.fixture': 'Fixture', 'changes.stackPressureMPa': 'Stack pressure' };

/** A cell's row edits in place: each change is saved as it is made, and a refusal shows beside its field. */
function CellRow({ cell, tests, onImport }: { cell: Cell; tests: readonly CyclingTestRow[]; onImport: (files: File[]) => void }) {
  const [reason, setReason] = useState(cell.failureReason ?? '');
  const [fixture, setFixture] = useState(cell.fixture ?? '');
  const [pressure, setPressure] = useState<number | string>(cell.stackPressureMPa ?? '');
  const typed = { failureReason: textOrNull(reason), fixture: textOrNull(fixture), stackPressureMPa: numberOrNull(pressure) };
  const check = useFormCheck({ schema: updateCellSchema, value: { id: cell.id, changes: typed }, labels: CELL_LABELS });
  const update = async (changes: Parameters<typeof callApi<'updateCell'>>[1]['changes']) => {
    const result = await check.submit(() => callApi('updateCell', { id: cell.id, changes }));
    if (!result) return;
    if (result.notTakenFromLots.length > 0) notifyError('Some materials were not taken from their lots', new Error(result.notTakenFromLots.join('; ')));
    else if (changes.status === 'assembled' && cell.assembledAt === null) notifySuccess(`Cell ${cell.label}: its materials were taken from the lots`);
  };
  return (
    <Table.Tr data-cell={cell.label}>
      <Table.Td>
        <Group gap={6} wrap="nowrap">
          {cell.label}
          <LabelsButton compact records={[{ kind: 'cell', id: cell.id }]} what={`cell ${cell.label}`} />
        </Group>
      </Table.Td>
      <Table.Td>
        <Select
          size="xs"
          w={140}
          aria-label={`status of cell ${cell.label}`}
          value={cell.status}
          allowDeselect={false}
          data={CELL_STATUSES.map((status) => ({ value: status, label: WORD[status] }))}
          error={check.error('changes.status')}
          onChange={(status) => {
            if (!status || status === cell.status) return;
            // A failed cell needs its reason: the notebook says so beside the reason field.
            void update({ status: status as Cell['status'], ...(status === 'failed' ? { failureReason: typed.failureReason } : {}) });
          }}
        />
      </Table.Td>
      <Table.Td>
        <TextInput size="xs" aria-label={`failure reason of cell ${cell.label}`} placeholder="e.g. short circuit" value={reason} error={check.error('changes.failureReason')} onChange={(event) => setReason(event.currentTarget.value)} onBlur={() => typed.failureReason !== cell.failureReason && cell.status === 'failed' && void update({ failureReason: typed.failureReason })} />
        <FormProblem check={check} />
      </Table.Td>
      <Table.Td>
        <TextInput size="xs" aria-label={`fixture of cell ${cell.label}`} placeholder="e.g. pouch, 2 MPa clamp" value={fixture} error={check.error('changes.fixture')} onChange={(event) => setFixture(event.currentTarget.value)} onBlur={() => typed.fixture !== cell.fixture && void update({ fixture: typed.fixture })} />
      </Table.Td>
      <Table.Td>
        <UnitNumberInput size="xs" w={120} unit="MPa" aria-label={`stack pressure of cell ${cell.label}`} value={pressure} error={check.error('changes.stackPressureMPa')} onChange={setPressure} onBlur={() => typed.stackPressureMPa !== cell.stackPressureMPa && void update({ stackPressureMPa: typed.stackPressureMPa })} />
      </Table.Td>
      <Table.Td><Text size="xs" c="dimmed">{cell.assembledAt ? formatLocalDateTime(cell.assembledAt) : '—'}</Text></Table.Td>
      <Table.Td>
        <FileDropTarget onFiles={onImport} label={`Drop a cycler export for cell ${cell.label}`} testId={`drop-cell-${cell.label}`}>
          <CellTests cell={cell} tests={tests} onImport={() => onImport([])} />
        </FileDropTarget>
      </Table.Td>
    </Table.Tr>
  );
}

export function CellsPanel({ buildId, cells, editable }: { buildId: number; cells: readonly Cell[]; editable: boolean }) {
  const add = () => callApi('addCell', { buildId }).catch((error: unknown) => notifyError('Could not add a cell', error));
  const tests = useApiQuery('listCyclingTests', { buildId, includeArchived: false, unassignedOnly: false });
  const [importing, setImporting] = useState<{ cellId: number; files: File[] } | null>(null);
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="sm">
        <Title order={3}>Cells</Title>
        <Group gap="xs">
          {cells.length > 1 && <LabelsButton size="xs" records={cells.map((cell) => ({ kind: 'cell' as const, id: cell.id }))} what="all cells of this build" />}
          {editable && <Button size="compact-sm" variant="default" onClick={() => void add()}>Add a cell</Button>}
        </Group>
      </Group>
      {cells.length === 0 ? (
        <Text size="sm" c="dimmed">No cells yet. Add one per replicate; marking it assembled takes its materials from the lots in the stack.</Text>
      ) : (
        <Table aria-label="Cells">
          <Table.Thead>
            <Table.Tr><Table.Th w={110}>Cell</Table.Th><Table.Th w={150}>Status</Table.Th><Table.Th>Reason (if failed)</Table.Th><Table.Th>Fixture</Table.Th><Table.Th w={130}>Stack pressure</Table.Th><Table.Th>Assembled</Table.Th><Table.Th>Cycling</Table.Th></Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {cells.map((cell) => (
              <CellRow key={cell.id} cell={cell} tests={(tests.data ?? []).filter((test) => test.cellId === cell.id)} onImport={(files) => setImporting({ cellId: cell.id, files })} />
            ))}
          </Table.Tbody>
        </Table>
      )}
      {importing !== null && <ImportCyclingDialog onClose={() => setImporting(null)} initialFiles={importing.files} initialCell={{ buildId, cellId: importing.cellId }} />}
    </Paper>
  );
}
