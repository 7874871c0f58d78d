// Two builds side by side, listing only what differs.
import { Anchor, Breadcrumbs, Container, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { Link, useLocation } from 'wouter';
import { useApiQuery } from '../api/hooks';

export function BuildDiffPage({ aId, bId }: { aId: number; bId: number }) {
  const [, navigate] = useLocation();
  const builds = useApiQuery('listBuilds', { status: 'all' });
  const diff = useApiQuery('diffBuilds', { aId, bId });
  const options = (builds.data ?? []).map((build) => ({ value: String(build.id), label: build.name }));
  return (
    <Container size="xl" px={0}>
      <Stack gap="md">
        <Breadcrumbs>
          <Anchor component={Link} href="/builds" size="sm">Builds</Anchor>
          <Text size="sm">Compare</Text>
        </Breadcrumbs>
        <Title order={2}>Compare builds</Title>
        <Text size="sm">
          <Anchor component={Link} href={`/compare/builds/${aId},${bId}`}>Open both in Compare</Anchor>: their cells' curves overlaid, Table 1, and the design differences of any number of builds with labels and units.
        </Text>
        <Paper withBorder p="md">
          <Stack gap="xs">
            <Select label="Before" aria-label="Before" w={320} data={options} value={String(aId)} onChange={(id) => id && navigate(`/builds/${id}/compare/${bId}`)} allowDeselect={false} searchable />
            <Select label="After" aria-label="After" w={320} data={options} value={String(bId)} onChange={(id) => id && navigate(`/builds/${aId}/compare/${id}`)} allowDeselect={false} searchable />
          </Stack>
        </Paper>
        {diff.error && <Text c="red" role="alert">{diff.error.message}</Text>}
        {diff.data && (
          <Paper withBorder p="md">
            <Title order={3} mb="sm">{diff.data.differences.length === 0 ? 'No differences' : `${diff.data.differences.length} differences`}</Title>
            {diff.data.differences.length > 0 && (
              <Table striped aria-label="Differences" data-testid="build-differences">
                <Table.Thead>
                  <Table.Tr><Table.Th>Where</Table.Th><Table.Th>What</Table.Th><Table.Th>{diff.data.a}</Table.Th><Table.Th>{diff.data.b}</Table.Th></Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {diff.data.differences.map((difference) => (
                    <Table.Tr key={`${difference.section}/${difference.field}`} data-section={difference.section}>
                      <Table.Td>{difference.section}</Table.Td>
                      <Table.Td>{difference.field}</Table.Td>
                      <Table.Td>{difference.before}</Table.Td>
                      <Table.Td>{difference.after}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Paper>
        )}
      </Stack>
    </Container>
  );
}
