// The cycling protocol for this build (the patent's by default) and the current to type into
// the tester, computed from the build's cathode area.
import { Button, Group, Modal, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { BuildDerived } from '../../../shared/cells/derived';
import type { CyclingProtocol } from '../../../shared/cells/types';
import { PATENT_PROTOCOL } from '../../../shared/cells/types';
import { updateBuildSchema } from '../../../shared/schemas/builds';
import { callApi } from '../api/client';
import { FactGrid } from '../components/FactGrid';
import { numberOrNull } from '../components/form-validation';
import { FormProblem } from '../components/FormProblem';
import { UnitNumberInput } from '../components/UnitNumberInput';
import { useFormCheck } from '../components/use-form-check';
import { num } from './format';

const FIELDS: Array<[keyof CyclingProtocol, string, string]> = [
  ['currentDensityMACm2', 'Current density', 'mA/cm²'],
  ['chargeLimitH', 'Charge time limit', 'h'],
  ['dischargeLimitH', 'Discharge time limit', 'h'],
  ['lowerCutoffV', 'Lower cut-off', 'V'],
  ['upperCutoffV', 'Upper cut-off', 'V'],
  ['temperatureC', 'Temperature', '°C'],
  ['cycles', 'Cycles', 'cycles'],
];

const PROTOCOL_LABELS = Object.fromEntries(FIELDS.map(([key, label]) => [`protocol.${key}`, label]));

function ProtocolEditor({ buildId, protocol, onClose }: { buildId: number; protocol: CyclingProtocol; onClose: () => void }) {
  const [draft, setDraft] = useState<Record<string, number | string>>({ ...protocol });
  const parsed = Object.fromEntries(Object.entries(draft).map(([key, value]) => [key, numberOrNull(value) ?? Number.NaN]));
  const input = { id: buildId, changes: {}, protocol: parsed as unknown as CyclingProtocol };
  const check = useFormCheck({ schema: updateBuildSchema, value: input, labels: PROTOCOL_LABELS });
  const save = async () => {
    const saved = await check.submit(() => callApi('updateBuild', input));
    if (saved) onClose();
  };
  return (
    <Modal opened onClose={onClose} title="Cycling protocol">
      <Stack gap="sm">
        <SimpleGrid cols={2} spacing="sm">
          {FIELDS.map(([key, label, unit]) => (
            <UnitNumberInput key={key} label={label} unit={unit} value={draft[key]} onChange={(value) => setDraft({ ...draft, [key]: value })} error={check.error(`protocol.${key}`)} />
          ))}
        </SimpleGrid>
        <FormProblem check={check} />
        <Group justify="space-between">
          <Button variant="subtle" onClick={() => setDraft({ ...PATENT_PROTOCOL })}>The patent's protocol</Button>
          <Group gap="xs">
            <Button variant="default" onClick={onClose}>Cancel</Button>
            <Button onClick={() => void save()} loading={check.busy}>Save</Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}

export function ProtocolPanel({ buildId, protocol, derived, editable }: { buildId: number; protocol: CyclingProtocol; derived: BuildDerived; editable: boolean }) {
  const [editing, setEditing] = useState(false);
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="sm">
        <Title order={3}>Cycling protocol</Title>
        {editable && <Button size="compact-sm" variant="default" onClick={() => setEditing(true)}>Edit</Button>}
      </Group>
      <Text size="sm" mb="xs">
        Set the tester to <b data-testid="protocol-current">{num(derived.currentMA, 'mA')}</b> ({num(protocol.currentDensityMACm2, 'mA/cm²')} × {num(derived.s1CathodeAreaCm2, 'cm²')} × {derived.cathodeFaces} face{derived.cathodeFaces === 1 ? '' : 's'})
        {derived.cRate !== null ? `, ${cRateText(derived.cRate)} on ${num(derived.theoreticalCapacityMAh, 'mAh')}` : '; C-rate needs the specific capacity of the cathode active material'}.
      </Text>
      <FactGrid
        cols={4}
        facts={[
          { label: 'Charge', value: `CC to ${num(protocol.upperCutoffV, 'V')}, at most ${num(protocol.chargeLimitH, 'h')}` },
          { label: 'Discharge', value: `CC to ${num(protocol.lowerCutoffV, 'V')}, at most ${num(protocol.dischargeLimitH, 'h')}` },
          { label: 'Temperature', value: num(protocol.temperatureC, '°C') },
          { label: 'Cycles', value: num(protocol.cycles, '') },
        ]}
      />
      {editing && <ProtocolEditor buildId={buildId} protocol={protocol} onClose={() => setEditing(false)} />}
    </Paper>
  );
}

/** 0.14 /h reads "C/7.1" as labs say it; 1 /h and faster read "2C". */
export function cRateText(cRate: number): string {
  return cRate >= 1 ? `${num(cRate, '', 2)}C` : `C/${num(1 / cRate, '', 2)}`;
}
