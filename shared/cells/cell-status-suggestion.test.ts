import { describe, expect, it } from 'vitest';
import { suggestCellStatus } from './cell-status-suggestion';

const test = (shortCircuitCycle: number | null, extra = {}) => ({ name: 'Example 1 #1', synthetic: false, shortCircuitCycle, archivedAt: null, ...extra });

describe('the status a cell\'s cycling data suggest', () => {
  it('suggests failed, with the cycle, when a test flags a short circuit', () => {
    expect(suggestCellStatus({ status: 'cycling', failureReason: null }, [test(null), test(3)])).toEqual({
      status: 'failed',
      reason: 'short circuit in cycle 3',
      why: 'cycling test "Example 1 #1" flags a short circuit in cycle 3',
    });
    expect(suggestCellStatus({ status: 'assembled', failureReason: null }, [test(1, { synthetic: true })])?.reason).toBe('short circuit in cycle 1 (synthetic data)');
  });

  it('suggests nothing more once the cell is marked failed, and ignores archived tests', () => {
    expect(suggestCellStatus({ status: 'failed', failureReason: 'short circuit' }, [test(1)])).toBeNull();
    expect(suggestCellStatus({ status: 'assembled', failureReason: null }, [test(1, { archivedAt: '2026-01-01T00:00:00Z' })])).toBeNull();
  });

  it('suggests cycling for an assembled cell with data, and leaves finished cells alone', () => {
    expect(suggestCellStatus({ status: 'assembled', failureReason: null }, [test(null)])?.status).toBe('cycling');
    expect(suggestCellStatus({ status: 'finished', failureReason: null }, [test(null)])).toBeNull();
    expect(suggestCellStatus({ status: 'assembled', failureReason: null }, [])).toBeNull();
  });
});
