// Add a lot to a material, or edit one. Quantity and unit are set once; later changes to the
// stock are uses and adjustments, so the record of what happened stays whole.
import { Autocomplete, Button, Checkbox, Group, Modal, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type { CellbookError } from '../../../shared/api-error';
import { createLotSchema, type Lot } from '../../../shared/schemas/lots';
import { QUANTITY_UNIT_LABELS, QUANTITY_UNITS, type QuantityUnit } from '../../../shared/units';
import { callApi } from '../api/client';
import { useApiQuery } from '../api/hooks';
import { numberOrNull, splitApiErrors, textOrNull, zodFormErrors } from '../components/form-validation';
import { notifySuccess } from '../components/notify';
import { UnitNumberInput } from '../components/UnitNumberInput';

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

interface LotFormProps {
  materialId: number;
  materialName: string;
  lot: Lot | null;
  opened: boolean;
  onClose: () => void;
  onSaved: (lot: Lot) => void;
}

export function LotForm({ materialId, materialName, lot, opened, onClose, onSaved }: LotFormProps) {
  const [submitError, setSubmitError] = useState<string | null>(null);
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
    validate: (values) => zodFormErrors(createLotSchema, toInput(values, materialId)),
  });
  const values = form.getValues();
  const unitLabel = QUANTITY_UNIT_LABELS[values.unit];

  const submit = form.onSubmit(async (formValues) => {
    setSubmitError(null);
    try {
      const { materialId: _material, quantity: _quantity, unit: _unit, ...changes } = toInput(formValues, materialId);
      const saved = lot ? await callApi('updateLot', { id: lot.id, changes }) : await callApi('createLot', toInput(formValues, materialId));
      notifySuccess(`${lot ? 'Saved' : 'Added'} lot ${saved.lotNumber} of ${materialName}`);
      onSaved(saved);
    } catch (error) {
      const { fieldErrors, other } = splitApiErrors(error as CellbookError, Object.keys(values));
      form.setErrors(fieldErrors);
      setSubmitError(other);
    }
  });

  return (
    <Modal opened={opened} onClose={onClose} title={lot ? `Edit lot ${lot.lotNumber}` : `New lot of ${materialName}`} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={2} spacing="sm">
            <TextInput label="Lot / batch number" required data-autofocus {...form.getInputProps('lotNumber')} />
            <TextInput label="Supplier" disabled={values.madeInHouse} {...form.getInputProps('supplier')} />
          </SimpleGrid>
          <Checkbox label="Made in-house" {...form.getInputProps('madeInHouse', { type: 'checkbox' })} />
          <SimpleGrid cols={3} spacing="sm">
            <UnitNumberInput label="Quantity" unit={unitLabel} required disabled={lot !== null} description={lot ? 'changes by uses and adjustments' : undefined} {...form.getInputProps('quantity')} />
            <Select label="Unit" data={QUANTITY_UNITS.map((unit) => ({ value: unit, label: QUANTITY_UNIT_LABELS[unit] }))} disabled={lot !== null} allowDeselect={false} {...form.getInputProps('unit')} />
            <UnitNumberInput label="Warn below" unit={unitLabel} description="low-stock threshold" {...form.getInputProps('lowStockThreshold')} />
            <DateInput label="Received" valueFormat="YYYY-MM-DD" clearable maxDate={new Date()} {...form.getInputProps('receivedOn')} />
            <DateInput label="Opened" valueFormat="YYYY-MM-DD" clearable maxDate={new Date()} {...form.getInputProps('openedOn')} />
            <DateInput label="Expires" valueFormat="YYYY-MM-DD" clearable {...form.getInputProps('expiresOn')} />
          </SimpleGrid>
          <Autocomplete
            label="Location"
            placeholder="e.g. Room 101 > Glovebox A > Shelf 2"
            description="levels separated by >; new places are created"
            data={(locations.data ?? []).map((location) => location.path)}
            {...form.getInputProps('locationPath')}
          />
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
              {lot ? 'Save' : 'Add lot'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
