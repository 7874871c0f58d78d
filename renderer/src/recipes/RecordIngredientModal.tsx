// Record what was actually taken for one weigh-list item, and from which lot.
import { Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { missingDeviationReason } from '../../../shared/chemistry/deviation';
import { formatPercent } from '../../../shared/format/quantity';
import { recordBatchIngredientSchema } from '../../../shared/schemas/batches';
import { useState } from 'react';
import type { BatchIngredient } from '../../../shared/schemas/batches';
import { QUANTITY_UNIT_LABELS, QUANTITY_UNITS, type QuantityUnit } from '../../../shared/units';
import { formatQuantity } from '../../../shared/format/quantity';
import { callApi } from '../api/client';
import { useApiQuery } from '../api/hooks';
import { numberOrNull } from '../components/form-validation';
import { UnitNumberInput } from '../components/UnitNumberInput';
import { FormProblem } from '../components/FormProblem';
import { useFormCheck } from '../components/use-form-check';

/** `tolerancePct`: the batch's; beyond it the deviation reason is asked for before recording. */
export function RecordIngredientModal({ ingredient, tolerancePct, onClose }: { ingredient: BatchIngredient; tolerancePct: number; onClose: () => void }) {
  const lots = useApiQuery('findLotsForMaterial', { materialName: ingredient.materialName ?? '-' }, { enabled: ingredient.materialName !== null });
  const [amount, setAmount] = useState<number | string>(ingredient.actualAmount ?? ingredient.plannedAmount ?? '');
  const [unit, setUnit] = useState<QuantityUnit>(ingredient.actualUnit ?? ingredient.plannedUnit);
  const [lotId, setLotId] = useState<string | null>(ingredient.lotId === null ? null : String(ingredient.lotId));
  const [reason, setReason] = useState(ingredient.deviationReason ?? '');
  const lotOptions = (lots.data ?? []).map((lot) => ({ value: String(lot.id), label: `${lot.lotNumber}: ${formatQuantity(lot.remaining, lot.unit)} left${lot.locationPath ? ` @ ${lot.locationPath}` : ''}` }));

  const draft = {
    id: ingredient.id,
    actualAmount: numberOrNull(amount) ?? Number.NaN,
    actualUnit: unit,
    lotId: lotId === null ? null : Number(lotId),
    deviationReason: reason.trim() === '' ? null : reason,
  };
  // The same rule the handler applies; a mL-against-g deviation needs the lot's density, which only the handler has.
  const unexplained = missingDeviationReason({ plannedAmount: ingredient.plannedAmount, plannedUnit: ingredient.plannedUnit, actualAmount: draft.actualAmount, actualUnit: unit }, tolerancePct, draft.deviationReason);
  const check = useFormCheck({
    schema: recordBatchIngredientSchema,
    value: draft,
    labels: { actualAmount: 'Actual amount', actualUnit: 'Unit', lotId: 'Lot', deviationReason: 'Deviation reason' },
    extra: unexplained ? [{ path: 'deviationReason', message: unexplained }] : [],
  });
  const save = async () => {
    const saved = await check.submit(() => callApi('recordBatchIngredient', draft));
    if (saved) onClose();
  };

  return (
    <Modal opened onClose={onClose} title={`Record ${ingredient.name}`}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          Planned: {ingredient.plannedAmount === null ? 'as the recipe says' : formatQuantity(ingredient.plannedAmount, ingredient.plannedUnit)}
        </Text>
        <Group gap="xs" align="flex-start">
          <UnitNumberInput label="Actual amount" unit={QUANTITY_UNIT_LABELS[unit]} value={amount} onChange={setAmount} flex={1} data-autofocus error={check.error('actualAmount')} />
          <Select label="Unit" w={100} value={unit} onChange={(next) => next && setUnit(next as QuantityUnit)} data={QUANTITY_UNITS.map((value) => ({ value, label: QUANTITY_UNIT_LABELS[value] }))} allowDeselect={false} error={check.error('actualUnit')} />
        </Group>
        {ingredient.materialName !== null && (
          <Select
            label={`Lot of ${ingredient.materialName}`}
            placeholder={lotOptions.length ? 'choose the lot it came from' : 'no lots of this material in the inventory'}
            value={lotId}
            onChange={setLotId}
            data={lotOptions}
            clearable
            description="its stock goes down by the actual amount"
            error={check.error('lotId')}
          />
        )}
        <TextInput
          label={unexplained ? 'Deviation reason' : 'Deviation reason (if any)'}
          description={`Needed when the amount is more than ${formatPercent(tolerancePct)} from the plan, e.g. spatula slipped; used what was left`}
          withAsterisk={unexplained !== null}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={check.error('deviationReason')}
        />
        <FormProblem check={check} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>Cancel</Button>
          <Button onClick={() => void save()} loading={check.busy}>Record</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
