// The notebook's backups: when, how large, what each holds and whether it verified; Restore shows
// what the backup holds against the notebook as it is, then runs as a job (the notebook is backed
// up first, so a restore can itself be undone).
import { Alert, Badge, Button, Group, Modal, Paper, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { formatBytes } from '../../../shared/format/bytes';
import { backupNameFacts } from '../../../shared/backups/backup-kind';
import type { RestorePreview } from '../../../shared/schemas/backups';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { notifyError } from '../components/notify';
import { AutomaticBackupsForm } from './AutomaticBackupsForm';
import { formatLocalDateTime } from './format';

function PreviewTable({ preview }: { preview: RestorePreview }) {
  const changed = preview.tables.filter((row) => row.backup !== row.current);
  return (
    <Stack gap="xs">
      <Text size="sm">
        The backup holds {preview.backup.records.toLocaleString()} records and {preview.backup.historyEntries.toLocaleString()} history entries (newest change{' '}
        {preview.backup.newestChangeAt ? formatLocalDateTime(preview.backup.newestChangeAt) : '—'}); the notebook now holds {preview.current.records.toLocaleString()} records and{' '}
        {preview.current.historyEntries.toLocaleString()} history entries (newest change {preview.current.newestChangeAt ? formatLocalDateTime(preview.current.newestChangeAt) : '—'}).
      </Text>
      {changed.length === 0 ? (
        <Text size="sm" c="dimmed">Every record table holds as many records in the backup as now.</Text>
      ) : (
        <Table withTableBorder striped aria-label="Records per table">
          <Table.Thead>
            <Table.Tr><Table.Th>Records in</Table.Th><Table.Th ta="right">Backup</Table.Th><Table.Th ta="right">Now</Table.Th></Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {changed.map((row) => (
              <Table.Tr key={row.table}><Table.Td>{row.table.replace(/_/g, ' ')}</Table.Td><Table.Td ta="right">{row.backup}</Table.Td><Table.Td ta="right">{row.current}</Table.Td></Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

function RestoreModal({ fileName, onClose }: { fileName: string; onClose: () => void }) {
  const preview = useApiQuery('previewRestore', { fileName });
  const restore = useApiMutation('startRestore');
  return (
    <Modal opened onClose={onClose} title={`Restore ${fileName}?`} size="lg">
      <Stack gap="sm">
        {preview.isPending && <Text size="sm">Reading the backup…</Text>}
        {preview.error && <Alert color="red">{preview.error.message}</Alert>}
        {preview.data && !preview.data.verified && <Alert color="red" title="This backup did not verify">{preview.data.problem}. It cannot be restored.</Alert>}
        {preview.data && <PreviewTable preview={preview.data} />}
        <Text size="xs" c="dimmed">The notebook as it is now is backed up first; the restore is recorded in history.</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>Cancel</Button>
          <Button
            color="orange"
            disabled={!preview.data?.verified}
            loading={restore.isPending}
            onClick={() => restore.mutate({ fileName }, { onSuccess: onClose, onError: (error) => notifyError('Restore could not start', error) })}
          >
            Restore this backup
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** Manual ("Back up now") or automatic, with why: read from the file name, so a copied backup keeps its meaning. */
function BackupKind({ fileName }: { fileName: string }) {
  const facts = backupNameFacts(fileName);
  return facts.kind === 'manual' ? <Text size="sm">manual</Text> : <Text size="sm">automatic, {facts.reason}</Text>;
}

export function BackupsPanel() {
  const backups = useApiQuery('listBackups', {});
  const [restoring, setRestoring] = useState<string | null>(null);
  const rows = backups.data ?? [];
  return (
    <Paper withBorder p="md">
      <Title order={3} mb={4}>Backups ({rows.length})</Title>
      {backups.error && <Alert color="red">{backups.error.message}</Alert>}
      {backups.isPending ? (
        <Text size="sm" c="dimmed">Reading the backups folder…</Text>
      ) : rows.length === 0 ? (
        <Text size="sm" c="dimmed">No backups yet: Back up now makes one in the notebook&apos;s backups folder.</Text>
      ) : (
        <Table.ScrollContainer minWidth={820}>
          <Table striped aria-label="Backups">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Taken</Table.Th><Table.Th>Kind</Table.Th><Table.Th>File</Table.Th><Table.Th ta="right">Size</Table.Th><Table.Th ta="right">Schema</Table.Th><Table.Th ta="right">Records</Table.Th><Table.Th ta="right">History entries</Table.Th><Table.Th>Verified</Table.Th><Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((backup) => (
                <Table.Tr key={backup.fileName}>
                  <Table.Td>{formatLocalDateTime(backup.createdAt)}</Table.Td>
                  <Table.Td><BackupKind fileName={backup.fileName} /></Table.Td>
                  <Table.Td><Text size="sm" style={{ wordBreak: 'break-all' }}>{backup.fileName}</Text></Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{formatBytes(backup.sizeBytes)}</Table.Td>
                  <Table.Td ta="right">{backup.schemaVersion}</Table.Td>
                  <Table.Td ta="right">{backup.records.toLocaleString()}</Table.Td>
                  <Table.Td ta="right">{backup.historyEntries.toLocaleString()}</Table.Td>
                  <Table.Td>
                    {backup.verified ? <Badge color="teal" variant="light">verified</Badge> : <Tooltip label={backup.problem} multiline w={320}><Badge color="red" variant="light">failed</Badge></Tooltip>}
                  </Table.Td>
                  <Table.Td><Button size="xs" variant="default" onClick={() => setRestoring(backup.fileName)} aria-label={`Restore ${backup.fileName}`}>Restore…</Button></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <AutomaticBackupsForm />
      {restoring && <RestoreModal fileName={restoring} onClose={() => setRestoring(null)} />}
    </Paper>
  );
}
