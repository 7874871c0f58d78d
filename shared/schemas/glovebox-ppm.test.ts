// A glovebox reading is bounded by what a glovebox meter reads: the same field sentence for the
// build form and for createBuild / updateBuild (both parse with these schemas).
import { describe, expect, it } from 'vitest';
import { CellbookError } from '../api-error';
import { parseOrThrow } from '../validation';
import { createBuildSchema, GLOVEBOX_MAX_PPM, updateBuildSchema } from './builds';

const refusal = (run: () => unknown): CellbookError => {
  try {
    run();
  } catch (error) {
    return error as CellbookError;
  }
  throw new Error('expected a refusal');
};

describe('glovebox O2 and H2O readings', () => {
  it('accepts a box at a fraction of a ppm and a reading at the top of the meter', () => {
    const build = createBuildSchema.parse({ name: 'B1', configuration: 'single_sided', gloveboxH2oPpm: 0.1, gloveboxO2Ppm: GLOVEBOX_MAX_PPM });
    expect([build.gloveboxH2oPpm, build.gloveboxO2Ppm]).toEqual([0.1, 1000]);
    expect(updateBuildSchema.parse({ id: 1, changes: { gloveboxO2Ppm: null } }).changes.gloveboxO2Ppm).toBeNull();
  });

  it('refuses a reading above 1000 ppm beside its field, in creating and in changing a build', () => {
    expect(GLOVEBOX_MAX_PPM).toBe(1000);
    const message = 'at most 1000 ppm, the range of a glovebox meter: a higher reading is not a glovebox atmosphere (ppb typed as ppm?)';
    const created = refusal(() => parseOrThrow(createBuildSchema, { name: 'B1', configuration: 'single_sided', gloveboxO2Ppm: 1000.5, gloveboxH2oPpm: 209_460 }));
    expect(created.code).toBe('validation');
    expect(created.issues).toEqual([
      { field: 'gloveboxH2oPpm', message },
      { field: 'gloveboxO2Ppm', message },
    ]);
    const changed = refusal(() => parseOrThrow(updateBuildSchema, { id: 1, changes: { gloveboxH2oPpm: 1500 } }));
    expect(changed.issues).toEqual([{ field: 'changes.gloveboxH2oPpm', message }]);
    expect(refusal(() => parseOrThrow(updateBuildSchema, { id: 1, changes: { gloveboxO2Ppm: -1 } })).issues).toEqual([{ field: 'changes.gloveboxO2Ppm', message: 'cannot be negative' }]);
  });
});
