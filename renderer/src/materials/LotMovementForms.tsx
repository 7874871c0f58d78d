// Record what was taken from a lot, or correct its stock with a reason. Amounts may be given in
// any unit that converts to the lot's (through the material's density for mass and volume).
import { Button, Group, Paper, Select, Stack, Tabs, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { recordLotAdjustmentSchema, recordLotUseSchema, type Lot } from '../../../shared/schemas/lots';
import { QUANTITY_UNIT_LABELS, QUANTITY_UNITS, type QuantityUnit } from '../../../shared/units';
import { callApi } from '../api/client';
import { numberOrNull, textOrNull } from '../components/form-validation';
import { FormProblem } from '../components/FormProblem';
import { notifySuccess } from '../components/notify';
import { UnitNumberInput } from '../components/UnitNumberInput';
import { useFormCheck } from '../components/use-form-check';

const unitOptions = QUANTITY_UNITS.map((unit) => ({ value: unit, label: QUANTITY_UNIT_LABELS[unit] }));

interface MovementValues {
  amount: number | string;
  unit: QuantityUnit;
  text: string;
}

function MovementForm({ lot, kind }: { lot: Lot; kind: 'use' | 'adjustment' }) {
  const toInput = (values: MovementValues) =>
    kind === 'use'
      ? { lotId: lot.id, amount: numberOrNull(values.amount) ?? Number.NaN, unit: values.unit, purpose: textOrNull(values.text) }
      : { lotId: lot.id, amount: numberOrNull(values.amount) ?? Number.NaN, unit: values.unit, reason: values.text };
  const form = useForm<MovementValues>({
    mode: 'controlled',
    initialValues: { amount: '', unit: lot.unit, text: '' },
  });
  const amountLabel = kind === 'use' ? 'Amount taken' : 'Change';
  const check = useFormCheck({
    schema: kind === 'use' ? recordLotUseSchema : recordLotAdjustmentSchema,
    value: toInput(form.getValues()),
    labels: { amount: amountLabel, unit: 'Unit', purpose: 'For what', reason: 'Reason' },
  });
  const submit = form.onSubmit(async (values) => {
    const input = toInput(values);
    const saved = await check.submit(() =>
      kind === 'use' ? callApi('recordLotUse', input as Parameters<typeof callApi<'recordLotUse'>>[1]) : callApi('recordLotAdjustment', input as Parameters<typeof callApi<'recordLotAdjustment'>>[1]),
    );
    if (!saved) return;
    notifySuccess(kind === 'use' ? `Recorded use of ${values.amount} ${QUANTITY_UNIT_LABELS[values.unit]} from lot ${lot.lotNumber}` : `Adjusted lot ${lot.lotNumber}`);
    form.reset();
    check.reset(toInput(form.getInitialValues()));
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        <Group align="flex-start" gap="xs">
          <UnitNumberInput
            label={kind === 'use' ? 'Amount taken' : 'Change (+ or −)'}
            unit={QUANTITY_UNIT_LABELS[form.getValues().unit]}
            w={170}
            allowNegative={kind === 'adjustment'}
            {...form.getInputProps('amount')}
            error={check.error('amount')}
          />
          <Select label="Unit" data={unitOptions} w={100} allowDeselect={false} {...form.getInputProps('unit')} error={check.error('unit')} />
          <TextInput
            label={kind === 'use' ? 'For what (optional)' : 'Reason'}
            placeholder={kind === 'use' ? 'e.g. gel batch 2026-11-27-A' : 'e.g. reweighed: 23.1 g in bottle'}
            flex={1}
            required={kind === 'adjustment'}
            {...form.getInputProps('text')}
            error={check.error(kind === 'use' ? 'purpose' : 'reason')}
          />
          <Button type="submit" mt={22} loading={check.busy}>
            {kind === 'use' ? 'Record use' : 'Record adjustment'}
          </Button>
        </Group>
        <FormProblem check={check} />
      </Stack>
    </form>
  );
}

export function LotMovementForms({ lot }: { lot: Lot }) {
  return (
    <Paper withBorder p="md">
      <Tabs defaultValue="use">
        <Tabs.List mb="sm">
          <Tabs.Tab value="use">Record use</Tabs.Tab>
          <Tabs.Tab value="adjustment">Adjust stock</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="use">
          <MovementForm lot={lot} kind="use" />
        </Tabs.Panel>
        <Tabs.Panel value="adjustment">
          <MovementForm lot={lot} kind="adjustment" />
        </Tabs.Panel>
      </Tabs>
    </Paper>
  );
}
