// While a restore replaces the notebook, the Notebook area says so and is covered: Cellbook holds
// every call until the restored notebook is open, so nothing here is read from or written to the
// notebook in between. The job's start and end arrive as events, so this follows them at once.
import { Group, Loader, LoadingOverlay, Text } from '@mantine/core';
import { useApiQuery } from '../api/hooks';

export function RestoringOverlay() {
  const jobs = useApiQuery('listJobs', {});
  const restore = (jobs.data ?? []).find((job) => job.kind === 'restore' && job.state === 'running');
  return (
    <LoadingOverlay
      visible={restore !== undefined}
      zIndex={150}
      overlayProps={{ blur: 1 }}
      loaderProps={{
        children: (
          <Group gap="xs" role="status">
            <Loader size="sm" />
            <Text size="sm">{restore ? `${restore.label}…` : 'Restoring…'}</Text>
          </Group>
        ),
      }}
    />
  );
}
