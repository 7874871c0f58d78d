// Listens to main's events once for the whole app: job progress goes into the jobs cache and
// finished jobs become notices; "changed" refreshes the views that read those tables.
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { JobStatus } from '../../../shared/schemas/jobs';
import { notifyError, notifySuccess } from '../components/notify';
import { getBridge } from './client';
import { apiQueryKey } from './hooks';

/**
 * "changed" events come in bursts (loading the demo writes hundreds of records, each saying so):
 * the views are refreshed once per burst, this long after its first event, not once per event.
 */
const REFRESH_AFTER_MS = 150;

export function useAppEvents(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    let refresh: ReturnType<typeof setTimeout> | null = null;
    const unsubscribe = getBridge().subscribe((event) => {
      if (event.type === 'changed') {
        refresh ??= setTimeout(() => {
          refresh = null;
          void queryClient.invalidateQueries();
        }, REFRESH_AFTER_MS);
        return;
      }
      const job = event.job;
      queryClient.setQueryData<JobStatus[]>(apiQueryKey('listJobs', {}), (jobs = []) => [job, ...jobs.filter((known) => known.id !== job.id)]);
      if (job.state === 'done') notifySuccess(job.message ?? `${job.label}: done`);
      if (job.state === 'failed') notifyError(`${job.label} failed`, new Error(job.message ?? 'no reason given'));
      if (job.state === 'cancelled') notifications.show({ message: job.message ?? `${job.label}: cancelled`, color: 'gray' });
      if (job.state !== 'running') {
        void queryClient.invalidateQueries({ queryKey: apiQueryKey('getNotebookInfo', {}) });
        void queryClient.invalidateQueries({ queryKey: apiQueryKey('listBackups', {}) });
      }
    });
    return () => {
      unsubscribe();
      if (refresh !== null) clearTimeout(refresh);
    };
  }, [queryClient]);
}
