// Tick a step off with what was actually done: the gauge reading (a pressure, or a force in kN or
// tonne-force, whichever the press shows), temperature, time, who did it, notes and photos.
// A reading further from the plan than the tolerance is highlighted and needs a reason; the
// step's checks are re-run at the reading, so a deviation that breaks a window shows at once.
import { Alert, Button, Group, Modal, SegmentedControl, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { actualPressureMPa, stepDeviations } from '../../../shared/pressing/deviation';
import { recordPressStepSchema, type PlanStep, type PressPlan } from '../../../shared/schemas/pressing';
import { formatQuantity } from '../../../shared/format/quantity';
import { callApi } from '../api/client';
import { useApiQuery } from '../api/hooks';
import { AttachmentsPanel } from '../components/AttachmentsPanel';
import { numberOrNull } from '../components/form-validation';
import { FormProblem } from '../components/FormProblem';
import { UnitNumberInput } from '../components/UnitNumberInput';
import { useFormCheck } from '../components/use-form-check';
import { DeviationBadge } from './ActualSummary';
import { DurationInput } from './DurationInput';
import { stepTitle } from './PlanStepsTable';
import { draftOf, setPointsText } from './step-draft';
import { StepChecks } from './StepChecks';

type Gauge = 'MPa' | 'kN' | 'tf';

const LABELS = { 'actual.pressureMPa': 'Gauge reading', 'actual.forceKN': 'Gauge reading', 'actual.forceTf': 'Gauge reading', 'actual.temperatureC': 'Temperature', 'actual.durationS': 'Time', 'actual.operator': 'Operator', deviationReason: 'Reason for the deviation' };

export function RecordStepModal({ plan, step, onClose }: { plan: PressPlan; step: PlanStep; onClose: () => void }) {
  const info = useApiQuery('getNotebookInfo', {});
  const pressing = step.pressureMPa !== null;
  const [gauge, setGauge] = useState<Gauge>(step.forceKN !== null ? 'tf' : 'MPa');
  const [reading, setReading] = useState<number | string>('');
  const [temperature, setTemperature] = useState<number | string>(step.temperatureC ?? '');
  const [durationS, setDurationS] = useState<number | null>(step.durationS);
  const [operator, setOperator] = useState(info.data?.operator ?? '');
  const [notes, setNotes] = useState('');
  const [reason, setReason] = useState('');
  const value = numberOrNull(reading);
  const actual = {
    pressureMPa: gauge === 'MPa' ? value : null,
    forceKN: gauge === 'kN' ? value : null,
    forceTf: gauge === 'tf' ? value : null,
    temperatureC: numberOrNull(temperature),
    durationS,
    operator: operator.trim() || null,
    notes: notes.trim() || null,
  };
  // The pressure the reading stands for on this step's area (a force on the gauge / the area).
  const readPressureMPa = value === null || value <= 0 ? null : actualPressureMPa(actual, step.areaCm2);
  const deviations = stepDeviations(step, actual, step.areaCm2, plan.deviationTolerancePct);
  const beyond = deviations.some((deviation) => deviation.beyondTolerance);
  const draft = { stepId: step.id, actual, deviationReason: reason.trim() || null, status: 'done' as const };
  const check = useFormCheck({ schema: recordPressStepSchema, value: draft, labels: LABELS });
  const atReading = { ...draftOf(step), pressureMPa: readPressureMPa ?? step.pressureMPa, temperatureC: actual.temperatureC ?? step.temperatureC, pressureConfirmed: true };
  const preview = useApiQuery('previewPressStep', { buildId: plan.buildId, step: atReading, index: step.position }, { enabled: pressing && readPressureMPa !== null, placeholderData: keepPreviousData });
  const broken = (preview.data?.checks ?? []).filter((result) => result.status === 'fail' || result.status === 'warn');

  const save = () =>
    check.submit(async () => {
      if (beyond && !draft.deviationReason) throw new Error('Give a reason for the deviation beyond the tolerance: nothing was recorded.');
      await callApi('recordPressStep', draft);
      onClose();
    });

  return (
    <Modal opened onClose={onClose} title={`Record step ${step.position + 1}: ${stepTitle(step)}`} size="xl">
      <Stack gap="sm">
        <Text size="sm">Planned: {setPointsText(step)}</Text>
        {pressing && (
          <Group gap="xs" align="flex-end">
            <UnitNumberInput w={170} label="Gauge reading" unit={gauge} value={reading} onChange={setReading} error={check.error('actual')} data-autofocus />
            <SegmentedControl aria-label="The gauge shows" value={gauge} onChange={(unit) => setGauge(unit as Gauge)} data={[{ value: 'MPa', label: 'MPa' }, { value: 'kN', label: 'kN', disabled: step.areaCm2 === null }, { value: 'tf', label: 'tonne-force', disabled: step.areaCm2 === null }]} />
            {gauge !== 'MPa' && readPressureMPa !== null && <Text size="sm" pb={6} data-testid="reading-pressure">= {formatQuantity(readPressureMPa, 'MPa')} on {formatQuantity(step.areaCm2, 'cm²')}</Text>}
          </Group>
        )}
        <Group gap="md" align="flex-start">
          <UnitNumberInput w={150} label="Temperature" unit="°C" value={temperature} onChange={setTemperature} error={check.error('actual.temperatureC')} />
          <DurationInput label="Time" seconds={durationS} onChange={setDurationS} error={check.error('actual.durationS')} />
          <TextInput w={200} label="Operator" value={operator} onChange={(event) => setOperator(event.currentTarget.value)} />
        </Group>
        {deviations.length > 0 && (
          <Group gap={6} data-testid="live-deviations">
            <Text size="xs" c="dimmed">From the plan:</Text>
            {deviations.map((deviation) => <DeviationBadge key={deviation.field} deviation={deviation} />)}
          </Group>
        )}
        {beyond && (
          <TextInput
            label="Reason for the deviation"
            description={`Beyond the ${plan.deviationTolerancePct} % tolerance: say why`}
            required
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={check.error('deviationReason')}
          />
        )}
        {broken.length > 0 && (
          <Alert color="red" title="At this reading the step breaks a check" data-testid="reading-breaks-window" p="xs">
            <StepChecks checks={broken} />
          </Alert>
        )}
        <Textarea label="Notes" autosize minRows={2} value={notes} onChange={(event) => setNotes(event.currentTarget.value)} />
        <FormProblem check={check} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>Cancel</Button>
          <Button onClick={() => void save()} loading={check.busy}>Tick off the step</Button>
        </Group>
        <Title order={4}>Photos of this step</Title>
        <AttachmentsPanel recordTable="press_steps" recordId={step.id} hint="Attach photos of the pressed layers or the gauge" />
      </Stack>
    </Modal>
  );
}
