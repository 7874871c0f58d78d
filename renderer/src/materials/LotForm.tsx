// Add a lot to a material, or edit one. Quantity and unit are set once; later changes to the
// stock are uses and adjustments, so the record of what happened stays whole.
import { Autocomplete, Button, Checkbox, Group, Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { createLotSchema, type Lot } from '../../../shared/schemas/lots';
import { QUANTITY_UNIT_LABELS, QUANTITY_UNITS, type QuantityUnit } from '../../../shared/units';
import { callApi } from '../api/client';
import { useApiQuery } from '../api/hooks';
import { numberOrNull, textOrNull } from '../components/form-validation';
import { FormProblem } from '../components/FormProblem';
import { notifySuccess } from '../components/notify';
import { UnitNumberInput } from '../components/UnitNumberInput';
import { useFormCheck } from '../components/use-form-check';

interface FormValues {
  lotNumber: string;
  supplier: string;
  madeInHouse: boolean;
  quantity: number | string;
  unit: QuantityUnit;
  receivedOn: string | null;
  openedOn: string | null;
  expiresOn: string | null;
  lowStockThreshold: number | string;
  locationPath: string;
  notes: string;
}

function toInput(values: FormValues, materialId: number) {
  return {
    materialId,
    lotNumber: values.lotNumber,
    supplier: textOrNull(values.supplier),
    madeInHouse: values.madeInHouse,
    quantity: numberOrNull(values.quantity) ?? Number.NaN,
    unit: values.unit,
    receivedOn: values.receivedOn || null,
    openedOn: values.openedOn || null,
    expiresOn: values.expiresOn || null,
    lowStockThreshold: numberOrNull(values.lowStockThreshold),
    locationPath: textOrNull(values.locationPath),
    notes: textOrNull(values.notes),
  };
}

const LOT_LABELS = {
  lotNumber: 'Lot / batch number',
  supplier: 'Supplier',
  quantity: 'Quantity',
  unit: 'Unit',
  lowStockThreshold: 'Warn below',
  receivedOn: 'Received',
  openedOn: 'Opened',
  expiresOn: 'Expires',
  locationPath: 'Location',
  notes: 'Notes',
};

interface LotFormProps {
  materialId: number;
  materialName: string;
  lot: Lot | null;
  opened: boolean;
  onClose: () => void;
  onSaved: (lot: Lot) => void;
}

export function LotForm({ materialId, materialName, lot, opened, onClose, onSaved }: LotFormProps) {
  const locations = useApiQuery('listLocations', {});
  const form = useForm<FormValues>({
    mode: 'controlled',
    initialValues: {
      lotNumber: lot?.lotNumber ?? '',
      supplier: lot?.supplier ?? '',
      madeInHouse: lot?.madeInHouse ?? false,
      quantity: lot?.quantity ?? '',
      unit: lot?.unit ?? 'g',
      receivedOn: lot?.receivedOn ?? null,
      openedOn: lot?.openedOn ?? null,
      expiresOn: lot?.expiresOn ?? null,
      lowStockThreshold: lot?.lowStockThreshold ?? '',
      locationPath: lot?.locationPath ?? '',
      notes: lot?.notes ?? '',
    },
  });
  const values = form.getValues();
  const check = useFormCheck({ schema: createLotSchema, value: toInput(values, materialId), labels: LOT_LABELS });
  const field = (name: keyof FormValues) => ({ ...form.getInputProps(name), error: check.error(name) });
  const unitLabel = QUANTITY_UNIT_LABELS[values.unit];

  const submit = form.onSubmit(async (formValues) => {
    const { materialId: _material, quantity: _quantity, unit: _unit, ...changes } = toInput(formValues, materialId);
    const saved = await check.submit(() => (lot ? callApi('updateLot', { id: lot.id, changes }) : callApi('createLot', toInput(formValues, materialId))));
    if (!saved) return;
    notifySuccess(`${lot ? 'Saved' : 'Added'} lot ${saved.lotNumber} of ${materialName}`);
    onSaved(saved);
  });

  return (
    <Modal opened={opened} onClose={onClose} title={lot ? `Edit lot ${lot.lotNumber}` : `New lot of ${materialName}`} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={2} spacing="sm">
            <TextInput label="Lot / batch number" required data-autofocus {...field('lotNumber')} />
            <TextInput label="Supplier" disabled={values.madeInHouse} {...field('supplier')} />
          </SimpleGrid>
          <Checkbox label="Made in-house" {...form.getInputProps('madeInHouse', { type: 'checkbox' })} />
          <SimpleGrid cols={3} spacing="sm">
            <UnitNumberInput label="Quantity" unit={unitLabel} required disabled={lot !== null} description={lot ? 'changes by uses and adjustments' : undefined} {...field('quantity')} />
            <Select label="Unit" data={QUANTITY_UNITS.map((unit) => ({ value: unit, label: QUANTITY_UNIT_LABELS[unit] }))} disabled={lot !== null} allowDeselect={false} {...field('unit')} />
            <UnitNumberInput label="Warn below" unit={unitLabel} description="low-stock threshold" {...field('lowStockThreshold')} />
            <DateInput label="Received" valueFormat="YYYY-MM-DD" clearable maxDate={new Date()} {...field('receivedOn')} />
            <DateInput label="Opened" valueFormat="YYYY-MM-DD" clearable maxDate={new Date()} {...field('openedOn')} />
            <DateInput label="Expires" valueFormat="YYYY-MM-DD" clearable {...field('expiresOn')} />
          </SimpleGrid>
          <Autocomplete
            label="Location"
            placeholder="e.g. Room 101 > Glovebox A > Shelf 2"
            description="levels separated by >; new places are created"
            data={(locations.data ?? []).map((location) => location.path)}
            {...field('locationPath')}
          />
          <Textarea label="Notes" autosize minRows={2} {...field('notes')} />
          <FormProblem check={check} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={check.busy}>
              {lot ? 'Save' : 'Add lot'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
