// The question asked when a cell already has a cycling test and more data come to it (an import of
// new files, or a stored test attached): do they continue that test, replace it, or are they a second test?
import { Radio, Stack } from '@mantine/core';
import type { CyclingTestRow, WhenCellHasTest } from '../../../shared/schemas/cycling';

/** The cell's newest test, the one a continue or replace applies to (the main side's priorTestOfCell). */
export function newestTestOf(tests: readonly CyclingTestRow[] | undefined, except?: number): CyclingTestRow | undefined {
  return [...(tests ?? [])].filter((test) => test.id !== except && test.archivedAt === null).sort((a, b) => b.id - a.id)[0];
}

const CONTINUES = {
  file: 'continues it: stitched after its files into one test (the old one is archived)',
  test: (priorName: string) => `continues it: both tests' files stitched into one test named "${priorName}" (both archived, restorable)`,
};

export function WhenCellHasTestChoice({ priorName, coming, value, onChange, error }: {
  priorName: string;
  /** What comes to the cell: new files of an import, or a stored test being attached. */
  coming: 'file' | 'test';
  value: WhenCellHasTest | null;
  onChange: (value: WhenCellHasTest) => void;
  error?: string;
}) {
  return (
    <Radio.Group label={`This cell already has a test, "${priorName}". ${coming === 'file' ? 'The new file' : 'This test'}…`} value={value} onChange={(chosen) => onChange(chosen as WhenCellHasTest)} error={error}>
      <Stack gap={4} mt={4}>
        <Radio value="continue" label={coming === 'file' ? CONTINUES.file : CONTINUES.test(priorName)} />
        <Radio value="replace" label="replaces it: the old test is archived (kept, restorable)" />
        <Radio value="second" label="is a second test of this cell" />
      </Stack>
    </Radio.Group>
  );
}
