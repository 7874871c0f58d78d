// Record what was actually taken for one weigh-list item, and from which lot.
import { Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { BatchIngredient } from '../../../shared/schemas/batches';
import { formatQuantity, QUANTITY_UNIT_LABELS, QUANTITY_UNITS, type QuantityUnit } from '../../../shared/units';
import { callApi } from '../api/client';
import { useApiQuery } from '../api/hooks';
import { numberOrNull } from '../components/form-validation';
import { UnitNumberInput } from '../components/UnitNumberInput';
import type { CellbookError } from '../../../shared/api-error';

export function RecordIngredientModal({ ingredient, onClose }: { ingredient: BatchIngredient; onClose: () => void }) {
  const lots = useApiQuery('findLotsForMaterial', { materialName: ingredient.materialName ?? '-' }, { enabled: ingredient.materialName !== null });
  const [amount, setAmount] = useState<number | string>(ingredient.actualAmount ?? ingredient.plannedAmount ?? '');
  const [unit, setUnit] = useState<QuantityUnit>(ingredient.actualUnit ?? ingredient.plannedUnit);
  const [lotId, setLotId] = useState<string | null>(ingredient.lotId === null ? null : String(ingredient.lotId));
  const [reason, setReason] = useState(ingredient.deviationReason ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const lotOptions = (lots.data ?? []).map((lot) => ({ value: String(lot.id), label: `${lot.lotNumber}: ${formatQuantity(lot.remaining, lot.unit)} left${lot.locationPath ? ` @ ${lot.locationPath}` : ''}` }));

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      await callApi('recordBatchIngredient', {
        id: ingredient.id,
        actualAmount: numberOrNull(amount) ?? Number.NaN,
        actualUnit: unit,
        lotId: lotId === null ? null : Number(lotId),
        deviationReason: reason.trim() === '' ? null : reason,
      });
      onClose();
    } catch (failure) {
      setError((failure as CellbookError).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={`Record ${ingredient.name}`}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          Planned: {ingredient.plannedAmount === null ? 'as the recipe says' : formatQuantity(ingredient.plannedAmount, ingredient.plannedUnit)}
        </Text>
        <Group gap="xs" align="flex-start">
          <UnitNumberInput label="Actual amount" unit={QUANTITY_UNIT_LABELS[unit]} value={amount} onChange={setAmount} flex={1} data-autofocus />
          <Select label="Unit" w={100} value={unit} onChange={(next) => next && setUnit(next as QuantityUnit)} data={QUANTITY_UNITS.map((value) => ({ value, label: QUANTITY_UNIT_LABELS[value] }))} allowDeselect={false} />
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
          />
        )}
        <TextInput label="Deviation reason (if any)" placeholder="e.g. spatula slipped; used what was left" value={reason} onChange={(event) => setReason(event.currentTarget.value)} />
        {error && <Text c="red" size="sm" role="alert">{error}</Text>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>Cancel</Button>
          <Button onClick={() => void save()} loading={busy}>Record</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
