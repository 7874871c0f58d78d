// The planner's settings: how far a step's actual pressure, temperature or time may be from the
// plan before it needs a reason, and the working day the timeline marks overnight steps against.
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { api } from '../../../shared/api';
import { callApi } from '../api/client';
import { useApiQuery } from '../api/hooks';
import { FormProblem } from '../components/FormProblem';
import { notifySuccess } from '../components/notify';
import { UnitNumberInput } from '../components/UnitNumberInput';
import { useFormCheck } from '../components/use-form-check';

const numberOr = (value: number | string, fallback: number) => (typeof value === 'number' ? value : fallback);

export function PressingSettingsPanel() {
  const settings = useApiQuery('getPressingSettings', {});
  if (settings.error) return <Text c="red" role="alert">{settings.error.message}</Text>;
  return settings.data ? <SettingsForm initial={settings.data} /> : <Text c="dimmed">Loading…</Text>;
}

function SettingsForm({ initial }: { initial: { deviationTolerancePct: number; workdayStartHour: number; workdayEndHour: number } }) {
  const [draft, setDraft] = useState(initial);
  const check = useFormCheck({ schema: api.updatePressingSettings.input, value: draft, labels: { deviationTolerancePct: 'Deviation tolerance', workdayStartHour: 'Working day starts', workdayEndHour: 'Working day ends' } });
  return (
    <Paper withBorder p="md" maw={640}>
      <Title order={3} mb={4}>Planner settings</Title>
      <Text size="xs" c="dimmed" mb="sm">A recorded step further from its plan than the tolerance needs a reason; the timeline shows which steps fall outside the working day.</Text>
      <Stack gap="xs">
        <UnitNumberInput unit="%" label="Deviation tolerance" value={draft.deviationTolerancePct} onChange={(value) => setDraft({ ...draft, deviationTolerancePct: numberOr(value, Number.NaN) })} error={check.error('deviationTolerancePct')} w={220} />
        <Group gap="sm">
          <UnitNumberInput unit="h" label="Working day starts" value={draft.workdayStartHour} onChange={(value) => setDraft({ ...draft, workdayStartHour: numberOr(value, Number.NaN) })} error={check.error('workdayStartHour')} w={200} />
          <UnitNumberInput unit="h" label="Working day ends" value={draft.workdayEndHour} onChange={(value) => setDraft({ ...draft, workdayEndHour: numberOr(value, Number.NaN) })} error={check.error('workdayEndHour')} w={200} />
        </Group>
        <FormProblem check={check} />
        <Group>
          <Button loading={check.busy} onClick={() => void check.submit(() => callApi('updatePressingSettings', draft).then((saved) => notifySuccess(`Planner settings saved: tolerance ${saved.deviationTolerancePct} %`)))}>Save settings</Button>
        </Group>
      </Stack>
    </Paper>
  );
}
