// The patent's Table 1 from data: each cell's short circuit, standard capacity, lifespan and
// grade, retention at a chosen cycle and first-cycle CE, and for each build its replicates'
// mean ± sample SD (n). Synthetic tests are marked.
import { Badge, Group, Table, Text } from '@mantine/core';
import { Fragment } from 'react';
import { formatQuantity } from '../../../shared/format/quantity';
import type { TableOne, TableOneBuild, TableOneRow } from '../../../shared/schemas/plots';
import { GradeBadge } from '../cycling/GradeBadge';
import { replicateText } from './replicate-text';

function CellRow({ row }: { row: TableOneRow }) {
  return (
    <Table.Tr data-testid="table-one-cell">
      <Table.Td>{row.buildName}</Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap">
          {row.cellLabel}
          {row.synthetic && <Badge size="xs" variant="light" color="grape">synthetic</Badge>}
        </Group>
      </Table.Td>
      <Table.Td>{row.shortCircuit ? <Text span size="sm" c="red">yes (cycle {row.shortCircuitCycle ?? '?'})</Text> : 'no'}</Table.Td>
      <Table.Td ta="right">{formatQuantity(row.standardCapacityMAh, '')}</Table.Td>
      <Table.Td>{row.lifespanLabel}</Table.Td>
      <Table.Td><GradeBadge grade={row.grade} /></Table.Td>
      <Table.Td ta="right">{formatQuantity(row.retentionPct, '')}</Table.Td>
      <Table.Td ta="right">{formatQuantity(row.firstCycleCePct, '')}</Table.Td>
    </Table.Tr>
  );
}

function BuildRow({ build, thresholdPct }: { build: TableOneBuild; thresholdPct: number }) {
  return (
    <Table.Tr data-testid="table-one-build" fw={600} bg="var(--mantine-color-default-hover)">
      <Table.Td>{build.buildName}</Table.Td>
      <Table.Td>mean ± SD</Table.Td>
      <Table.Td>{build.shortCircuits} of {build.n}</Table.Td>
      <Table.Td ta="right">{replicateText(build.standardCapacityMAh)}</Table.Td>
      <Table.Td>
        {build.lifespan.n > 0 && replicateText(build.lifespan)}
        {build.lifespanCensored > 0 && (
          <Text span size="xs" c="dimmed">
            {build.lifespan.n > 0 ? ' · ' : ''}
            {build.lifespanCensored} of {build.n} still above {thresholdPct} %
          </Text>
        )}
      </Table.Td>
      <Table.Td>{build.grade ? <GradeBadge grade={build.grade} /> : <Text span size="xs" c="dimmed">mixed</Text>}</Table.Td>
      <Table.Td ta="right">{replicateText(build.retentionPct)}</Table.Td>
      <Table.Td ta="right">{replicateText(build.firstCycleCePct)}</Table.Td>
    </Table.Tr>
  );
}

/** `onlyTests`: the tests picked one by one (the other cells of their builds are left out). */
export function TableOnePanel({ table, onlyTests }: { table: TableOne; onlyTests: readonly number[] }) {
  const chosen = new Set(onlyTests);
  const rows = onlyTests.length > 0 ? table.rows.filter((row) => chosen.has(row.testId)) : table.rows;
  if (rows.length === 0) return <Text size="sm" c="dimmed">None of the chosen builds has a cycling test.</Text>;
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table aria-label="Table 1" verticalSpacing={4} fz="sm" data-testid="table-one">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Build</Table.Th>
            <Table.Th>Cell</Table.Th>
            <Table.Th>Short circuit</Table.Th>
            <Table.Th ta="right">Standard capacity (mAh)</Table.Th>
            <Table.Th>Lifespan (cycles)</Table.Th>
            <Table.Th>Grade</Table.Th>
            <Table.Th ta="right">Retention at cycle {table.retentionAtCycle} (%)</Table.Th>
            <Table.Th ta="right">First-cycle CE (%)</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {table.builds.map((build) => {
            const cells = rows.filter((row) => row.buildId === build.buildId);
            if (cells.length === 0) return null;
            return (
              <Fragment key={build.buildId}>
                {cells.map((row) => <CellRow key={row.testId} row={row} />)}
                {onlyTests.length === 0 && build.n > 1 && <BuildRow build={build} thresholdPct={table.thresholdPct} />}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
