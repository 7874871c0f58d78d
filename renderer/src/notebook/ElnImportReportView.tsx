// What an .eln import does or did: each entry of the file and the record it becomes, the files
// kept as attachments with their SHA-256 check, the departures from the format it tolerated and
// what it left out. The same view serves the preview (before anything is written) and the report.
import { Badge, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { formatBytes } from '../../../shared/format/bytes';
import type { ElnImportReport } from '../../../shared/schemas/eln-import';

export function ElnImportReportView({ report }: { report: ElnImportReport }) {
  return (
    <Stack gap="sm">
      <Text size="sm">
        {report.fileName}, written by {report.sourceNotebook}
        {report.source === 'cellbook' ? ': a Cellbook export, rebuilt record by record.' : ': each entry becomes an imported entry with its notes, values and files.'}
      </Text>
      <Group gap="xs" aria-label="What becomes what">
        {Object.entries(report.counts).map(([became, n]) => (
          <Badge key={became} variant="light" color="teal">{n} × {became}</Badge>
        ))}
        <Badge variant="light" color="gray">{report.files.length} files kept</Badge>
      </Group>
      <Table.ScrollContainer minWidth={640}>
        <Table striped withTableBorder aria-label="Entries of the file">
          <Table.Thead>
            <Table.Tr><Table.Th>Entry in the file</Table.Th><Table.Th>Becomes</Table.Th><Table.Th ta="right">Values</Table.Th><Table.Th ta="right">Files</Table.Th></Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.records.map((record) => (
              <Table.Tr key={record.sourceId}>
                <Table.Td><Text size="sm" style={{ wordBreak: 'break-word' }}>{record.name}</Text></Table.Td>
                <Table.Td>
                  {record.became}
                  {record.matchedExisting ? ' (already in the notebook)' : record.recordId !== null ? ` #${record.recordId}` : ''}
                </Table.Td>
                <Table.Td ta="right">{record.values}</Table.Td>
                <Table.Td ta="right">{record.attachments}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {report.files.length > 0 && (
        <>
          <Title order={5}>Files kept as attachments</Title>
          <Table.ScrollContainer minWidth={640}>
            <Table striped withTableBorder aria-label="Files of the file">
              <Table.Thead>
                <Table.Tr><Table.Th>File</Table.Th><Table.Th>Attached to</Table.Th><Table.Th ta="right">Size</Table.Th><Table.Th>SHA-256</Table.Th></Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.files.map((file) => (
                  <Table.Tr key={`${file.entry}/${file.fileName}/${file.sha256}`}>
                    <Table.Td><Text size="sm" style={{ wordBreak: 'break-all' }}>{file.fileName}</Text></Table.Td>
                    <Table.Td><Text size="sm" style={{ wordBreak: 'break-word' }}>{file.entry}</Text></Table.Td>
                    <Table.Td ta="right">{formatBytes(file.sizeBytes)}</Table.Td>
                    <Table.Td>
                      <Text size="xs" ff="monospace" title={file.sha256}>{file.sha256.slice(0, 12)}…</Text>
                      <Text size="xs" c={file.check === 'matches' ? 'teal' : 'dimmed'}>{file.check === 'matches' ? 'matches the file’s own' : 'not stated in the file; recorded now'}</Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
      {report.quirks.length > 0 && (
        <div>
          <Title order={5}>Read despite</Title>
          <List size="sm">{report.quirks.map((quirk) => <List.Item key={quirk}>{quirk}</List.Item>)}</List>
        </div>
      )}
      {report.leftOut.length > 0 && (
        <div>
          <Title order={5}>Left out</Title>
          <List size="sm">{report.leftOut.map((item) => <List.Item key={item}>{item}</List.Item>)}</List>
        </div>
      )}
    </Stack>
  );
}
