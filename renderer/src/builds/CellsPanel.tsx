// The cells built to this design (replicates): status, failure reason, fixture and stack pressure.
import { Button, Group, Paper, Select, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { CELL_STATUSES, type Cell } from '../../../shared/schemas/builds';
import { callApi } from '../api/client';
import { numberOrNull } from '../components/form-validation';
import { notifyError, notifySuccess } from '../components/notify';
import { UnitNumberInput } from '../components/UnitNumberInput';
import { formatLocalDateTime } from '../notebook/format';

const WORD: Record<Cell['status'], string> = { planned: 'planned', in_progress: 'in progress', assembled: 'assembled', cycling: 'cycling', finished: 'finished', failed: 'failed' };

function CellRow({ cell }: { cell: Cell }) {
  const [reason, setReason] = useState(cell.failureReason ?? '');
  const update = (changes: Parameters<typeof callApi<'updateCell'>>[1]['changes']) =>
    callApi('updateCell', { id: cell.id, changes })
      .then((result) => {
        if (result.notTakenFromLots.length > 0) notifyError('Some materials were not taken from their lots', new Error(result.notTakenFromLots.join('; ')));
        else if (changes.status === 'assembled' && cell.assembledAt === null) notifySuccess(`Cell ${cell.label}: its materials were taken from the lots`);
      })
      .catch((error: unknown) => notifyError(`Could not update cell ${cell.label}`, error));
  return (
    <Table.Tr data-cell={cell.label}>
      <Table.Td>{cell.label}</Table.Td>
      <Table.Td>
        <Select
          size="xs"
          w={140}
          aria-label={`status of cell ${cell.label}`}
          value={cell.status}
          allowDeselect={false}
          data={CELL_STATUSES.map((status) => ({ value: status, label: WORD[status] }))}
          onChange={(status) => {
            if (!status || status === cell.status) return;
            if (status === 'failed' && !reason.trim()) {
              notifyError('Say why the cell failed', new Error('Type the reason (e.g. "short circuit") in the reason field first.'));
              return;
            }
            void update({ status: status as Cell['status'], ...(status === 'failed' ? { failureReason: reason } : {}) });
          }}
        />
      </Table.Td>
      <Table.Td>
        <TextInput size="xs" aria-label={`failure reason of cell ${cell.label}`} placeholder="e.g. short circuit" value={reason} onChange={(event) => setReason(event.currentTarget.value)} onBlur={() => reason !== (cell.failureReason ?? '') && cell.status === 'failed' && void update({ failureReason: reason })} />
      </Table.Td>
      <Table.Td>
        <TextInput size="xs" aria-label={`fixture of cell ${cell.label}`} placeholder="e.g. pouch, 2 MPa clamp" defaultValue={cell.fixture ?? ''} onBlur={(event) => {
          const fixture = event.currentTarget.value.trim() || null;
          if (fixture !== cell.fixture) void update({ fixture });
        }} />
      </Table.Td>
      <Table.Td>
        <UnitNumberInput size="xs" w={120} unit="MPa" aria-label={`stack pressure of cell ${cell.label}`} defaultValue={cell.stackPressureMPa ?? ''} onBlur={(event) => {
          const value = numberOrNull(event.currentTarget.value);
          if (value !== cell.stackPressureMPa) void update({ stackPressureMPa: value });
        }} />
      </Table.Td>
      <Table.Td><Text size="xs" c="dimmed">{cell.assembledAt ? formatLocalDateTime(cell.assembledAt) : '—'}</Text></Table.Td>
    </Table.Tr>
  );
}

export function CellsPanel({ buildId, cells, editable }: { buildId: number; cells: readonly Cell[]; editable: boolean }) {
  const add = () => callApi('addCell', { buildId }).catch((error: unknown) => notifyError('Could not add a cell', error));
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="sm">
        <Title order={3}>Cells</Title>
        {editable && <Button size="compact-sm" variant="default" onClick={() => void add()}>Add a cell</Button>}
      </Group>
      {cells.length === 0 ? (
        <Text size="sm" c="dimmed">No cells yet. Add one per replicate; marking it assembled takes its materials from the lots in the stack.</Text>
      ) : (
        <Table aria-label="Cells">
          <Table.Thead>
            <Table.Tr><Table.Th w={60}>Cell</Table.Th><Table.Th w={150}>Status</Table.Th><Table.Th>Reason (if failed)</Table.Th><Table.Th>Fixture</Table.Th><Table.Th w={130}>Stack pressure</Table.Th><Table.Th>Assembled</Table.Th></Table.Tr>
          </Table.Thead>
          <Table.Tbody>{cells.map((cell) => <CellRow key={cell.id} cell={cell} />)}</Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
