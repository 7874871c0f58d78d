// The set points of one step, the right ones for its kind: a press's pressure (with its force on
// the die), temperature and dwell; a roll press's line load, gap, speed and passes beside the
// pressure as the user states it; an oven's temperature, time and atmosphere; a seal; a rest; the
// cycling fixture's stack pressure.
import { Group, NumberInput, Select, SimpleGrid } from '@mantine/core';
import { ATMOSPHERES } from '../../../shared/schemas/pressing';
import { numberOrNull } from '../components/form-validation';
import { UnitNumberInput } from '../components/UnitNumberInput';
import { DurationInput } from './DurationInput';
import { ATMOSPHERE_LABELS } from './labels';
import { PressureForceFields } from './PressureForceFields';
import type { StepDraft } from './step-draft';

interface StepFieldsProps {
  draft: StepDraft;
  set: (patch: Partial<StepDraft>) => void;
  error: (path: string) => string | undefined;
  areaCm2: number | null;
  areaSource: string | null;
}

const shown = (value: number | null | undefined) => (value === null || value === undefined ? '' : value);

export function StepFields({ draft, set, error, areaCm2, areaSource }: StepFieldsProps) {
  const temperature = (
    <UnitNumberInput w={150} label="Temperature" unit="°C" value={shown(draft.temperatureC)} onChange={(v) => set({ temperatureC: numberOrNull(v) })} error={error('temperatureC')} />
  );
  const duration = (label: string) => <DurationInput label={label} seconds={draft.durationS ?? null} onChange={(durationS) => set({ durationS })} error={error('durationS')} />;
  const pressure = (label: string, withForce: boolean) =>
    withForce ? (
      <PressureForceFields label={label} pressureMPa={draft.pressureMPa ?? null} onChange={(pressureMPa) => set({ pressureMPa })} areaCm2={areaCm2} areaSource={areaSource} error={error('pressureMPa')} />
    ) : (
      <UnitNumberInput w={170} label={label} unit="MPa" value={shown(draft.pressureMPa)} onChange={(v) => set({ pressureMPa: numberOrNull(v) })} error={error('pressureMPa')} />
    );

  switch (draft.kind) {
    case 'press':
      if (draft.method === 'roll_press') {
        return (
          <>
            <SimpleGrid cols={4}>
              <UnitNumberInput label="Line load" unit="kN/cm" value={shown(draft.lineLoadKNPerCm)} onChange={(v) => set({ lineLoadKNPerCm: numberOrNull(v) })} error={error('lineLoadKNPerCm')} />
              <UnitNumberInput label="Gap" unit="µm" value={shown(draft.gapUm)} onChange={(v) => set({ gapUm: numberOrNull(v) })} error={error('gapUm')} />
              <UnitNumberInput label="Speed" unit="m/min" value={shown(draft.speedMPerMin)} onChange={(v) => set({ speedMPerMin: numberOrNull(v) })} error={error('speedMPerMin')} />
              <NumberInput label="Passes" hideControls allowDecimal={false} value={shown(draft.passes)} onChange={(v) => set({ passes: numberOrNull(v) })} error={error('passes')} />
            </SimpleGrid>
            <Group gap="md" align="flex-start">
              {pressure('Pressure as stated', false)}
              {temperature}
              {duration('Contact time')}
            </Group>
          </>
        );
      }
      return (
        <>
          {pressure('Pressure', draft.method === 'uniaxial_press' || draft.method === 'hot_plate_press')}
          <Group gap="md" align="flex-start">
            {temperature}
            {duration('Dwell')}
          </Group>
        </>
      );
    case 'dry':
      return (
        <Group gap="md" align="flex-start">
          {temperature}
          {duration('Time')}
          <Select w={150} label="Atmosphere" data={ATMOSPHERES.map((value) => ({ value, label: ATMOSPHERE_LABELS[value] ?? value }))} value={draft.atmosphere ?? null} onChange={(atmosphere) => set({ atmosphere: atmosphere as StepDraft['atmosphere'] })} clearable />
        </Group>
      );
    case 'seal':
      return (
        <Group gap="md" align="flex-start">
          {draft.method === 'heat_seal' && temperature}
          {duration('Time')}
        </Group>
      );
    case 'fixture':
      return pressure('Stack pressure while cycling', true);
    case 'stack':
    case 'rest':
      return (
        <Group gap="md" align="flex-start">
          {draft.kind === 'rest' && temperature}
          {duration('Time')}
        </Group>
      );
  }
}
