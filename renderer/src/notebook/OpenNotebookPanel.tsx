// Open another notebook, or start a new one, without restarting: a path typed here (browser mode
// has no file dialog) or chosen in the desktop app's native dialog, then the same operations, and
// the notebooks opened before on this computer.
import { Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { api } from '../../../shared/api';
import { callApi, getBridge } from '../api/client';
import { useApiQuery } from '../api/hooks';
import { FormProblem } from '../components/FormProblem';
import { notifyError, notifySuccess } from '../components/notify';
import { useFormCheck } from '../components/use-form-check';
import { formatLocalDateTime } from './format';

export function OpenNotebookPanel() {
  const [filePath, setFilePath] = useState('');
  const recent = useApiQuery('listRecentNotebooks', {});
  const draft = { path: filePath };
  const check = useFormCheck({ schema: api.openNotebookFile.input, value: draft, labels: { path: 'Notebook file' } });
  const go = (create: boolean) =>
    void check.submit(async () => {
      const opened = await callApi(create ? 'createNotebookFile' : 'openNotebookFile', draft);
      notifySuccess(`${create ? 'Started' : 'Opened'} ${opened.fileName}`);
      setFilePath('');
      check.reset({ path: '' });
      return opened;
    });
  const rows = recent.data ?? [];
  const chooser = getBridge().chooseNotebookPath;
  const choose = (create: boolean) =>
    void chooser?.(create).then(
      (chosen) => chosen && setFilePath(chosen),
      (error: unknown) => notifyError('The file dialog could not open', error),
    );
  return (
    <Paper withBorder p="md">
      <Title order={3} mb={4}>Other notebooks</Title>
      <Text size="xs" c="dimmed" mb="sm">Each notebook is one file. Opening another one switches this window to it; jobs must have finished first.</Text>
      <Stack gap="xs">
        <TextInput label="Notebook file" description="Its full path, e.g. /home/you/lab/2027.cellbook; a new one gets .cellbook added" value={filePath} onChange={(event) => setFilePath(event.currentTarget.value)} error={check.error('path')} />
        <Group gap="xs">
          <Button loading={check.busy} onClick={() => go(false)}>Open</Button>
          <Button variant="default" loading={check.busy} onClick={() => go(true)}>New notebook</Button>
          {chooser && (
            <>
              <Button variant="subtle" onClick={() => choose(false)}>Choose a notebook…</Button>
              <Button variant="subtle" onClick={() => choose(true)}>Choose where to start one…</Button>
            </>
          )}
        </Group>
        <FormProblem check={check} />
        {rows.length > 0 && (
          <Table striped aria-label="Recent notebooks">
            <Table.Thead><Table.Tr><Table.Th>Recent notebook</Table.Th><Table.Th>Last opened</Table.Th><Table.Th /></Table.Tr></Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.path}>
                  <Table.Td><Text size="sm" title={row.path} style={{ wordBreak: 'break-all' }}>{row.path}</Text></Table.Td>
                  <Table.Td>{formatLocalDateTime(row.openedAt)}</Table.Td>
                  <Table.Td>
                    {row.exists ? (
                      <Button size="xs" variant="default" aria-label={`Open ${row.fileName}`} onClick={() => void callApi('openNotebookFile', { path: row.path }).then((opened) => notifySuccess(`Opened ${opened.fileName}`), (error: unknown) => notifyError('Could not open the notebook', error))}>Open</Button>
                    ) : (
                      <Text size="xs" c="dimmed">no longer there</Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}
