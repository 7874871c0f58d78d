// The gel calculator's numbers, with units, and its checks with their patent paragraphs.
import { Badge, Group, List, Stack, Table, Text } from '@mantine/core';
import type { SolgelResult } from '../../../shared/chemistry/solgel';
import { formatSignificant } from '../../../shared/format/quantity';

const n = (value: number, digits = 4) => formatSignificant(value, digits);

export function SolgelChecks({ result }: { result: SolgelResult }) {
  return (
    <List size="sm" spacing={4} listStyleType="none" data-testid="solgel-checks">
      {result.checks.map((check) => (
        <List.Item key={check.rule}>
          <Group gap={6} wrap="nowrap" align="flex-start">
            <Badge size="xs" color={check.status === 'pass' ? 'teal' : 'yellow'} variant="light" miw={48}>
              {check.status}
            </Badge>
            <Text size="sm">{check.message}</Text>
          </Group>
        </List.Item>
      ))}
      {result.notes.map((note) => (
        <List.Item key={note}>
          <Text size="xs" c="dimmed">
            Note: {note}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}

interface Row {
  label: string;
  value: (result: SolgelResult) => string;
}

const ROWS: Row[] = [
  { label: 'Salt in electrolyte', value: (r) => `${n(r.saltWtPctInElectrolyte)} wt%` },
  { label: 'Salt', value: (r) => `${n(r.saltG)} g (${n(r.saltMol)} mol)` },
  { label: 'Medium', value: (r) => `${n(r.mediumG)} g (${n(r.mediumMol)} mol)` },
  { label: 'Precursor (TEOS) per batch', value: (r) => `${n(r.precursorG)} g (${n(r.precursorMol)} mol)` },
  { label: 'Acid per batch', value: (r) => `${n(r.acidMol)} mol (${n(r.acidG)} g)` },
  { label: 'Acid : TEOS', value: (r) => `${n(r.acidToPrecursor, 3)} mol/mol` },
  { label: 'Precursor batch', value: (r) => `${n(r.precursorBatchG)} g (${r.acidSolutionMassBasis === 'solution_density' ? 'acid by solution density' : 'acid by its own mass'})` },
  { label: 'Precursor used', value: (r) => `${n(r.precursorBatchesUsed, 3)} batches = ${n(r.precursorMolUsed)} mol TEOS` },
  { label: 'Oxide at most', value: (r) => `${n(r.oxideMaxG)} g` },
  { label: 'Li : Si', value: (r) => `${n(r.liToSi, 3)} mol/mol` },
  { label: 'Dry composite, no medium lost', value: (r) => `${n(r.compositionNoLossWtPct.oxide, 3)} / ${n(r.compositionNoLossWtPct.salt, 3)} / ${n(r.compositionNoLossWtPct.medium, 3)} wt%` },
  { label: 'Dry composite, all medium lost', value: (r) => `${n(r.compositionNoMediumWtPct.oxide, 3)} / ${n(r.compositionNoMediumWtPct.salt, 3)} / 0 wt%` },
  {
    label: 'Measured',
    value: (r) => (r.measured ? `${n(r.measured.dryMassG)} g dry: ${n(r.measured.compositionWtPct.oxide, 3)} / ${n(r.measured.compositionWtPct.salt, 3)} / ${n(r.measured.compositionWtPct.medium, 3)} wt%` : '—'),
  },
  { label: 'Salt : oxide (mass)', value: (r) => n(r.saltToOxideMassRatio, 3) },
];

/** One column per result (e.g. planned and actual), rows of numbers with units. */
export function SolgelResultTable({ columns }: { columns: ReadonlyArray<{ title: string; result: SolgelResult | null }> }) {
  return (
    <Stack gap="xs">
      <Text size="xs" c="dimmed">
        Composition as oxide / salt / medium.
      </Text>
      <Table withRowBorders={false} verticalSpacing={2} data-testid="solgel-numbers">
        <Table.Thead>
          <Table.Tr>
            <Table.Th />
            {columns.map((column) => (
              <Table.Th key={column.title}>{column.title}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {ROWS.map((row) => (
            <Table.Tr key={row.label} data-row={row.label}>
              <Table.Td>
                <Text size="sm" c="dimmed">
                  {row.label}
                </Text>
              </Table.Td>
              {columns.map((column) => (
                <Table.Td key={column.title}>
                  <Text size="sm">{column.result ? row.value(column.result) : '—'}</Text>
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
