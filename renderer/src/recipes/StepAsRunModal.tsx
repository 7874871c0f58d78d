// Record how a step was actually run: its times, the oven and temperature as set, and notes.
import { Button, Group, Modal, Select, Stack, Textarea } from '@mantine/core';
import { DateTimePicker } from '@mantine/dates';
import { useState } from 'react';
import { recordBatchStepSchema, type BatchStep } from '../../../shared/schemas/batches';
import { callApi } from '../api/client';
import { numberOrNull } from '../components/form-validation';
import { FormProblem } from '../components/FormProblem';
import { useFormCheck } from '../components/use-form-check';
import { UnitNumberInput } from '../components/UnitNumberInput';

/** Mantine's pickers speak "YYYY-MM-DD HH:mm:ss" in local time; the notebook stores ISO instants. */
function toPicker(iso: string | null): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}:00`;
}

function fromPicker(value: string | null): string | null {
  return value ? new Date(value.replace(' ', 'T')).toISOString() : null;
}

export function StepAsRunModal({ step, onClose }: { step: BatchStep; onClose: () => void }) {
  const [startedAt, setStartedAt] = useState<string | null>(toPicker(step.startedAt));
  const [endedAt, setEndedAt] = useState<string | null>(toPicker(step.endedAt));
  const [temperature, setTemperature] = useState<number | string>(step.actual.temperatureC ?? step.step.params.temperatureC ?? '');
  const [oven, setOven] = useState<string | null>(step.actual.oven ?? step.step.params.oven ?? null);
  const [notes, setNotes] = useState(step.notes ?? '');
  const draft = {
    id: step.id,
    startedAt: fromPicker(startedAt),
    endedAt: fromPicker(endedAt),
    actual: { temperatureC: numberOrNull(temperature), oven: (oven as 'convection' | 'vacuum' | null) ?? null },
    notes: notes.trim() || null,
  };
  const check = useFormCheck({ schema: recordBatchStepSchema, value: draft, labels: { startedAt: 'Started', endedAt: 'Ended', 'actual.temperatureC': 'Temperature as set', 'actual.oven': 'Oven', notes: 'Notes' } });
  const save = async () => {
    const saved = await check.submit(() => callApi('recordBatchStep', draft));
    if (saved) onClose();
  };
  return (
    <Modal opened onClose={onClose} title={`As run: ${step.step.title}`}>
      <Stack gap="sm">
        <Group grow>
          <DateTimePicker label="Started" value={startedAt} onChange={setStartedAt} clearable valueFormat="YYYY-MM-DD HH:mm" error={check.error('startedAt')} />
          <DateTimePicker label="Ended" value={endedAt} onChange={setEndedAt} clearable valueFormat="YYYY-MM-DD HH:mm" error={check.error('endedAt')} />
        </Group>
        <Group grow>
          <UnitNumberInput label="Temperature as set" unit="°C" value={temperature} onChange={setTemperature} error={check.error('actual.temperatureC')} />
          <Select label="Oven" clearable value={oven} onChange={setOven} data={[{ value: 'convection', label: 'Convection' }, { value: 'vacuum', label: 'Vacuum' }]} />
        </Group>
        <Textarea label="Notes" autosize minRows={2} value={notes} onChange={(event) => setNotes(event.currentTarget.value)} error={check.error('notes')} />
        <FormProblem check={check} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>Cancel</Button>
          <Button onClick={() => void save()} loading={check.busy}>Save</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
