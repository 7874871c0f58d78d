import { describe, expect, it } from 'vitest';
import { buildStatus } from './build-status';

describe('buildStatus', () => {
  it('is planned without cells, failed if any cell failed, else the least advanced cell', () => {
    expect(buildStatus([])).toBe('planned');
    expect(buildStatus([{ status: 'cycling' }, { status: 'assembled' }])).toBe('assembled');
    expect(buildStatus([{ status: 'finished' }, { status: 'failed' }])).toBe('failed');
    expect(buildStatus([{ status: 'finished' }])).toBe('finished');
  });
});
