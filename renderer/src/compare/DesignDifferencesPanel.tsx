// What differs between the chosen builds' designs, one column per build, the first as the
// reference: labels in the lab's words with units; values that differ from the reference marked.
import { Switch, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useApiQuery } from '../api/hooks';

export function DesignDifferencesPanel({ buildIds }: { buildIds: number[] }) {
  const [onlyDifferences, setOnlyDifferences] = useState(true);
  const query = useApiQuery('getDesignDifferences', { buildIds }, { enabled: buildIds.length >= 2 });
  if (buildIds.length < 2) return <Text size="sm" c="dimmed">Choose at least two builds to see what differs between them.</Text>;
  if (query.error) return <Text size="sm" c="red">{query.error.message}</Text>;
  const diff = query.data;
  if (!diff) return <Text size="sm" c="dimmed">Loading…</Text>;
  const rows = onlyDifferences ? diff.rows.filter((row) => row.differs.some(Boolean)) : diff.rows;
  return (
    <>
      <Switch size="xs" mb="xs" label="Only what differs" checked={onlyDifferences} onChange={(event) => setOnlyDifferences(event.currentTarget.checked)} />
      <Table.ScrollContainer minWidth={300 + 140 * diff.builds.length}>
        <Table striped aria-label="Design differences" fz="sm" verticalSpacing={3} data-testid="design-differences">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Where</Table.Th>
              <Table.Th>What</Table.Th>
              {diff.builds.map((build, index) => (
                <Table.Th key={build.id} ta="right">{build.name}{index === 0 && <Text span size="xs" c="dimmed"> (reference)</Text>}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.length === 0 && (
              <Table.Tr><Table.Td colSpan={2 + diff.builds.length}><Text size="sm" c="dimmed">The designs do not differ.</Text></Table.Td></Table.Tr>
            )}
            {rows.map((row) => (
              <Table.Tr key={`${row.section}/${row.label}`} data-section={row.section}>
                <Table.Td>{row.section}</Table.Td>
                <Table.Td>{row.unit ? `${row.label} (${row.unit})` : row.label}</Table.Td>
                {row.values.map((value, index) => (
                  <Table.Td key={diff.builds[index]!.id} ta="right" fw={row.differs[index] ? 700 : undefined} c={row.differs[index] ? 'orange' : undefined}>
                    {value}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
