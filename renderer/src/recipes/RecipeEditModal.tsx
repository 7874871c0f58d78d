// Edit a gel recipe's amounts, constants and steps; saving writes the next version (batches keep
// the version they followed). The calculator's checks update as the numbers change.
import { ActionIcon, Button, Group, Modal, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { calculateSolgel } from '../../../shared/chemistry/solgel';
import { recipeContentSchema, STEP_TYPE_LABELS, STEP_TYPES, type RecipeContent, type RecipeStep } from '../../../shared/schemas/recipes';
import { callApi } from '../api/client';
import { numberOrNull, zodFormErrors } from '../components/form-validation';
import { notifyError, notifySuccess } from '../components/notify';
import { UnitNumberInput } from '../components/UnitNumberInput';
import { SolgelChecks } from './SolgelResultPanel';

type GelContent = Extract<RecipeContent, { kind: 'gel_process' }>;
type Solgel = GelContent['solgel'];

/** The editable numbers of a gel recipe, as the form holds them. */
function numberField(label: string, unit: string, value: number | null | undefined, onChange: (value: number | null) => void, error?: string) {
  return <UnitNumberInput label={label} unit={unit} value={value ?? ''} onChange={(next) => onChange(numberOrNull(next))} error={error} />;
}

export function RecipeEditModal({ recipeId, content, opened, onClose }: { recipeId: number; content: GelContent; opened: boolean; onClose: () => void }) {
  const [solgel, setSolgel] = useState<Solgel>(content.solgel);
  const [steps, setSteps] = useState<RecipeStep[]>(content.steps);
  const [changeNote, setChangeNote] = useState('');
  const [busy, setBusy] = useState(false);
  const draft = { ...content, solgel, steps };
  const errors = zodFormErrors(recipeContentSchema, draft);
  const valid = Object.keys(errors).length === 0;
  const result = valid ? calculateSolgel(solgel) : null;

  const set = (patch: Partial<Solgel>) => setSolgel({ ...solgel, ...patch });
  const setStep = (index: number, patch: Partial<RecipeStep>) => setSteps(steps.map((step, i) => (i === index ? { ...step, ...patch } : step)));
  const setParam = (index: number, patch: Partial<RecipeStep['params']>) => setStep(index, { params: { ...steps[index]!.params, ...patch } });

  const save = async () => {
    setBusy(true);
    try {
      const saved = await callApi('saveRecipeVersion', { recipeId, content: draft, changeNote });
      notifySuccess(`Saved version ${saved.versions[0]?.version}`);
      onClose();
    } catch (error) {
      notifyError('Could not save the recipe', error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title="Edit the recipe (saves a new version)" size="xl">
      <Stack gap="sm">
        <Title order={4}>Electrolyte</Title>
        <SimpleGrid cols={4} spacing="sm">
          <TextInput label="Salt" value={solgel.salt.name} onChange={(event) => set({ salt: { ...solgel.salt, name: event.currentTarget.value } })} />
          {numberField('Salt molar mass', 'g/mol', solgel.salt.molarMassGMol, (v) => set({ salt: { ...solgel.salt, molarMassGMol: v ?? 0 } }), errors['salt.molarMassGMol'])}
          {numberField('Salt', 'mol%', solgel.saltMolPct, (v) => set({ saltMolPct: v ?? 0 }), errors.saltMolPct)}
          {numberField('Electrolyte', 'g', solgel.electrolyteG, (v) => set({ electrolyteG: v ?? 0 }), errors.electrolyteG)}
          <TextInput label="Medium" value={solgel.medium.name} onChange={(event) => set({ medium: { ...solgel.medium, name: event.currentTarget.value } })} />
          {numberField('Medium molar mass', 'g/mol', solgel.medium.molarMassGMol, (v) => set({ medium: { ...solgel.medium, molarMassGMol: v ?? 0 } }), errors['medium.molarMassGMol'])}
          {numberField('Medium density', 'g/mL', solgel.medium.densityGMl, (v) => set({ medium: { ...solgel.medium, densityGMl: v } }))}
        </SimpleGrid>
        <Title order={4}>Precursor (one batch)</Title>
        <SimpleGrid cols={4} spacing="sm">
          {numberField('TEOS', 'mL', solgel.precursor.volumeMl, (v) => set({ precursor: { ...solgel.precursor, volumeMl: v, massG: null } }), errors['precursor.volumeMl'])}
          {numberField('TEOS density', 'g/mL', solgel.precursor.densityGMl, (v) => set({ precursor: { ...solgel.precursor, densityGMl: v } }), errors['precursor.densityGMl'])}
          {numberField('Acid solution', 'mL', solgel.acid.volumeMl, (v) => set({ acid: { ...solgel.acid, volumeMl: v ?? 0 } }), errors['acid.volumeMl'])}
          {numberField('Acid molarity', 'mol/L', solgel.acid.molarity, (v) => set({ acid: { ...solgel.acid, molarity: v ?? 0 } }), errors['acid.molarity'])}
          {numberField('Acid solution density', 'g/mL', solgel.acid.solutionDensityGMl, (v) => set({ acid: { ...solgel.acid, solutionDensityGMl: v } }))}
          {numberField('Precursor mixed in', 'g', solgel.precursorUsedG, (v) => set({ precursorUsedG: v ?? 0 }), errors.precursorUsedG)}
        </SimpleGrid>
        {result && (
          <Paper withBorder p="xs">
            <SolgelChecks result={result} />
          </Paper>
        )}
        <Title order={4}>Steps</Title>
        {steps.map((step, index) => (
          <Group key={index} gap="xs" align="flex-end" wrap="nowrap">
            <Text size="sm" w={18}>{index + 1}</Text>
            <Select w={150} aria-label={`step ${index + 1} type`} data={STEP_TYPES.map((type) => ({ value: type, label: STEP_TYPE_LABELS[type] }))} value={step.type} onChange={(type) => type && setStep(index, { type: type as RecipeStep['type'] })} allowDeselect={false} />
            <TextInput flex={1} aria-label={`step ${index + 1} title`} value={step.title} onChange={(event) => setStep(index, { title: event.currentTarget.value })} error={errors[`steps.${index}.title`]} />
            <UnitNumberInput w={110} aria-label={`step ${index + 1} temperature`} unit="°C" value={step.params.temperatureC ?? ''} onChange={(v) => setParam(index, { temperatureC: numberOrNull(v) })} />
            <UnitNumberInput w={110} aria-label={`step ${index + 1} duration`} unit="h" value={step.params.durationMin == null ? '' : step.params.durationMin / 60} onChange={(v) => { const hours = numberOrNull(v); setParam(index, { durationMin: hours === null ? null : hours * 60 }); }} />
            <ActionIcon variant="subtle" color="gray" aria-label={`remove step ${index + 1}`} onClick={() => setSteps(steps.filter((_, i) => i !== index))}>
              <IconTrash size={14} />
            </ActionIcon>
          </Group>
        ))}
        <Button variant="subtle" leftSection={<IconPlus size={14} />} w="fit-content" onClick={() => setSteps([...steps, { type: 'mix', title: 'New step', params: {}, notes: null }])}>
          Add a step
        </Button>
        {errors.steps && <Text c="red" size="sm">{errors.steps}</Text>}
        <TextInput label="What changed" placeholder="e.g. 15 mol% salt to bring salt : oxide inside [0038]" required value={changeNote} onChange={(event) => setChangeNote(event.currentTarget.value)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>Cancel</Button>
          <Button onClick={() => void save()} loading={busy} disabled={!valid || changeNote.trim() === ''}>Save new version</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
