// dQ/dV's method settings: the voltage bin width and the smoothing over bins.
import { Group, NumberInput, Select } from '@mantine/core';
import type { DqdvSettings, Smoothing } from '../../../../shared/schemas/plots';

const SMOOTHING: Array<{ value: Smoothing['kind']; label: string }> = [
  { value: 'savitzky_golay', label: 'Savitzky–Golay' },
  { value: 'moving_average', label: 'Moving average' },
  { value: 'none', label: 'None' },
];

function odd(n: number, min: number): number {
  const whole = Math.max(min, Math.min(51, Math.round(n)));
  return whole % 2 === 1 ? whole : whole + 1;
}

export function DqdvSettingsForm({ value, onChange }: { value: DqdvSettings; onChange: (settings: DqdvSettings) => void }) {
  const smoothing = value.smoothing;
  const setSmoothing = (kind: Smoothing['kind'], windowBins: number) =>
    onChange({ ...value, smoothing: kind === 'none' ? { kind } : { kind, windowBins: odd(windowBins, kind === 'savitzky_golay' ? 5 : 3) } });
  const windowBins = smoothing.kind === 'none' ? 9 : smoothing.windowBins;
  return (
    <Group gap="xs" align="flex-end">
      <NumberInput size="xs" w={100} label="Bin width (mV)" min={0.5} max={200} step={1} decimalScale={1} value={value.binWidthMV} onChange={(bin) => typeof bin === 'number' && bin >= 0.5 && bin <= 200 && onChange({ ...value, binWidthMV: bin })} />
      <Select size="xs" w={150} label="Smoothing" data={SMOOTHING} value={smoothing.kind} allowDeselect={false} onChange={(kind) => kind && setSmoothing(kind as Smoothing['kind'], windowBins)} />
      {smoothing.kind !== 'none' && (
        <NumberInput size="xs" w={110} label="Window (bins, odd)" min={smoothing.kind === 'savitzky_golay' ? 5 : 3} max={51} step={2} value={windowBins} onChange={(bins) => typeof bins === 'number' && setSmoothing(smoothing.kind, bins)} />
      )}
    </Group>
  );
}
