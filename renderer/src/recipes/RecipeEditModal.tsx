// Edit a gel recipe's amounts, constants and steps; saving writes the next version (batches keep
// the version they followed). The calculator's checks update as the numbers change.
import { Button, Group, Modal, Paper, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { calculateSolgel } from '../../../shared/chemistry/solgel';
import { saveRecipeVersionSchema, type RecipeContent, type RecipeStep } from '../../../shared/schemas/recipes';
import { callApi } from '../api/client';
import { numberOrNull } from '../components/form-validation';
import { FormProblem, StaleResultNote, useLastValid } from '../components/FormProblem';
import { notifySuccess } from '../components/notify';
import { useFormCheck } from '../components/use-form-check';
import { UnitNumberInput } from '../components/UnitNumberInput';
import { SolgelChecks } from './SolgelResultPanel';
import { StepsEditor } from './StepsEditor';

type GelContent = Extract<RecipeContent, { kind: 'gel_process' }>;
type Solgel = GelContent['solgel'];

const RECIPE_EDIT_LABELS = {
  'content.solgel.salt.name': 'Salt name',
  'content.solgel.salt.molarMassGMol': 'Salt molar mass',
  'content.solgel.saltMolPct': 'Salt fraction',
  'content.solgel.electrolyteG': 'Electrolyte',
  'content.solgel.medium.name': 'Medium name',
  'content.solgel.medium.molarMassGMol': 'Medium molar mass',
  'content.solgel.medium.densityGMl': 'Medium density',
  'content.solgel.precursor.volumeMl': 'TEOS',
  'content.solgel.precursor.densityGMl': 'TEOS density',
  'content.solgel.acid.volumeMl': 'Acid solution',
  'content.solgel.acid.molarity': 'Acid molarity',
  'content.solgel.acid.solutionDensityGMl': 'Acid solution density',
  'content.solgel.precursorUsedG': 'Precursor mixed in',
  'content.steps': 'Steps',
  'content.steps.*.title': 'Step *',
  'content.steps.*.params.temperatureC': 'Step * temperature',
  'content.steps.*.params.durationMin': 'Step * duration',
  changeNote: 'What changed',
};

/** The editable numbers of a gel recipe, as the form holds them. */
function numberField(label: string, unit: string, value: number | null | undefined, onChange: (value: number | null) => void, error?: string) {
  return <UnitNumberInput label={label} unit={unit} value={value ?? ''} onChange={(next) => onChange(numberOrNull(next))} error={error} />;
}

export function RecipeEditModal({ recipeId, content, opened, onClose }: { recipeId: number; content: GelContent; opened: boolean; onClose: () => void }) {
  const [solgel, setSolgel] = useState<Solgel>(content.solgel);
  const [steps, setSteps] = useState<RecipeStep[]>(content.steps);
  const [changeNote, setChangeNote] = useState('');
  const draft = { ...content, solgel, steps };
  const check = useFormCheck({ schema: saveRecipeVersionSchema, value: { recipeId, content: draft, changeNote }, labels: RECIPE_EDIT_LABELS });
  const err = (path: string) => check.error(`content.${path}`);
  // The checks keep showing the last valid values' result while one field is being fixed.
  const result = useLastValid(check.validUnder('content.solgel') ? calculateSolgel(solgel) : null);

  const set = (patch: Partial<Solgel>) => setSolgel({ ...solgel, ...patch });

  const save = async () => {
    const saved = await check.submit(() => callApi('saveRecipeVersion', { recipeId, content: draft, changeNote }));
    if (!saved) return;
    notifySuccess(`Saved version ${saved.versions[0]?.version}`);
    onClose();
  };

  return (
    <Modal opened={opened} onClose={onClose} title="Edit the recipe (saves a new version)" size="xl">
      <Stack gap="sm">
        <Title order={4}>Electrolyte</Title>
        <SimpleGrid cols={4} spacing="sm">
          <TextInput label="Salt name" error={err('solgel.salt.name')} value={solgel.salt.name} onChange={(event) => set({ salt: { ...solgel.salt, name: event.currentTarget.value } })} />
          {numberField('Salt molar mass', 'g/mol', solgel.salt.molarMassGMol, (v) => set({ salt: { ...solgel.salt, molarMassGMol: v ?? 0 } }), err('solgel.salt.molarMassGMol'))}
          {numberField('Salt fraction of salt + medium', 'mol%', solgel.saltMolPct, (v) => set({ saltMolPct: v ?? 0 }), err('solgel.saltMolPct'))}
          {numberField('Electrolyte', 'g', solgel.electrolyteG, (v) => set({ electrolyteG: v ?? 0 }), err('solgel.electrolyteG'))}
          <TextInput label="Medium name" error={err('solgel.medium.name')} value={solgel.medium.name} onChange={(event) => set({ medium: { ...solgel.medium, name: event.currentTarget.value } })} />
          {numberField('Medium molar mass', 'g/mol', solgel.medium.molarMassGMol, (v) => set({ medium: { ...solgel.medium, molarMassGMol: v ?? 0 } }), err('solgel.medium.molarMassGMol'))}
          {numberField('Medium density', 'g/mL', solgel.medium.densityGMl, (v) => set({ medium: { ...solgel.medium, densityGMl: v } }), err('solgel.medium.densityGMl'))}
        </SimpleGrid>
        <Title order={4}>Precursor (one batch)</Title>
        <SimpleGrid cols={4} spacing="sm">
          {numberField('TEOS', 'mL', solgel.precursor.volumeMl, (v) => set({ precursor: { ...solgel.precursor, volumeMl: v, massG: null } }), err('solgel.precursor.volumeMl'))}
          {numberField('TEOS density', 'g/mL', solgel.precursor.densityGMl, (v) => set({ precursor: { ...solgel.precursor, densityGMl: v } }), err('solgel.precursor.densityGMl'))}
          {numberField('Acid solution', 'mL', solgel.acid.volumeMl, (v) => set({ acid: { ...solgel.acid, volumeMl: v ?? 0 } }), err('solgel.acid.volumeMl'))}
          {numberField('Acid molarity', 'mol/L', solgel.acid.molarity, (v) => set({ acid: { ...solgel.acid, molarity: v ?? 0 } }), err('solgel.acid.molarity'))}
          {numberField('Acid solution density', 'g/mL', solgel.acid.solutionDensityGMl, (v) => set({ acid: { ...solgel.acid, solutionDensityGMl: v } }), err('solgel.acid.solutionDensityGMl'))}
          {numberField('Precursor mixed in', 'g', solgel.precursorUsedG, (v) => set({ precursorUsedG: v ?? 0 }), err('solgel.precursorUsedG'))}
        </SimpleGrid>
        {result && (
          <Paper withBorder p="xs">
            <StaleResultNote check={check} under="content.solgel" />
            <SolgelChecks result={result} />
          </Paper>
        )}
        <Title order={4}>Steps</Title>
        <StepsEditor steps={steps} onChange={setSteps} error={err} />
        <TextInput label="What changed" placeholder="e.g. 15 mol% salt to bring salt : oxide inside [0038]" required value={changeNote} onChange={(event) => setChangeNote(event.currentTarget.value)} error={check.error('changeNote')} />
        <FormProblem check={check} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>Cancel</Button>
          <Button onClick={() => void save()} loading={check.busy}>Save new version</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
