// Finish a batch: weigh the dry product; it becomes a lot of the recipe's product material.
import { Button, Group, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { Batch } from '../../../shared/schemas/batches';
import { callApi } from '../api/client';
import { numberOrNull } from '../components/form-validation';
import { UnitNumberInput } from '../components/UnitNumberInput';

export function FinishBatchModal({ batch, onClose }: { batch: Batch; onClose: () => void }) {
  const [yieldG, setYieldG] = useState<number | string>('');
  const [lotNumber, setLotNumber] = useState(`batch ${batch.code}`);
  const [location, setLocation] = useState('');
  const [observations, setObservations] = useState(batch.observations ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const finish = async () => {
    setBusy(true);
    setError(null);
    try {
      await callApi('finishBatch', {
        batchId: batch.id,
        yieldG: numberOrNull(yieldG) ?? Number.NaN,
        lotNumber: lotNumber.trim() || null,
        locationPath: location.trim() || null,
        observations: observations.trim() || null,
      });
      onClose();
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened onClose={onClose} title={`Finish batch ${batch.code}`}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">The dry product becomes a lot of {batch.productMaterialName}; its composition is computed from the amounts you recorded and this mass.</Text>
        <UnitNumberInput label="Dry product weighed" unit="g" value={yieldG} onChange={setYieldG} required data-autofocus />
        <TextInput label="Lot number" value={lotNumber} onChange={(event) => setLotNumber(event.currentTarget.value)} />
        <TextInput label="Location" placeholder="e.g. Room 101 > Glovebox A > Shelf 1" value={location} onChange={(event) => setLocation(event.currentTarget.value)} />
        <Textarea label="Observations" autosize minRows={2} value={observations} onChange={(event) => setObservations(event.currentTarget.value)} />
        {error && <Text c="red" size="sm" role="alert">{error}</Text>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>Cancel</Button>
          <Button onClick={() => void finish()} loading={busy}>Finish and make the lot</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
