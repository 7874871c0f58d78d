// The ordered steps of a recipe: type, what is done, temperature and duration; add and remove.
import { ActionIcon, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { STEP_TYPE_LABELS, STEP_TYPES, type RecipeStep } from '../../../shared/schemas/recipes';
import { numberOrNull } from '../components/form-validation';
import { UnitNumberInput } from '../components/UnitNumberInput';

interface StepsEditorProps {
  steps: RecipeStep[];
  onChange: (steps: RecipeStep[]) => void;
  /** A field's sentence from the form's check, by a path like `steps.2.title` (see useFormCheck). */
  error: (path: string) => string | undefined;
}

export function StepsEditor({ steps, onChange, error }: StepsEditorProps) {
  const setStep = (index: number, patch: Partial<RecipeStep>) => onChange(steps.map((step, i) => (i === index ? { ...step, ...patch } : step)));
  const setParam = (index: number, patch: Partial<RecipeStep['params']>) => setStep(index, { params: { ...steps[index]!.params, ...patch } });
  return (
    <Stack gap="xs">
      {steps.length > 0 && (
        <Group gap="xs" wrap="nowrap" aria-hidden>
          <Text size="xs" c="dimmed" w={18}>#</Text>
          <Text size="xs" fw={500} w={150}>Type</Text>
          <Text size="xs" fw={500} flex={1}>What is done</Text>
          <Text size="xs" fw={500} w={110}>Temperature</Text>
          <Text size="xs" fw={500} w={110}>Duration</Text>
          <Text w={28} />
        </Group>
      )}
      {steps.map((step, index) => (
        <Group key={index} gap="xs" align="flex-start" wrap="nowrap">
          <Text size="sm" w={18} mt={6}>{index + 1}</Text>
          <Select w={150} aria-label={`step ${index + 1} type`} data={STEP_TYPES.map((type) => ({ value: type, label: STEP_TYPE_LABELS[type] }))} value={step.type} onChange={(type) => type && setStep(index, { type: type as RecipeStep['type'] })} allowDeselect={false} />
          <TextInput flex={1} aria-label={`step ${index + 1} title`} value={step.title} onChange={(event) => setStep(index, { title: event.currentTarget.value })} error={error(`steps.${index}.title`)} />
          <UnitNumberInput w={110} aria-label={`step ${index + 1} temperature`} unit="°C" value={step.params.temperatureC ?? ''} onChange={(v) => setParam(index, { temperatureC: numberOrNull(v) })} error={error(`steps.${index}.params.temperatureC`)} />
          <UnitNumberInput
            w={110}
            aria-label={`step ${index + 1} duration`}
            unit="h"
            value={step.params.durationMin == null ? '' : step.params.durationMin / 60}
            onChange={(v) => {
              const hours = numberOrNull(v);
              setParam(index, { durationMin: hours === null ? null : hours * 60 });
            }}
            error={error(`steps.${index}.params.durationMin`)}
          />
          <ActionIcon variant="subtle" color="gray" mt={4} aria-label={`remove step ${index + 1}`} onClick={() => onChange(steps.filter((_, i) => i !== index))}>
            <IconTrash size={14} />
          </ActionIcon>
        </Group>
      ))}
      <Button variant="subtle" leftSection={<IconPlus size={14} />} w="fit-content" onClick={() => onChange([...steps, { type: 'mix', title: 'New step', params: {}, notes: null }])}>
        Add a step
      </Button>
      {error('steps') && steps.length === 0 && <Text c="red" size="sm">{error('steps')}</Text>}
    </Stack>
  );
}
