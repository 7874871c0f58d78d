// Which cell a cycling test belongs to: a build, then one of its cells; or no cell yet.
import { Group, Select } from '@mantine/core';
import { useApiQuery } from '../api/hooks';

export interface CellChoice {
  buildId: number | null;
  cellId: number | null;
}

/** `error`: the cell field's sentence from the form's check (see useFormCheck). */
export function CellPicker({ value, onChange, error }: { value: CellChoice; onChange: (choice: CellChoice) => void; error?: string }) {
  const builds = useApiQuery('listBuilds', { status: 'active' });
  const build = useApiQuery('getBuild', { id: value.buildId ?? 0 }, { enabled: value.buildId !== null });
  const cells = value.buildId !== null ? (build.data?.cells ?? []) : [];
  return (
    <Group gap="sm" align="flex-start">
      <Select
        label="Build"
        placeholder="No build: an unassigned dataset"
        searchable
        clearable
        w={260}
        data={(builds.data ?? []).map((candidate) => ({ value: String(candidate.id), label: candidate.name }))}
        value={value.buildId === null ? null : String(value.buildId)}
        onChange={(id) => onChange({ buildId: id ? Number(id) : null, cellId: null })}
      />
      <Select
        label="Cell"
        placeholder={value.buildId === null ? '—' : cells.length === 0 ? 'the build has no cells' : 'choose a cell'}
        disabled={value.buildId === null || cells.length === 0}
        w={200}
        data={cells.map((cell) => ({ value: String(cell.id), label: `${cell.label} (${cell.status.replace('_', ' ')})` }))}
        value={value.cellId === null ? null : String(value.cellId)}
        onChange={(id) => onChange({ ...value, cellId: id ? Number(id) : null })}
        error={error}
      />
    </Group>
  );
}
