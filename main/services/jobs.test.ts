import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CellbookError } from '../../shared/api-error';
import { useTempDirs } from '../testing/cli-process';
import { JobRegistry } from './jobs';

const tempDir = useTempDirs();
const savedConfigHome = process.env.XDG_CONFIG_HOME;
afterEach(() => {
  if (savedConfigHome === undefined) delete process.env.XDG_CONFIG_HOME;
  else process.env.XDG_CONFIG_HOME = savedConfigHome;
});

describe('a job that fails', () => {
  it('ends with a sentence naming what failed and the log, never a stack', async () => {
    const userData = tempDir();
    process.env.XDG_CONFIG_HOME = userData;
    const jobs = new JobRegistry(() => undefined);
    const job = jobs.start({ kind: 'backup', label: 'Backing up lab.cellbook', unit: 'pages' }, () => Promise.reject(new RangeError('Invalid array length')));
    const status = await jobs.settled(job.id);
    expect(status.state).toBe('failed');
    expect(status.message).toBe(`Cellbook could not finish backing up lab.cellbook because of an unexpected problem (Invalid array length); the details are in ${path.join(userData, 'Cellbook', 'logs', 'cellbook.log')}.`);
  });

  it("keeps a sentence Cellbook wrote as it is", async () => {
    const jobs = new JobRegistry(() => undefined);
    const job = jobs.start({ kind: 'import', label: 'Importing a.csv', unit: 'bytes' }, () => Promise.reject(new CellbookError('validation', 'a.csv: line 3 has 2 columns; the header has 15')));
    expect((await jobs.settled(job.id)).message).toBe('a.csv: line 3 has 2 columns; the header has 15');
  });
});
