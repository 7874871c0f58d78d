// The automatic backups' settings: a scheduled backup every N hours while Cellbook is open (only
// when the notebook changed), and how many days automatic backups are kept. Backups before a
// restore, an .eln import, a bulk import or a schema update are always taken.
import { Button, Group, Stack, Switch, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { api } from '../../../shared/api';
import type { AutomaticBackupSettings } from '../../../shared/backups/automatic-backups';
import { callApi } from '../api/client';
import { useApiQuery } from '../api/hooks';
import { FormProblem } from '../components/FormProblem';
import { notifySuccess } from '../components/notify';
import { UnitNumberInput } from '../components/UnitNumberInput';
import { useFormCheck } from '../components/use-form-check';

const numberOr = (value: number | string) => (typeof value === 'number' ? value : Number.NaN);

export function AutomaticBackupsForm() {
  const settings = useApiQuery('getAutomaticBackupSettings', {});
  if (settings.error) return <Text c="red" role="alert">{settings.error.message}</Text>;
  return settings.data ? <SettingsForm initial={settings.data} /> : <Text size="sm" c="dimmed">Loading…</Text>;
}

function SettingsForm({ initial }: { initial: AutomaticBackupSettings }) {
  const [draft, setDraft] = useState(initial);
  const check = useFormCheck({ schema: api.updateAutomaticBackupSettings.input, value: draft, labels: { scheduleEnabled: 'Scheduled backups', everyHours: 'Back up every', keepDays: 'Keep automatic backups for' } });
  const save = () =>
    check.submit(() =>
      callApi('updateAutomaticBackupSettings', draft).then((saved) =>
        notifySuccess(saved.scheduleEnabled ? `Automatic backups: every ${saved.everyHours} h, kept ${saved.keepDays} days` : `Scheduled backups off; automatic backups before risky operations are kept ${saved.keepDays} days`),
      ),
    );
  return (
    <Stack gap="xs" mt="md" maw={640}>
      <Title order={4}>Automatic backups</Title>
      <Text size="xs" c="dimmed">
        Taken before a restore, an .eln import, a bulk import and a schema update, and on a schedule while Cellbook is open when the notebook changed. Each is verified; automatic backups older than the kept days are deleted, never manual ones and never the newest verified backup.
      </Text>
      <Switch label="Scheduled backups while Cellbook is open" checked={draft.scheduleEnabled} onChange={(event) => setDraft({ ...draft, scheduleEnabled: event.currentTarget.checked })} />
      <Group gap="sm" align="flex-start">
        <UnitNumberInput unit="h" label="Back up every" value={draft.everyHours} onChange={(value) => setDraft({ ...draft, everyHours: numberOr(value) })} error={check.error('everyHours')} w={200} disabled={!draft.scheduleEnabled} />
        <UnitNumberInput unit="days" label="Keep automatic backups for" value={draft.keepDays} onChange={(value) => setDraft({ ...draft, keepDays: numberOr(value) })} error={check.error('keepDays')} w={240} />
      </Group>
      <FormProblem check={check} />
      <Group>
        <Button variant="default" loading={check.busy} onClick={() => void save()}>Save backup settings</Button>
      </Group>
    </Stack>
  );
}
