// The ratings of one kind of equipment, each field with its unit.
import { Checkbox, Group, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { EquipmentSpecInput, Outline } from '../../../shared/schemas/pressing';
import { numberOrNull } from '../components/form-validation';
import { UnitNumberInput } from '../components/UnitNumberInput';

type Spec = EquipmentSpecInput;
interface FieldsProps {
  spec: Spec;
  onChange: (spec: Spec) => void;
  error: (path: string) => string | undefined;
}

/** A number shown as typed; an empty field is null (NaN while a required one is still empty). */
const shown = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : '');

function OutlineFields({ label, outline, onChange, error, optional }: { label: string; outline: Outline | null; onChange: (outline: Outline | null) => void; error?: string; optional: boolean }) {
  const shape = outline?.shape ?? 'none';
  const choices = [{ value: 'round', label: 'Round' }, { value: 'rect', label: 'Rectangular' }, ...(optional ? [{ value: 'none', label: 'Not entered' }] : [])];
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <Text size="sm" fw={500}>{label}</Text>
        <SegmentedControl
          size="xs"
          aria-label={`${label} shape`}
          value={shape}
          data={choices}
          onChange={(value) => onChange(value === 'none' ? null : value === 'round' ? { shape: 'round', diameterMm: Number.NaN } : { shape: 'rect', widthMm: Number.NaN, lengthMm: Number.NaN })}
        />
      </Group>
      {outline?.shape === 'round' && (
        <UnitNumberInput w={200} label={`${label} diameter`} unit="mm" value={shown(outline.diameterMm)} onChange={(v) => onChange({ shape: 'round', diameterMm: numberOrNull(v) ?? Number.NaN })} error={error} />
      )}
      {outline?.shape === 'rect' && (
        <Group gap="xs" align="flex-start">
          <UnitNumberInput w={160} label={`${label} width`} unit="mm" value={shown(outline.widthMm)} onChange={(v) => onChange({ ...outline, widthMm: numberOrNull(v) ?? Number.NaN })} error={error} />
          <UnitNumberInput w={160} label={`${label} length`} unit="mm" value={shown(outline.lengthMm)} onChange={(v) => onChange({ ...outline, lengthMm: numberOrNull(v) ?? Number.NaN })} />
        </Group>
      )}
    </Stack>
  );
}

export function EquipmentSpecFields({ spec, onChange, error }: FieldsProps) {
  const set = (patch: Record<string, unknown>) => onChange({ ...spec, ...patch } as Spec);
  const values = spec as Record<string, unknown>;
  const number = (key: string, label: string, unit: string) => (
    <UnitNumberInput key={key} label={label} unit={unit} value={shown(values[key])} onChange={(v) => set({ [key]: numberOrNull(v) })} error={error(`spec.${key}`)} />
  );
  const temperature = number('maxTemperatureC', 'Maximum temperature', '°C');

  switch (spec.kind) {
    case 'uniaxial_press':
      return (
        <Stack gap="sm">
          <Group gap="xs" align="flex-end">
            <UnitNumberInput w={200} label="Maximum force" unit={spec.maxForceUnit ?? 'kN'} value={shown(spec.maxForce)} onChange={(v) => set({ maxForce: numberOrNull(v) })} error={error('spec.maxForce')} />
            <SegmentedControl aria-label="Force unit" value={spec.maxForceUnit ?? 'kN'} data={[{ value: 'kN', label: 'kN' }, { value: 'tf', label: 'tonne-force' }]} onChange={(unit) => set({ maxForceUnit: unit })} />
          </Group>
          <OutlineFields label="Platen" optional outline={spec.platen ?? null} onChange={(platen) => set({ platen })} error={error('spec.platen')} />
          <Group gap="md" align="flex-end">
            <Checkbox label="Heated platens" checked={spec.heated ?? false} onChange={(event) => set({ heated: event.currentTarget.checked })} />
            {spec.heated && temperature}
          </Group>
        </Stack>
      );
    case 'die':
      return (
        <Stack gap="sm">
          <OutlineFields label="Bore" optional={false} outline={spec.bore} onChange={(bore) => bore && set({ bore })} error={error('spec.bore')} />
          <SimpleGrid cols={3}>
            {number('maxPressureMPa', 'Maximum pressure', 'MPa')}
            {temperature}
            <TextInput label="Die material" value={spec.material ?? ''} onChange={(event) => set({ material: event.currentTarget.value })} />
          </SimpleGrid>
        </Stack>
      );
    case 'roll_press':
      return (
        <Stack gap="sm">
          <SimpleGrid cols={3}>
            {number('maxLineLoadKNPerCm', 'Maximum line load', 'kN/cm')}
            {number('rollDiameterMm', 'Roll diameter', 'mm')}
            {number('rollWidthMm', 'Roll width', 'mm')}
            {number('gapMinUm', 'Smallest gap', 'µm')}
            {number('gapMaxUm', 'Largest gap', 'µm')}
            <span />
            {number('speedMinMPerMin', 'Slowest speed', 'm/min')}
            {number('speedMaxMPerMin', 'Fastest speed', 'm/min')}
          </SimpleGrid>
          <Group gap="md" align="flex-end">
            <Checkbox label="Heated rolls" checked={spec.heated ?? false} onChange={(event) => set({ heated: event.currentTarget.checked })} />
            {spec.heated && temperature}
          </Group>
        </Stack>
      );
    case 'isostatic_press':
      return (
        <Stack gap="sm">
          <SegmentedControl aria-label="Isostatic press type" w="fit-content" value={spec.isostatic} data={[{ value: 'wip', label: 'Warm (WIP)' }, { value: 'cip', label: 'Cold (CIP)' }]} onChange={(isostatic) => set({ isostatic })} />
          <SimpleGrid cols={2}>
            {number('maxPressureMPa', 'Maximum pressure', 'MPa')}
            {temperature}
            {number('vesselDiameterMm', 'Vessel diameter', 'mm')}
            {number('vesselLengthMm', 'Vessel length', 'mm')}
          </SimpleGrid>
        </Stack>
      );
    case 'oven':
      return (
        <Group gap="md" align="flex-end">
          <Checkbox label="Vacuum oven" checked={spec.vacuum ?? false} onChange={(event) => set({ vacuum: event.currentTarget.checked })} />
          {temperature}
        </Group>
      );
    case 'glovebox':
      return <Select w={200} label="Atmosphere" data={['argon', 'nitrogen', 'dry air']} value={spec.atmosphere ?? null} onChange={(atmosphere) => set({ atmosphere })} clearable />;
  }
}
