// Which cycles a plot shows: first, last, both, every Nth, a list or a range.
import { Group, MultiSelect, NumberInput, Select } from '@mantine/core';
import type { CycleSelection } from '../../../../shared/schemas/plots';

const KINDS: Array<{ value: CycleSelection['kind']; label: string }> = [
  { value: 'firstAndLast', label: 'First and last' },
  { value: 'first', label: 'First' },
  { value: 'last', label: 'Last' },
  { value: 'every', label: 'Every Nth' },
  { value: 'list', label: 'A list' },
  { value: 'range', label: 'A range' },
];

interface CycleSelectionPickerProps {
  value: CycleSelection;
  onChange: (selection: CycleSelection) => void;
  /** The test's cycle numbers, ascending. */
  cycles: readonly number[];
  label?: string;
}

function initial(kind: CycleSelection['kind'], cycles: readonly number[]): CycleSelection {
  const first = cycles[0] ?? 1;
  const last = cycles.at(-1) ?? 1;
  if (kind === 'every') return { kind, n: Math.max(1, Math.round((last - first) / 8)), from: first };
  if (kind === 'list') return { kind, cycles: [...new Set([first, last])] };
  if (kind === 'range') return { kind, from: first, to: Math.min(last, first + 9) };
  return { kind };
}

export function CycleSelectionPicker({ value, onChange, cycles, label = 'Cycles' }: CycleSelectionPickerProps) {
  const last = cycles.at(-1) ?? 1;
  const whole = (input: string | number, fallback: number) => (typeof input === 'number' && Number.isInteger(input) && input >= 1 ? input : fallback);
  return (
    <Group gap="xs" align="flex-end" wrap="wrap">
      <Select size="xs" w={140} label={label} data={KINDS} value={value.kind} allowDeselect={false} onChange={(kind) => kind && onChange(initial(kind as CycleSelection['kind'], cycles))} />
      {value.kind === 'every' && (
        <>
          <NumberInput size="xs" w={90} label="Every (cycles)" min={1} max={last} value={value.n} onChange={(n) => onChange({ ...value, n: whole(n, value.n) })} />
          <NumberInput size="xs" w={90} label="From cycle" min={1} max={last} value={value.from} onChange={(from) => onChange({ ...value, from: whole(from, value.from) })} />
        </>
      )}
      {value.kind === 'range' && (
        <>
          <NumberInput size="xs" w={90} label="From cycle" min={1} max={last} value={value.from} onChange={(from) => onChange({ ...value, from: whole(from, value.from), to: Math.max(value.to, whole(from, value.from)) })} />
          <NumberInput size="xs" w={90} label="To cycle" min={value.from} max={last} value={value.to} onChange={(to) => onChange({ ...value, to: Math.max(value.from, whole(to, value.to)) })} />
        </>
      )}
      {value.kind === 'list' && (
        <MultiSelect
          size="xs"
          miw={200}
          maw={360}
          label="Cycle numbers"
          searchable
          data={cycles.map(String)}
          value={value.cycles.map(String)}
          onChange={(values) => values.length > 0 && onChange({ kind: 'list', cycles: values.map(Number).sort((a, b) => a - b) })}
        />
      )}
    </Group>
  );
}
