// Add or change one step of a build's press plan. The checks run as the user types (against the
// plan as it stands, nothing saved), so an over-capacity press or a crack-risk pressure shows
// before the step exists; a pressure of implausible magnitude must be confirmed here.
import { Alert, Button, Checkbox, Group, Modal, MultiSelect, Paper, Select, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { judgePressureMagnitude } from '../../../shared/pressing/force';
import { EQUIPMENT_KIND_FOR_METHOD, METHODS_BY_KIND, STEP_KINDS, stepInputSchema, type PressPlan, type StepKind } from '../../../shared/schemas/pressing';
import { formatQuantity } from '../../../shared/format/quantity';
import { callApi } from '../api/client';
import { useApiQuery } from '../api/hooks';
import { FormProblem } from '../components/FormProblem';
import { useFormCheck } from '../components/use-form-check';
import { METHOD_LABELS, STEP_KIND_LABELS } from './labels';
import { draftOf, emptyStep, type StepDraft } from './step-draft';
import { StepChecks } from './StepChecks';
import { StepFields } from './StepFields';
import { CheckBadge } from './StatusBadges';

const LABELS: Record<string, string> = {
  title: 'What is done',
  pressureMPa: 'Pressure',
  temperatureC: 'Temperature',
  durationS: 'Time',
  lineLoadKNPerCm: 'Line load',
  gapUm: 'Gap',
  speedMPerMin: 'Speed',
  passes: 'Passes',
  equipmentId: 'Equipment',
  dieId: 'Die',
  layers: 'Layers',
  notes: 'Notes',
  source: 'Source',
};

interface PressStepFormProps {
  plan: PressPlan;
  /** The step's index when changing it; null adds a step at the end. */
  index: number | null;
  onClose: () => void;
}

export function PressStepForm({ plan, index, onClose }: PressStepFormProps) {
  const editing = index === null ? null : plan.steps[index]!;
  const [draft, setDraft] = useState<StepDraft>(() => (editing ? draftOf(editing) : emptyStep('press')));
  const set = (patch: Partial<StepDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const check = useFormCheck({ schema: stepInputSchema, value: draft, labels: LABELS });
  const equipment = useApiQuery('listEquipment', { status: 'active' });
  const preview = useApiQuery('previewPressStep', { buildId: plan.buildId, step: draft, ...(index === null ? {} : { index }) }, { enabled: check.valid, placeholderData: keepPreviousData });

  const equipmentKind = draft.method ? EQUIPMENT_KIND_FOR_METHOD[draft.method] : undefined;
  const usesDie = draft.method === 'uniaxial_press' || draft.method === 'hot_plate_press';
  const items = equipment.data ?? [];
  const die = items.find((item) => item.id === draft.dieId) ?? null;
  const areaCm2 = die?.areaCm2 ?? preview.data?.areaCm2 ?? null;
  const areaSource = die ? `bore of ${die.name}` : areaCm2 !== null ? 'the largest layer pressed' : null;
  const magnitude = draft.pressureMPa === null ? null : judgePressureMagnitude(draft.pressureMPa, 'Pressure');
  const option = (item: (typeof items)[number]) => ({ value: String(item.id), label: `${item.name}${item.outOfService ? ' (out of service)' : ''}` });

  const save = () =>
    check.submit(async () => {
      const steps = plan.steps.map(draftOf);
      if (index === null) steps.push(draft);
      else steps[index] = draft;
      await callApi('savePressSteps', { buildId: plan.buildId, steps });
      onClose();
    });

  return (
    <Modal opened onClose={onClose} title={editing ? `Step ${index! + 1}: ${STEP_KIND_LABELS[editing.kind]}` : 'Add a step'} size={900}>
      <Stack gap="sm">
        <Group gap="sm" align="flex-start" grow>
          <Select
            label="Kind of step"
            allowDeselect={false}
            data={STEP_KINDS.map((kind) => ({ value: kind, label: STEP_KIND_LABELS[kind] }))}
            value={draft.kind}
            onChange={(kind) => kind && setDraft({ ...emptyStep(kind as StepKind), id: draft.id, title: draft.title, layers: draft.layers, notes: draft.notes })}
          />
          <Select
            label="Method"
            allowDeselect={false}
            data={METHODS_BY_KIND[draft.kind].map((method) => ({ value: method, label: METHOD_LABELS[method] }))}
            value={draft.method}
            onChange={(method) => set({ method: method as StepDraft['method'], equipmentId: null, dieId: null })}
          />
          <TextInput label="What is done" value={draft.title ?? ''} onChange={(event) => set({ title: event.currentTarget.value })} error={check.error('title')} />
        </Group>
        <MultiSelect
          label={draft.kind === 'dry' ? 'Layers in the oven' : 'Layers in the stack at this step'}
          description="In stacking order, from the anode collector up"
          data={plan.layers.map((layer) => ({ value: layer.layerKind, label: layer.label }))}
          value={draft.layers}
          onChange={(layers) => set({ layers: plan.layers.map((layer) => layer.layerKind).filter((kind) => layers.includes(kind)) })}
          error={check.error('layers')}
        />
        {equipmentKind && (
          <Group gap="sm" align="flex-start" grow>
            <Select
              label="Equipment"
              clearable
              data={items.filter((item) => item.kind === equipmentKind).map(option)}
              value={draft.equipmentId === null ? null : String(draft.equipmentId)}
              onChange={(value) => set({ equipmentId: value === null ? null : Number(value) })}
              nothingFoundMessage="None in the register"
            />
            {usesDie ? (
              <Select
                label="Die"
                clearable
                data={items.filter((item) => item.kind === 'die').map((item) => ({ ...option(item), label: `${option(item).label}, ${formatQuantity(item.areaCm2, 'cm²')}` }))}
                value={draft.dieId === null ? null : String(draft.dieId)}
                onChange={(value) => set({ dieId: value === null ? null : Number(value) })}
              />
            ) : (
              <span />
            )}
          </Group>
        )}
        <StepFields draft={draft} set={set} error={check.error} areaCm2={areaCm2} areaSource={areaSource} />
        {magnitude?.verdict === 'needs_confirmation' && (
          <Alert color="orange" title="Is this pressure meant?" data-testid="pressure-confirmation">
            <Text size="sm">{magnitude.message}</Text>
            <Checkbox mt="xs" label="Yes, this pressure is meant" checked={draft.pressureConfirmed ?? false} onChange={(event) => set({ pressureConfirmed: event.currentTarget.checked })} />
          </Alert>
        )}
        <Group gap="sm" align="flex-end" grow>
          <TextInput label="Source of the set points" description='e.g. "US 2021/0143413 A1 [0096]"' value={draft.source ?? ''} onChange={(event) => set({ source: event.currentTarget.value })} />
          <Textarea label="Notes" autosize minRows={1} value={draft.notes ?? ''} onChange={(event) => set({ notes: event.currentTarget.value })} />
        </Group>
        <Paper withBorder p="sm" data-testid="step-preview">
          <Group gap="xs" mb={6}>
            <Title order={5}>Checks before pressing</Title>
            {preview.data && <CheckBadge status={preview.data.worst} />}
            {preview.data?.forceKN != null && <Text size="xs" c="dimmed">{formatQuantity(preview.data.forceKN, 'kN')} = {formatQuantity(preview.data.forceTf, 'tf', { significant: 3 })} on {formatQuantity(preview.data.areaCm2, 'cm²')}</Text>}
          </Group>
          {preview.error ? <Text size="xs" c="red">{preview.error.message}</Text> : preview.data ? <StepChecks checks={preview.data.checks} /> : <Text size="xs" c="dimmed">The checks appear once the step’s values are valid.</Text>}
        </Paper>
        <FormProblem check={check} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>Cancel</Button>
          <Button onClick={() => void save()} loading={check.busy}>{editing ? 'Save step' : 'Add step'}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
