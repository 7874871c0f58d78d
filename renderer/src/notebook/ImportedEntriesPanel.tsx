// Entries imported from other notebooks' .eln files: what each was (experiment, sample, entry),
// where it came from, and, opened, its notes, its values with their units as the file stated them
// and its files to save.
import { Alert, Anchor, Button, Group, Modal, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { formatBytes } from '../../../shared/format/bytes';
import type { ImportedEntry } from '../../../shared/schemas/eln-import';
import { callApi } from '../api/client';
import { useApiQuery } from '../api/hooks';
import { downloadBase64 } from '../components/file-bytes';
import { notifyError } from '../components/notify';

async function saveAttachment(id: number) {
  try {
    const content = await callApi('getAttachmentContent', { id });
    downloadBase64(content.fileName, content.mediaType, content.contentBase64);
  } catch (error) {
    notifyError('Could not save the file', error);
  }
}

function EntryModal({ entry, onClose }: { entry: ImportedEntry; onClose: () => void }) {
  return (
    <Modal opened onClose={onClose} title={entry.name} size="xl">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {entry.kind} from {entry.sourceNotebook} ({entry.sourceFile}){entry.author ? `, by ${entry.author}` : ''}{entry.sourceCreatedAt ? `, created ${entry.sourceCreatedAt.slice(0, 10)}` : ''}
          {entry.keywords.length > 0 ? `; keywords: ${entry.keywords.join(', ')}` : ''}
        </Text>
        <Title order={5}>Notes</Title>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{entry.notes ?? 'No text in the file.'}</Text>
        {entry.values.length > 0 && (
          <Table.ScrollContainer minWidth={480}>
            <Table striped withTableBorder aria-label="Values">
              <Table.Thead><Table.Tr><Table.Th>Value</Table.Th><Table.Th>As stated</Table.Th><Table.Th>Unit</Table.Th></Table.Tr></Table.Thead>
              <Table.Tbody>
                {entry.values.map((value, index) => (
                  <Table.Tr key={`${value.name}-${index}`}>
                    <Table.Td>{value.name}</Table.Td>
                    <Table.Td style={{ wordBreak: 'break-word' }}>{String(value.value)}</Table.Td>
                    <Table.Td>{value.unit ?? '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {entry.attachments.length > 0 && (
          <Stack gap={4}>
            <Title order={5}>Files</Title>
            {entry.attachments.map((file) => (
              <Group key={file.id} gap="xs">
                <Anchor component="button" size="sm" onClick={() => void saveAttachment(file.id)}>{file.fileName}</Anchor>
                <Text size="xs" c="dimmed">{formatBytes(file.byteLength)}, SHA-256 {file.sha256.slice(0, 12)}…</Text>
              </Group>
            ))}
          </Stack>
        )}
      </Stack>
    </Modal>
  );
}

export function ImportedEntriesPanel() {
  const entries = useApiQuery('listImportedEntries', {});
  const [open, setOpen] = useState<ImportedEntry | null>(null);
  const rows = entries.data ?? [];
  if (!entries.error && rows.length === 0) return null;
  return (
    <Paper withBorder p="md">
      <Title order={3} mb={4}>Imported entries ({rows.length})</Title>
      {entries.error && <Alert color="red">{entries.error.message}</Alert>}
      <Table.ScrollContainer minWidth={720}>
        <Table striped aria-label="Imported entries">
          <Table.Thead>
            <Table.Tr><Table.Th>Name</Table.Th><Table.Th>Kind</Table.Th><Table.Th>From</Table.Th><Table.Th ta="right">Values</Table.Th><Table.Th ta="right">Files</Table.Th><Table.Th /></Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((entry) => (
              <Table.Tr key={entry.id}>
                <Table.Td><Text size="sm" style={{ wordBreak: 'break-word' }}>{entry.name}</Text></Table.Td>
                <Table.Td>{entry.kind}</Table.Td>
                <Table.Td><Text size="sm" style={{ wordBreak: 'break-all' }}>{entry.sourceNotebook} ({entry.sourceFile})</Text></Table.Td>
                <Table.Td ta="right">{entry.values.length}</Table.Td>
                <Table.Td ta="right">{entry.attachments.length}</Table.Td>
                <Table.Td><Button size="xs" variant="default" onClick={() => setOpen(entry)} aria-label={`Open ${entry.name}`}>Open…</Button></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {open && <EntryModal entry={open} onClose={() => setOpen(null)} />}
    </Paper>
  );
}
