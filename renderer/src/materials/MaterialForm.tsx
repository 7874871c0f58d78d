// Create or edit a material. Fields are checked as the user types with the notebook's own
// schema; the molar mass from the formula is shown live, and can be overridden with a reason.
import { Autocomplete, Button, Checkbox, Group, Modal, Select, SimpleGrid, Stack, TagsInput, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { molarMass } from '../../../shared/chemistry/formula';
import { MATERIAL_KIND_LABELS, MATERIAL_KINDS, STORAGE_CONDITIONS, STORAGE_LABELS, type MaterialKind, type StorageCondition } from '../../../shared/materials/kinds';
import { materialFieldsSchema, type Material, type MaterialFields } from '../../../shared/schemas/materials';
import { callApi } from '../api/client';
import { useApiQuery } from '../api/hooks';
import { PICK_LISTS_FOR_KIND } from '../../../shared/materials/pick-lists-for-kind';
import { numberOrNull, splitApiErrors, textOrNull, zodFormErrors } from '../components/form-validation';
import { notifySuccess } from '../components/notify';
import { UnitNumberInput } from '../components/UnitNumberInput';
import type { CellbookError } from '../../../shared/api-error';

interface FormValues {
  name: string;
  kind: MaterialKind | null;
  formula: string;
  overrideMolarMass: boolean;
  molarMassOverride: number | string;
  overrideReason: string;
  densityGCm3: number | string;
  d50Um: number | string;
  specificCapacityMAhG: number | string;
  coating: string;
  coatingThicknessNm: number | string;
  youngsModulusGPa: number | string;
  casNumber: string;
  supplier: string;
  storage: StorageCondition | null;
  hygroscopicWarnDays: number | string;
  hazardNotes: string;
  notes: string;
  tags: string[];
}

function initialValues(material: Material | null): FormValues {
  return {
    name: material?.name ?? '',
    kind: material?.kind ?? null,
    formula: material?.formula ?? '',
    overrideMolarMass: material?.molarMassSource === 'override',
    molarMassOverride: material?.molarMassSource === 'override' ? (material.molarMassGMol ?? '') : '',
    overrideReason: material?.molarMassOverrideReason ?? '',
    densityGCm3: material?.densityGCm3 ?? '',
    d50Um: material?.d50Um ?? '',
    specificCapacityMAhG: material?.specificCapacityMAhG ?? '',
    coating: material?.coating ?? '',
    coatingThicknessNm: material?.coatingThicknessNm ?? '',
    youngsModulusGPa: material?.youngsModulusGPa ?? '',
    casNumber: material?.casNumber ?? '',
    supplier: material?.supplier ?? '',
    storage: material?.storage ?? null,
    hygroscopicWarnDays: material?.hygroscopicWarnDays ?? '',
    hazardNotes: material?.hazardNotes ?? '',
    notes: material?.notes ?? '',
    tags: material?.tags ?? [],
  };
}

/** The form's values as the contract's material fields. */
function toFields(values: FormValues): MaterialFields {
  return {
    name: values.name,
    kind: (values.kind ?? '') as MaterialKind,
    formula: textOrNull(values.formula),
    molarMassOverride: values.overrideMolarMass ? { valueGMol: numberOrNull(values.molarMassOverride) as number, reason: values.overrideReason } : null,
    densityGCm3: numberOrNull(values.densityGCm3),
    d50Um: numberOrNull(values.d50Um),
    specificCapacityMAhG: numberOrNull(values.specificCapacityMAhG),
    coating: textOrNull(values.coating),
    coatingThicknessNm: numberOrNull(values.coatingThicknessNm),
    youngsModulusGPa: numberOrNull(values.youngsModulusGPa),
    casNumber: textOrNull(values.casNumber),
    supplier: textOrNull(values.supplier),
    storage: values.storage,
    hygroscopicWarnDays: numberOrNull(values.hygroscopicWarnDays),
    hazardNotes: textOrNull(values.hazardNotes),
    notes: textOrNull(values.notes),
    tags: values.tags,
  };
}

/** Form field for each contract field whose error should show there. */
const FIELD_OF: Record<string, keyof FormValues> = { molarMassOverride: 'molarMassOverride' };

function formulaMassText(formula: string): string {
  if (formula.trim() === '') return 'no formula: no molar mass (fine for composites, foils, polymers)';
  try {
    return `${molarMass(formula).toFixed(2)} g/mol from the formula`;
  } catch {
    return '';
  }
}

interface MaterialFormProps {
  material: Material | null;
  opened: boolean;
  onClose: () => void;
  onSaved: (material: Material) => void;
}

export function MaterialForm({ material, opened, onClose, onSaved }: MaterialFormProps) {
  const [submitError, setSubmitError] = useState<string | null>(null);
  const form = useForm<FormValues>({
    mode: 'controlled',
    initialValues: initialValues(material),
    validate: (values) => {
      const errors = zodFormErrors(materialFieldsSchema, toFields(values));
      const mapped: Record<string, string> = {};
      for (const [path, message] of Object.entries(errors)) {
        if (path.startsWith('molarMassOverride.reason')) mapped.overrideReason = message;
        else if (path.startsWith('molarMassOverride')) mapped.molarMassOverride = message;
        else mapped[FIELD_OF[path] ?? path] = message;
      }
      return mapped;
    },
  });
  const values = form.getValues();
  const pickLists = useApiQuery('listPickLists', {});
  const suggestedLists = values.kind ? (PICK_LISTS_FOR_KIND[values.kind] ?? []) : [];
  const nameSuggestions = (pickLists.data ?? [])
    .filter((list) => suggestedLists.includes(list.id as (typeof suggestedLists)[number]))
    .map((list) => ({ group: `${list.label} ${list.paragraph}`, items: [...new Set([...list.values, ...list.added])] }));

  const submit = form.onSubmit(async (formValues) => {
    setSubmitError(null);
    try {
      const fields = toFields(formValues);
      const saved = material ? await callApi('updateMaterial', { id: material.id, changes: fields }) : await callApi('createMaterial', fields);
      notifySuccess(`${material ? 'Saved' : 'Added'} ${saved.name}`);
      onSaved(saved);
    } catch (error) {
      const { fieldErrors, other } = splitApiErrors(error as CellbookError, Object.keys(values));
      form.setErrors(fieldErrors);
      setSubmitError(other);
    }
  });

  return (
    <Modal opened={opened} onClose={onClose} title={material ? `Edit ${material.name}` : 'New material'} size="xl">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={2} spacing="sm">
            <Select label="Kind" required data={MATERIAL_KINDS.map((kind) => ({ value: kind, label: MATERIAL_KIND_LABELS[kind] }))} searchable data-autofocus {...form.getInputProps('kind')} />
            <Autocomplete
              label="Name"
              required
              data={nameSuggestions}
              description={nameSuggestions.length ? "suggestions from the patent's lists (and yours)" : undefined}
              {...form.getInputProps('name')}
            />
            <TextInput label="Formula" placeholder="e.g. LiN(SO2CF3)2" description={formulaMassText(values.formula)} {...form.getInputProps('formula')} />
            <Stack gap={4}>
              <Checkbox label="Override the molar mass (with a reason)" {...form.getInputProps('overrideMolarMass', { type: 'checkbox' })} mt={22} />
            </Stack>
          </SimpleGrid>
          {values.overrideMolarMass && (
            <SimpleGrid cols={2} spacing="sm">
              <UnitNumberInput label="Molar mass" unit="g/mol" {...form.getInputProps('molarMassOverride')} />
              <TextInput label="Reason" placeholder="e.g. supplier CoA gives the hydrate" {...form.getInputProps('overrideReason')} />
            </SimpleGrid>
          )}
          <SimpleGrid cols={3} spacing="sm">
            <UnitNumberInput label="Density" unit="g/cm³" {...form.getInputProps('densityGCm3')} />
            <UnitNumberInput label="Particle size D50" unit="µm" {...form.getInputProps('d50Um')} />
            <UnitNumberInput label="Specific charge capacity" unit="mAh/g" {...form.getInputProps('specificCapacityMAhG')} />
            <TextInput label="Coating" placeholder="e.g. Li2O-ZrO2" {...form.getInputProps('coating')} />
            <UnitNumberInput label="Coating thickness" unit="nm" {...form.getInputProps('coatingThicknessNm')} />
            <UnitNumberInput label="Young's modulus" unit="GPa" {...form.getInputProps('youngsModulusGPa')} />
            <TextInput label="CAS number" placeholder="e.g. 90076-65-6" {...form.getInputProps('casNumber')} />
            <TextInput label="Supplier" {...form.getInputProps('supplier')} />
            <Select label="Storage" clearable data={STORAGE_CONDITIONS.map((value) => ({ value, label: STORAGE_LABELS[value] }))} {...form.getInputProps('storage')} />
          </SimpleGrid>
          <SimpleGrid cols={3} spacing="sm">
            <UnitNumberInput label="Flag opened lots after" unit="days" allowDecimal={false} description="for hygroscopic materials; empty: never" {...form.getInputProps('hygroscopicWarnDays')} />
            <TagsInput label="Tags" placeholder="type and press Enter" {...form.getInputProps('tags')} />
          </SimpleGrid>
          <Textarea label="Hazard notes" autosize minRows={1} {...form.getInputProps('hazardNotes')} />
          <Textarea label="Notes" autosize minRows={2} {...form.getInputProps('notes')} />
          {submitError && (
            <Text c="red" size="sm" role="alert">
              {submitError}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={form.submitting}>
              {material ? 'Save' : 'Add material'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
