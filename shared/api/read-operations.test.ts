import { describe, expect, it } from 'vitest';
import { isReadOperation } from './read-operations';

describe('read operations (asked again once when their connection fails)', () => {
  it('are the lists, lookups and previews; every operation that records something is not', () => {
    expect(['listBuilds', 'getBuild', 'previewRestore', 'searchNotebook', 'findLotsForMaterial', 'recommendPressSteps'].every(isReadOperation)).toBe(true);
    expect(['createBuild', 'updateSettings', 'startRestore', 'attachCyclingTest', 'getter', 'listing'].some(isReadOperation)).toBe(false);
  });
});
