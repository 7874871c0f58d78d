// Backup and integrity check. The backup runs as a job (progress and Cancel in the jobs bar).
import { Alert, Button, Group, List, Paper, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconAlertTriangle } from '@tabler/icons-react';
import type { NotebookCheck } from '../../../shared/schemas/notebook';
import { useApiMutation } from '../api/hooks';
import { notifyError } from '../components/notify';

function CheckResult({ check }: { check: NotebookCheck }) {
  const integrityOk = check.integrity.length === 1 && check.integrity[0] === 'ok';
  return (
    <Alert
      mt="sm"
      color={check.ok ? 'teal' : 'red'}
      icon={check.ok ? <IconCircleCheck size={18} /> : <IconAlertTriangle size={18} />}
      title={check.ok ? 'No problems found' : 'Problems found'}
      data-testid="check-result"
    >
      <List size="sm" spacing={2}>
        <List.Item>Integrity: {integrityOk ? 'ok' : check.integrity.join('; ')}</List.Item>
        <List.Item>Foreign keys: {check.foreignKeyViolations.length === 0 ? 'ok' : `${check.foreignKeyViolations.length} violation(s)`}</List.Item>
        <List.Item>
          History: {check.historyEntries.toLocaleString()} entries,{' '}
          {check.historyChainBreak ? `chain broken at entry ${check.historyChainBreak.entryId}: ${check.historyChainBreak.reason}` : 'chain intact'}
        </List.Item>
        <List.Item>Schema version {check.schemaVersion}{check.changedMigrations.length > 0 ? `; changed since applied: ${check.changedMigrations.join(', ')}` : ''}</List.Item>
        <List.Item>
          Records: {check.records.problemCount === 0 ? `${check.records.compared.toLocaleString()} read as history recorded them` : `${check.records.problemCount} changed outside Cellbook`}
        </List.Item>
        <List.Item>
          Stored files:{' '}
          {!check.storedFiles.read ? `${check.storedFiles.files} not read (cellbook check --deep reads them)` : check.storedFiles.problems.length === 0 ? `${check.storedFiles.files} match their SHA-256` : `${check.storedFiles.problems.length} no longer match their SHA-256`}
        </List.Item>
        <List.Item>
          Signed checkpoints: {check.checkpoints.found === 0 ? 'none yet' : `${check.checkpoints.held} of ${check.checkpoints.found} held`}
        </List.Item>
        {[...check.schemaObjects.problems, ...check.records.problems, ...check.storedFiles.problems, ...check.checkpoints.problems].map((problem) => (
          <List.Item key={problem}>{problem}</List.Item>
        ))}
      </List>
    </Alert>
  );
}

export function MaintenancePanel() {
  const backup = useApiMutation('startBackup');
  const check = useApiMutation('checkNotebook');
  return (
    <Paper withBorder p="md">
      <Title order={3} mb={4}>
        Backup and check
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        A backup is a complete copy in the notebook&apos;s backups folder, taken while you work. The check reads every page of the file and
        verifies that no history entry was edited or removed.
      </Text>
      <Group gap="xs">
        <Button onClick={() => backup.mutate({}, { onError: (error) => notifyError('Backup could not start', error) })} loading={backup.isPending}>
          Back up now
        </Button>
        <Button variant="default" onClick={() => check.mutate({}, { onError: (error) => notifyError('Check failed', error) })} loading={check.isPending}>
          Check notebook
        </Button>
      </Group>
      {check.data && <CheckResult check={check.data} />}
    </Paper>
  );
}
