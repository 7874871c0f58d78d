// The generic CSV/TSV importer's column mapping: which line holds the column names, the delimiter
// and decimal mark, and for each column what it is and in which unit (empty: the unit in its name).
import { Checkbox, Group, NumberInput, ScrollArea, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import type { ColumnMapping } from '../../../shared/schemas/cycling';
import { FIELD_LABELS, missingFields, splitCells, type MappedField } from './column-mapping-guess';

const FIELD_OPTIONS = [{ value: '', label: '— not imported' }, ...Object.entries(FIELD_LABELS).map(([value, label]) => ({ value, label }))];
const DELIMITER_OPTIONS = [
  { value: ',', label: 'comma' },
  { value: ';', label: 'semicolon' },
  { value: '\t', label: 'tab' },
];

export function ColumnMappingEditor({ lines, mapping, onChange }: { lines: readonly string[]; mapping: ColumnMapping; onChange: (mapping: ColumnMapping) => void }) {
  const headers = splitCells(lines[mapping.headerLine] ?? '', mapping.delimiter);
  const samples = lines.slice(mapping.headerLine + 1, mapping.headerLine + 4).map((line) => splitCells(line, mapping.delimiter));
  const setField = (index: number, field: MappedField | '') => {
    const others = mapping.columns.filter((column) => column.index !== index && column.field !== field);
    onChange({ ...mapping, columns: field ? [...others, { field, index, unit: mapping.columns.find((column) => column.index === index)?.unit ?? null }] : others });
  };
  const setUnit = (index: number, unit: string) => onChange({ ...mapping, columns: mapping.columns.map((column) => (column.index === index ? { ...column, unit: unit.trim() || null } : column)) });
  const missing = missingFields(mapping);
  return (
    <Stack gap="xs" data-testid="column-mapping">
      <Group gap="sm" align="flex-end">
        <NumberInput label="Column names on line" min={1} max={lines.length} w={150} value={mapping.headerLine + 1} onChange={(value) => onChange({ ...mapping, headerLine: Math.max(0, Number(value) - 1), columns: [] })} />
        <Select label="Delimiter" w={130} allowDeselect={false} data={DELIMITER_OPTIONS} value={mapping.delimiter} onChange={(value) => value && onChange({ ...mapping, delimiter: value as ColumnMapping['delimiter'], columns: [] })} />
        <Checkbox label="Decimal comma (3,45)" checked={mapping.decimalComma} onChange={(event) => onChange({ ...mapping, decimalComma: event.currentTarget.checked })} />
      </Group>
      <ScrollArea type="auto" offsetScrollbars>
        <Table withTableBorder aria-label="Columns of the file">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={40}>#</Table.Th>
              <Table.Th>Column</Table.Th>
              <Table.Th>First values</Table.Th>
              <Table.Th w={190}>Is</Table.Th>
              <Table.Th w={100}>Unit</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {headers.map((header, index) => {
              const column = mapping.columns.find((candidate) => candidate.index === index);
              return (
                <Table.Tr key={index}>
                  <Table.Td>{index + 1}</Table.Td>
                  <Table.Td>{header || <Text c="dimmed" size="xs">(no name)</Text>}</Table.Td>
                  <Table.Td><Text size="xs" c="dimmed" ff="monospace">{samples.map((cells) => cells[index] ?? '').join(' · ')}</Text></Table.Td>
                  <Table.Td>
                    <Select aria-label={`column ${index + 1} is`} data={FIELD_OPTIONS} value={column?.field ?? ''} allowDeselect={false} onChange={(value) => setField(index, (value ?? '') as MappedField | '')} />
                  </Table.Td>
                  <Table.Td>
                    {column && column.field !== 'datetime' && column.field !== 'step' && column.field !== 'cycle' && (
                      <TextInput aria-label={`unit of column ${index + 1}`} placeholder="from name" defaultValue={column.unit ?? ''} onBlur={(event) => setUnit(index, event.currentTarget.value)} />
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollArea>
      {missing.length > 0 ? (
        <Text size="xs" c="red" data-testid="mapping-missing">
          To import, map a column to: {missing.join(', ')}.
        </Text>
      ) : null}
      <Text size="xs" c="dimmed">Map at least test time (or date-time), current and voltage. Units: s, min, h; A, mA, µA; V, mV; Ah, mAh; °C.</Text>
    </Stack>
  );
}
