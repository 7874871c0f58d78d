// Create or edit a material. Fields are checked as the user types with the notebook's own
// schema; the molar mass from the formula is shown live, and can be overridden with a reason.
import { Autocomplete, Button, Checkbox, Group, Modal, Select, SimpleGrid, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { molarMass } from '../../../shared/chemistry/formula';
import { MATERIAL_KIND_LABELS, MATERIAL_KINDS, STORAGE_CONDITIONS, STORAGE_LABELS, type MaterialKind, type StorageCondition } from '../../../shared/materials/kinds';
import { materialFieldsSchema, type Material, type MaterialFields } from '../../../shared/schemas/materials';
import { callApi } from '../api/client';
import { useApiQuery } from '../api/hooks';
import { PICK_LISTS_FOR_KIND } from '../../../shared/materials/pick-lists-for-kind';
import { numberOrNull, textOrNull } from '../components/form-validation';
import { FormProblem } from '../components/FormProblem';
import { notifySuccess } from '../components/notify';
import { UnitNumberInput } from '../components/UnitNumberInput';
import { useFormCheck } from '../components/use-form-check';

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

/** Each contract field's label, for the sentence beside it ("Density must be above 0 g/cm³"). */
const MATERIAL_LABELS = {
  kind: 'Kind',
  name: 'Name',
  formula: 'Formula',
  'molarMassOverride.valueGMol': 'Molar mass',
  'molarMassOverride.reason': 'Reason',
  densityGCm3: 'Density',
  d50Um: 'Particle size D50',
  specificCapacityMAhG: 'Specific charge capacity',
  coating: 'Coating',
  coatingThicknessNm: 'Coating thickness',
  youngsModulusGPa: "Young's modulus",
  casNumber: 'CAS number',
  supplier: 'Supplier',
  storage: 'Storage',
  hygroscopicWarnDays: 'Flag opened lots after',
  tags: 'Tags',
  hazardNotes: 'Hazard notes',
  notes: 'Notes',
};

/** The contract path whose sentence a form field shows. */
const PATH_OF: Partial<Record<keyof FormValues, string>> = { molarMassOverride: 'molarMassOverride.valueGMol', overrideReason: 'molarMassOverride.reason' };

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
  const form = useForm<FormValues>({
    mode: 'controlled',
    initialValues: initialValues(material),
  });
  const values = form.getValues();
  const check = useFormCheck({ schema: materialFieldsSchema, value: toFields(values), labels: MATERIAL_LABELS });
  const field = (name: keyof FormValues) => ({ ...form.getInputProps(name), error: check.error(PATH_OF[name] ?? name) });
  const pickLists = useApiQuery('listPickLists', {});
  const suggestedLists = values.kind ? (PICK_LISTS_FOR_KIND[values.kind] ?? []) : [];
  const nameSuggestions = (pickLists.data ?? [])
    .filter((list) => suggestedLists.includes(list.id as (typeof suggestedLists)[number]))
    .map((list) => ({ group: `${list.label} ${list.paragraph}`, items: [...new Set([...list.values, ...list.added])] }));

  const submit = form.onSubmit(async (formValues) => {
    const fields = toFields(formValues);
    const saved = await check.submit(() => (material ? callApi('updateMaterial', { id: material.id, changes: fields }) : callApi('createMaterial', fields)));
    if (!saved) return;
    notifySuccess(`${material ? 'Saved' : 'Added'} ${saved.name}`);
    onSaved(saved);
  });

  return (
    <Modal opened={opened} onClose={onClose} title={material ? `Edit ${material.name}` : 'New material'} size="xl">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={2} spacing="sm">
            <Select label="Kind" required data={MATERIAL_KINDS.map((kind) => ({ value: kind, label: MATERIAL_KIND_LABELS[kind] }))} searchable data-autofocus {...field('kind')} />
            <Autocomplete
              label="Name"
              required
              data={nameSuggestions}
              description={nameSuggestions.length ? "suggestions from the patent's lists (and yours)" : undefined}
              {...field('name')}
            />
            <TextInput label="Formula" placeholder="e.g. LiN(SO2CF3)2" description={formulaMassText(values.formula)} {...field('formula')} />
            <Stack gap={4}>
              <Checkbox label="Override the molar mass (with a reason)" {...form.getInputProps('overrideMolarMass', { type: 'checkbox' })} mt={22} />
            </Stack>
          </SimpleGrid>
          {values.overrideMolarMass && (
            <SimpleGrid cols={2} spacing="sm">
              <UnitNumberInput label="Molar mass" unit="g/mol" {...field('molarMassOverride')} />
              <TextInput label="Reason" placeholder="e.g. supplier CoA gives the hydrate" {...field('overrideReason')} />
            </SimpleGrid>
          )}
          <SimpleGrid cols={3} spacing="sm">
            <UnitNumberInput label="Density" unit="g/cm³" {...field('densityGCm3')} />
            <UnitNumberInput label="Particle size D50" unit="µm" {...field('d50Um')} />
            <UnitNumberInput label="Specific charge capacity" unit="mAh/g" {...field('specificCapacityMAhG')} />
            <TextInput label="Coating" placeholder="e.g. Li2O-ZrO2" {...field('coating')} />
            <UnitNumberInput label="Coating thickness" unit="nm" {...field('coatingThicknessNm')} />
            <UnitNumberInput label="Young's modulus" unit="GPa" {...field('youngsModulusGPa')} />
            <TextInput label="CAS number" placeholder="e.g. 90076-65-6" {...field('casNumber')} />
            <TextInput label="Supplier" {...field('supplier')} />
            <Select label="Storage" clearable data={STORAGE_CONDITIONS.map((value) => ({ value, label: STORAGE_LABELS[value] }))} {...field('storage')} />
          </SimpleGrid>
          <SimpleGrid cols={3} spacing="sm">
            <UnitNumberInput label="Flag opened lots after" unit="days" allowDecimal={false} description="for hygroscopic materials; empty: never" {...field('hygroscopicWarnDays')} />
            <TagsInput label="Tags" placeholder="type and press Enter" {...field('tags')} />
          </SimpleGrid>
          <Textarea label="Hazard notes" autosize minRows={1} {...field('hazardNotes')} />
          <Textarea label="Notes" autosize minRows={2} {...field('notes')} />
          <FormProblem check={check} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={check.busy}>
              {material ? 'Save' : 'Add material'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
