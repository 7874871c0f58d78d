import { Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useApiQuery } from '../api/hooks';
import { formatBytes, formatLocalDateTime } from './format';

function Fact({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" data-testid={testId}>
        {value}
      </Text>
    </Stack>
  );
}

export function NotebookSummary() {
  const info = useApiQuery('getNotebookInfo', {});
  return (
    <Paper withBorder p="md">
      <Title order={3} mb="sm">
        File
      </Title>
      {info.data ? (
        <SimpleGrid cols={{ base: 2, md: 3 }} spacing="sm" verticalSpacing="xs">
          <Fact label="File name" value={info.data.fileName} />
          <Fact label="Size" value={formatBytes(info.data.fileSizeBytes)} testId="notebook-size" />
          <Fact label="Created" value={info.data.createdAt ? formatLocalDateTime(info.data.createdAt) : 'unknown'} />
          <Fact label="Schema version" value={`${info.data.schemaVersion} (this Cellbook: ${info.data.latestSchemaVersion})`} />
          <Fact label="Cellbook" value={`${info.data.appVersion} (${info.data.mode === 'electron' ? 'desktop' : 'browser mode'})`} />
          <Fact label="SQLite" value={info.data.sqliteVersion} />
        </SimpleGrid>
      ) : (
        <Skeleton h={72} />
      )}
    </Paper>
  );
}
