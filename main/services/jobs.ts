// Long operations run as jobs: started by one call, reporting progress as events, cancellable.
// A job's work function owns its own atomicity (one transaction, or a temp file renamed at the
// end), so that a cancelled or failed job leaves the notebook as it was.
import { randomBytes } from 'node:crypto';
import { CellbookError } from '../../shared/api-error';
import type { AppEvent } from '../../shared/events';
import type { JobStatus } from '../../shared/schemas/jobs';
import { explainFailure } from '../logging/explain-failure';

export interface JobHandle {
  signal: AbortSignal;
  /** Report progress in the job's unit; events are throttled, so call as often as convenient. */
  progress(done: number, total: number | null, detail?: string): void;
}

export interface JobSpec {
  kind: string;
  label: string;
  unit: string;
}

/** The work of a job; resolves with a sentence saying what it produced (and the record it made). */
export type JobWork = (job: JobHandle) => Promise<string | { message: string; recordId: number }>;

const PROGRESS_EVENT_INTERVAL_MS = 100;

interface RunningJob {
  status: JobStatus;
  controller: AbortController;
  settled: Promise<JobStatus>;
}

export class JobRegistry {
  private readonly jobs = new Map<string, RunningJob>();

  constructor(private readonly emit: (event: AppEvent) => void) {}

  start(spec: JobSpec, work: JobWork): JobStatus {
    const id = `job-${randomBytes(8).toString('hex')}`;
    const controller = new AbortController();
    const status: JobStatus = {
      id,
      ...spec,
      state: 'running',
      done: 0,
      total: null,
      startedAt: new Date().toISOString(),
      finishedAt: null,
      detail: null,
      message: null,
      recordId: null,
    };
    let lastEmit = 0;
    const publish = () => this.emit({ type: 'job', job: { ...status } });
    const handle: JobHandle = {
      signal: controller.signal,
      progress: (done, total, detail) => {
        status.done = done;
        status.total = total;
        if (detail !== undefined) status.detail = detail;
        const now = Date.now();
        if (now - lastEmit >= PROGRESS_EVENT_INTERVAL_MS) {
          lastEmit = now;
          publish();
        }
      },
    };
    const finish = (state: JobStatus['state'], message: string): JobStatus => {
      status.state = state;
      status.message = message;
      status.finishedAt = new Date().toISOString();
      publish();
      return { ...status };
    };
    const settled = Promise.resolve()
      .then(() => work(handle))
      .then(
        (outcome) => {
          if (typeof outcome === 'string') return finish('done', outcome);
          status.recordId = outcome.recordId;
          return finish('done', outcome.message);
        },
        (error: unknown) => {
          const cancelled = controller.signal.aborted || (error instanceof CellbookError && error.code === 'cancelled');
          if (cancelled) return finish('cancelled', (error as Error).message);
          // A job ends with a sentence the window shows, never a stack (that goes to the log).
          return finish('failed', explainFailure(error, { operation: spec.label.charAt(0).toLowerCase() + spec.label.slice(1) }).message);
        },
      );
    this.jobs.set(id, { status, controller, settled });
    publish();
    return { ...status };
  }

  cancel(id: string): JobStatus {
    const job = this.require(id);
    if (job.status.state === 'running') job.controller.abort();
    return { ...job.status };
  }

  list(): JobStatus[] {
    const all = [...this.jobs.values()].map((job) => ({ ...job.status }));
    return all.sort((a, b) => Number(b.state === 'running') - Number(a.state === 'running') || b.startedAt.localeCompare(a.startedAt));
  }

  /** Resolves with the final status; for the CLI and tests, which wait where the UI listens. */
  settled(id: string): Promise<JobStatus> {
    return this.require(id).settled;
  }

  private require(id: string): RunningJob {
    const job = this.jobs.get(id);
    if (!job) throw new CellbookError('not_found', `no job ${id} in this session`);
    return job;
  }
}
