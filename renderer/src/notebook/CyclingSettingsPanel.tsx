// The numbers behind the lifespan grade and the short-circuit flags. The patent fixes the grade's
// reference (cycle 1, 80 %); the short-circuit thresholds are Cellbook's own heuristics, so a lab
// sets them here. Saving re-checks every test.
import { Button, Group, NumberInput, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { cyclingSettingsUpdateSchema, type CyclingSettings } from '../../../shared/schemas/cycling';
import { callApi } from '../api/client';
import { useApiQuery } from '../api/hooks';
import { FormProblem } from '../components/FormProblem';
import { notifySuccess } from '../components/notify';
import { useFormCheck } from '../components/use-form-check';

type Draft = CyclingSettings;

const FIELDS: Array<{ group: 'lifespan' | 'shortCircuit'; key: string; label: string; unit: string; scale: number; step: number }> = [
  { group: 'lifespan', key: 'referenceCycle', label: 'Standard capacity from cycle', unit: '', scale: 1, step: 1 },
  { group: 'lifespan', key: 'retention', label: 'Lifespan ends at', unit: '% of the standard', scale: 100, step: 1 },
  { group: 'shortCircuit', key: 'voltageDropV', label: 'Voltage drop during a CC charge above', unit: 'mV', scale: 1000, step: 5 },
  { group: 'shortCircuit', key: 'settleS', label: 'Ignore the first', unit: 's of each charge', scale: 1, step: 10 },
  { group: 'shortCircuit', key: 'stallRiseV', label: 'Voltage stalled: rise below', unit: 'mV', scale: 1000, step: 1 },
  { group: 'shortCircuit', key: 'stallWindowFraction', label: '… over the last', unit: '% of the charge', scale: 100, step: 1 },
  { group: 'shortCircuit', key: 'minCoulombicEfficiency', label: 'Efficiency collapsed: below', unit: '%', scale: 100, step: 5 },
  { group: 'shortCircuit', key: 'collapseBelowV', label: 'Voltage collapsed: below', unit: 'V', scale: 1, step: 0.1 },
  { group: 'shortCircuit', key: 'collapseAfterAboveV', label: '… after having been above', unit: 'V', scale: 1, step: 0.1 },
  { group: 'shortCircuit', key: 'constantCurrentTolerance', label: 'Constant current within', unit: '% of the median', scale: 100, step: 1 },
];

const SETTING_LABELS = Object.fromEntries(FIELDS.map((field) => [`${field.group}.${field.key}`, field.label.replace(/^… /, '')]));

export function CyclingSettingsPanel() {
  const settings = useApiQuery('getCyclingSettings', {});
  if (!settings.data) return null;
  return <SettingsForm saved={settings.data} />;
}

function SettingsForm({ saved }: { saved: CyclingSettings }) {
  const [draft, setDraft] = useState<Draft | null>(null);
  const [unchanged, setUnchanged] = useState(false);
  const shown = draft ?? saved;
  const check = useFormCheck({ schema: cyclingSettingsUpdateSchema, value: shown, labels: SETTING_LABELS });
  const value = (group: 'lifespan' | 'shortCircuit', key: string) => (shown[group] as Record<string, number>)[key]!;
  const set = (group: 'lifespan' | 'shortCircuit', key: string, next: number) => setDraft({ ...shown, [group]: { ...shown[group], [key]: next } });
  const save = async () => {
    setUnchanged(draft === null);
    if (!draft) return;
    const result = await check.submit(() => callApi('updateCyclingSettings', draft));
    if (!result) return;
    setDraft(null);
    notifySuccess('Cycling settings saved; every test was re-checked with them');
  };
  return (
    <Paper withBorder p="md" data-testid="cycling-settings">
      <Title order={3}>Cycling settings</Title>
      <Text size="xs" c="dimmed" mb="sm">
        The lifespan grade follows the patent's Table 1 (standard capacity of cycle 1, lifespan at 80 %). The short-circuit flags are Cellbook's own heuristics, not the
        patent's: a flag is a prompt to look at the data.
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm" verticalSpacing="xs">
        {FIELDS.map((field) => (
          <NumberInput
            key={field.key}
            label={field.label}
            rightSection={<Text size="xs" c="dimmed" pr={6}>{field.unit}</Text>}
            rightSectionWidth={field.unit.length * 6 + 16}
            step={field.step}
            decimalScale={3}
            value={Number.isFinite(value(field.group, field.key)) ? Number((value(field.group, field.key) * field.scale).toPrecision(6)) : ''}
            onChange={(next) => set(field.group, field.key, typeof next === 'number' ? next / field.scale : Number.NaN)}
            error={check.error(`${field.group}.${field.key}`)}
          />
        ))}
      </SimpleGrid>
      <FormProblem check={check} />
      {unchanged && draft === null && <Text size="sm" c="dimmed" role="status">Nothing to save: no setting was changed.</Text>}
      <Group justify="flex-end" mt="sm">
        <Button variant="default" disabled={!draft} onClick={() => setDraft(null)} title={draft ? undefined : 'nothing changed yet'}>Undo changes</Button>
        <Button loading={check.busy} onClick={() => void save()}>Save and re-check tests</Button>
      </Group>
    </Paper>
  );
}
