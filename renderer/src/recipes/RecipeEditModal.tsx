// Edit a gel recipe's amounts, constants and steps; saving writes the next version (batches keep
// the version they followed). The calculator's checks update as the numbers change.
import { Button, Group, Modal, Paper, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { calculateSolgel } from '../../../shared/chemistry/solgel';
import { recipeContentSchema, type RecipeContent, type RecipeStep } from '../../../shared/schemas/recipes';
import { callApi } from '../api/client';
import { numberOrNull, zodFormErrors } from '../components/form-validation';
import { notifyError, notifySuccess } from '../components/notify';
import { UnitNumberInput } from '../components/UnitNumberInput';
import { SolgelChecks } from './SolgelResultPanel';
import { StepsEditor } from './StepsEditor';

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
          <TextInput label="Salt name" value={solgel.salt.name} onChange={(event) => set({ salt: { ...solgel.salt, name: event.currentTarget.value } })} />
          {numberField('Salt molar mass', 'g/mol', solgel.salt.molarMassGMol, (v) => set({ salt: { ...solgel.salt, molarMassGMol: v ?? 0 } }), errors['salt.molarMassGMol'])}
          {numberField('Salt fraction of salt + medium', 'mol%', solgel.saltMolPct, (v) => set({ saltMolPct: v ?? 0 }), errors.saltMolPct)}
          {numberField('Electrolyte', 'g', solgel.electrolyteG, (v) => set({ electrolyteG: v ?? 0 }), errors.electrolyteG)}
          <TextInput label="Medium name" value={solgel.medium.name} onChange={(event) => set({ medium: { ...solgel.medium, name: event.currentTarget.value } })} />
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
        <StepsEditor steps={steps} onChange={setSteps} errors={errors} />
        <TextInput label="What changed" placeholder="e.g. 15 mol% salt to bring salt : oxide inside [0038]" required value={changeNote} onChange={(event) => setChangeNote(event.currentTarget.value)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>Cancel</Button>
          <Button onClick={() => void save()} loading={busy} disabled={!valid || changeNote.trim() === ''}>Save new version</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
