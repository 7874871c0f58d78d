// Running and recently finished jobs, each with a progress bar (with its unit) and Cancel.
import { Button, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import type { JobStatus } from '../../../shared/schemas/jobs';
import { callApi } from '../api/client';
import { notifyError } from '../components/notify';

export function progressText(job: JobStatus): string {
  const detail = job.detail ? ` · ${job.detail}` : '';
  if (job.total === null || job.total === 0) return `${job.done.toLocaleString()} ${job.unit}${detail}`;
  const percent = Math.floor((100 * job.done) / job.total);
  return `${percent} % (${job.done.toLocaleString()} of ${job.total.toLocaleString()} ${job.unit})${detail}`;
}

export function JobsBar({ jobs }: { jobs: readonly JobStatus[] }) {
  const running = jobs.filter((job) => job.state === 'running');
  if (running.length === 0) return null;
  return (
    <Stack gap={4} p="xs" data-testid="jobs-bar" aria-live="polite">
      {running.map((job) => (
        <Paper key={job.id} withBorder p={6} radius="sm">
          <Group gap="sm" wrap="nowrap">
            <Text size="xs" fw={500} w={220} truncate>
              {job.label}
            </Text>
            <Progress
              value={job.total ? (100 * job.done) / job.total : 100}
              animated={!job.total}
              flex={1}
              size="md"
              aria-label={`${job.label} progress`}
            />
            <Text size="xs" c="dimmed" w={300} ta="right">
              {progressText(job)}
            </Text>
            <Button
              variant="subtle"
              color="red"
              onClick={() => callApi('cancelJob', { jobId: job.id }).catch((error: unknown) => notifyError('Could not cancel', error))}
            >
              Cancel
            </Button>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
