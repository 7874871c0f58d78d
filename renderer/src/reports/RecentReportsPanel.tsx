// The Reports area's recent reports: what was made from this notebook (build reports, comparisons,
// labels), for which builds, when, in which format and paper, and where it was saved when Cellbook
// knows it; "Make again" asks for the same report from the notebook as it is now.
import { Button, Paper, Table, Text, Title } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { formatBytes } from '../../../shared/format/bytes';
import type { RecentReport } from '../../../shared/reports/recent-reports-schema';
import { callApi } from '../api/client';
import { useApiQuery } from '../api/hooks';
import { downloadBase64 } from '../components/file-bytes';
import { notifyError } from '../components/notify';
import { formatLocalDateTime } from '../notebook/format';

function makeAgain(entry: RecentReport) {
  const { request } = entry;
  if (request.operation === 'makeBuildReport') return callApi('makeBuildReport', request.input);
  if (request.operation === 'makeComparisonReport') return callApi('makeComparisonReport', request.input);
  return callApi('makeLabels', request.input);
}

export function RecentReportsPanel() {
  const recent = useApiQuery('listRecentReports', {});
  const [busy, setBusy] = useState<string | null>(null);
  const rows = recent.data ?? [];
  const again = async (entry: RecentReport) => {
    setBusy(entry.id);
    try {
      const file = await makeAgain(entry);
      downloadBase64(file.fileName, file.mediaType, file.contentBase64);
    } catch (error) {
      notifyError(`${entry.fileName} could not be made again`, error);
    } finally {
      setBusy(null);
    }
  };
  return (
    <Paper withBorder p="md">
      <Title order={3} mb={4}>Recent reports ({rows.length})</Title>
      <Text size="xs" c="dimmed" mb="sm">Reports and labels made in this window from this notebook, newest first. Kept in your Cellbook user folder, not in the notebook. Make again uses the notebook as it is now.</Text>
      {recent.error && <Text c="red" role="alert">{recent.error.message}</Text>}
      {rows.length === 0 && !recent.isPending ? (
        <Text size="sm" c="dimmed">No reports made yet: the HTML and PDF buttons below, a build&apos;s Report and a record&apos;s Label add them here.</Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table striped aria-label="Recent reports">
            <Table.Thead>
              <Table.Tr><Table.Th>Made</Table.Th><Table.Th>What</Table.Th><Table.Th>Builds</Table.Th><Table.Th>Format</Table.Th><Table.Th>File</Table.Th><Table.Th ta="right">Size</Table.Th><Table.Th /></Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((entry) => (
                <Table.Tr key={entry.id}>
                  <Table.Td>{formatLocalDateTime(entry.madeAt)}</Table.Td>
                  <Table.Td>{entry.kind}</Table.Td>
                  <Table.Td>{entry.buildNames.length > 0 ? entry.buildNames.join(', ') : '—'}</Table.Td>
                  <Table.Td>{entry.format.toUpperCase()}{entry.paper ? `, ${entry.paper}` : ''}</Table.Td>
                  <Table.Td><Text size="sm" style={{ wordBreak: 'break-all' }}>{entry.path ?? `${entry.fileName} (saved by the browser)`}</Text></Table.Td>
                  <Table.Td ta="right">{formatBytes(entry.sizeBytes)}</Table.Td>
                  <Table.Td>
                    <Button size="xs" variant="default" leftSection={<IconRefresh size={14} />} loading={busy === entry.id} onClick={() => void again(entry)} aria-label={`Make ${entry.fileName} again`}>Make again</Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
