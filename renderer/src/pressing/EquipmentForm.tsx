// Add or change an item of the equipment register: its name, kind, ratings with their units, and
// whether it is out of service. A rating left empty stays empty; Cellbook never fills one in.
import { Button, Checkbox, Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { createEquipmentSchema, EQUIPMENT_KINDS, type Equipment, type EquipmentKind, type EquipmentSpecInput } from '../../../shared/schemas/pressing';
import { callApi } from '../api/client';
import { FormProblem } from '../components/FormProblem';
import { useFormCheck } from '../components/use-form-check';
import { EquipmentSpecFields } from './EquipmentSpecFields';
import { EQUIPMENT_KIND_LABELS } from './labels';

const EMPTY_SPECS: Record<EquipmentKind, EquipmentSpecInput> = {
  uniaxial_press: { kind: 'uniaxial_press', maxForce: null, maxForceUnit: 'tf', platen: null, heated: false, maxTemperatureC: null },
  die: { kind: 'die', bore: { shape: 'round', diameterMm: Number.NaN }, maxPressureMPa: null, material: null, maxTemperatureC: null },
  roll_press: { kind: 'roll_press', maxLineLoadKNPerCm: null, rollDiameterMm: null, rollWidthMm: null, gapMinUm: null, gapMaxUm: null, speedMinMPerMin: null, speedMaxMPerMin: null, heated: false, maxTemperatureC: null },
  isostatic_press: { kind: 'isostatic_press', isostatic: 'wip', maxPressureMPa: null, maxTemperatureC: null, vesselDiameterMm: null, vesselLengthMm: null },
  oven: { kind: 'oven', vacuum: true, maxTemperatureC: null },
  glovebox: { kind: 'glovebox', atmosphere: 'argon' },
};

export const SPEC_LABELS: Record<string, string> = {
  name: 'Name',
  'spec.maxForce': 'Maximum force',
  'spec.platen': 'Platen',
  'spec.bore': 'Bore',
  'spec.maxPressureMPa': 'Maximum pressure',
  'spec.maxTemperatureC': 'Maximum temperature',
  'spec.material': 'Die material',
  'spec.maxLineLoadKNPerCm': 'Maximum line load',
  'spec.rollDiameterMm': 'Roll diameter',
  'spec.rollWidthMm': 'Roll width',
  'spec.gapMinUm': 'Smallest gap',
  'spec.gapMaxUm': 'Largest gap',
  'spec.speedMinMPerMin': 'Slowest speed',
  'spec.speedMaxMPerMin': 'Fastest speed',
  'spec.vesselDiameterMm': 'Vessel diameter',
  'spec.vesselLengthMm': 'Vessel length',
  'spec.atmosphere': 'Atmosphere',
  outOfServiceReason: 'Why out of service',
  notes: 'Notes',
};

export function EquipmentForm({ item, onClose }: { item: Equipment | null; onClose: () => void }) {
  const [name, setName] = useState(item?.name ?? '');
  const [spec, setSpec] = useState<EquipmentSpecInput>(item?.spec ?? EMPTY_SPECS.uniaxial_press);
  const [outOfService, setOutOfService] = useState(item?.outOfService ?? false);
  const [reason, setReason] = useState(item?.outOfServiceReason ?? '');
  const [notes, setNotes] = useState(item?.notes ?? '');
  const draft = { name, spec, outOfService, outOfServiceReason: outOfService ? reason : null, notes };
  const check = useFormCheck({ schema: createEquipmentSchema, value: draft, labels: SPEC_LABELS });

  const save = () =>
    check.submit(async () => {
      if (item) await callApi('updateEquipment', { id: item.id, changes: draft });
      else await callApi('createEquipment', draft);
      onClose();
    });

  return (
    <Modal opened onClose={onClose} title={item ? `Edit ${item.name}` : 'Add equipment'} size="lg">
      <Stack gap="sm">
        <Group grow align="flex-start">
          <TextInput label="Name" required value={name} onChange={(event) => setName(event.currentTarget.value)} error={check.error('name')} data-autofocus />
          <Select
            label="Kind"
            disabled={item !== null}
            allowDeselect={false}
            data={EQUIPMENT_KINDS.map((kind) => ({ value: kind, label: EQUIPMENT_KIND_LABELS[kind] }))}
            value={spec.kind}
            onChange={(kind) => kind && setSpec(EMPTY_SPECS[kind as EquipmentKind])}
          />
        </Group>
        <EquipmentSpecFields spec={spec} onChange={setSpec} error={check.error} />
        <Checkbox label="Out of service" checked={outOfService} onChange={(event) => setOutOfService(event.currentTarget.checked)} />
        {outOfService && <TextInput label="Why out of service" value={reason} onChange={(event) => setReason(event.currentTarget.value)} error={check.error('outOfServiceReason')} />}
        <Textarea label="Notes" autosize minRows={2} value={notes} onChange={(event) => setNotes(event.currentTarget.value)} />
        <FormProblem check={check} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>Cancel</Button>
          <Button onClick={() => void save()} loading={check.busy}>{item ? 'Save' : 'Add to the register'}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
