// The Reports area: the reports made recently (make one again), a report of any build (HTML or
// PDF, A4 or Letter) and every list as a spreadsheet; backups and restores live in the Notebook area.
import { Anchor, Container, Group, Paper, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'wouter';
import { useApiQuery } from '../api/hooks';
import { ExportListMenu } from '../components/ExportListMenu';
import { BuildReportButtons } from './BuildReportButtons';
import { RecentReportsPanel } from './RecentReportsPanel';

export function ReportsPage() {
  const builds = useApiQuery('listBuilds', { status: 'active' });
  const [paper, setPaper] = useState<'a4' | 'letter'>('a4');
  const rows = builds.data ?? [];
  return (
    <Container size="lg" px={0}>
      <Stack gap="md">
        <Title order={2}>Reports</Title>
        <RecentReportsPanel />
        <Paper withBorder p="md">
          <Group justify="space-between" mb="xs">
            <Title order={3}>Build reports ({rows.length})</Title>
            <Group gap="xs">
              <Text size="sm" id="paper-label">Paper</Text>
              <SegmentedControl aria-labelledby="paper-label" size="xs" value={paper} onChange={(value) => setPaper(value as 'a4' | 'letter')} data={[{ value: 'a4', label: 'A4' }, { value: 'letter', label: 'Letter' }]} />
            </Group>
          </Group>
          <Text size="xs" c="dimmed" mb="sm">
            One file per build: the stack to scale, lots and their lineage, derived numbers and design rules, the press plan as planned and as run, each cell&apos;s cycling with plots, notes, attachments and the history position it was made at. The HTML file opens anywhere offline.
          </Text>
          {rows.length === 0 && !builds.isPending ? (
            <Text size="sm" c="dimmed">No builds yet: reports appear here once the Builds area holds one.</Text>
          ) : (
            <Table.ScrollContainer minWidth={640}>
              <Table striped aria-label="Build reports">
                <Table.Thead>
                  <Table.Tr><Table.Th>Build</Table.Th><Table.Th>Built on</Table.Th><Table.Th>Cells</Table.Th><Table.Th /></Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((build) => (
                    <Table.Tr key={build.id}>
                      <Table.Td><Anchor component={Link} href={`/builds/${build.id}`}>{build.name}</Anchor></Table.Td>
                      <Table.Td>{build.builtOn ?? '—'}</Table.Td>
                      <Table.Td>{build.cells.length}</Table.Td>
                      <Table.Td><BuildReportButtons buildId={build.id} buildName={build.name} paper={paper} /></Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Paper>
        <Paper withBorder p="md">
          <Title order={3} mb={4}>Spreadsheets</Title>
          <Text size="xs" c="dimmed" mb="sm">Units in the headers, numbers as numbers, and text a spreadsheet would run as a formula kept as text.</Text>
          <Group gap="xs">
            <ExportListMenu list="materials" label="Materials" />
            <ExportListMenu list="lots" label="Lots" />
            <ExportListMenu list="batches" label="Batches with weigh lists" />
            <ExportListMenu list="builds" label="Builds with derived numbers" />
            <ExportListMenu list="cycling-tests" label="Cycling tests" />
          </Group>
        </Paper>
        <Text size="sm" c="dimmed">
          Backups and restores are in the <Anchor component={Link} href="/notebook">Notebook</Anchor> area.
        </Text>
      </Stack>
    </Container>
  );
}
