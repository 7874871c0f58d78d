// Finish a batch: weigh the dry product; it becomes a lot of the recipe's product material.
import { Button, Group, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { finishBatchSchema, type Batch } from '../../../shared/schemas/batches';
import { callApi } from '../api/client';
import { numberOrNull } from '../components/form-validation';
import { FormProblem } from '../components/FormProblem';
import { UnitNumberInput } from '../components/UnitNumberInput';
import { useFormCheck } from '../components/use-form-check';

export function FinishBatchModal({ batch, onClose }: { batch: Batch; onClose: () => void }) {
  const [yieldG, setYieldG] = useState<number | string>('');
  const [lotNumber, setLotNumber] = useState(`batch ${batch.code}`);
  const [location, setLocation] = useState('');
  const [observations, setObservations] = useState(batch.observations ?? '');
  const draft = {
    batchId: batch.id,
    yieldG: numberOrNull(yieldG) ?? Number.NaN,
    lotNumber: lotNumber.trim() || null,
    locationPath: location.trim() || null,
    observations: observations.trim() || null,
  };
  const check = useFormCheck({ schema: finishBatchSchema, value: draft, labels: { yieldG: 'Dry product weighed', lotNumber: 'Lot number', locationPath: 'Location', observations: 'Observations' } });
  const finish = async () => {
    const finished = await check.submit(() => callApi('finishBatch', draft));
    if (finished) onClose();
  };
  return (
    <Modal opened onClose={onClose} title={`Finish batch ${batch.code}`}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">The dry product becomes a lot of {batch.productMaterialName}; its composition is computed from the amounts you recorded and this mass.</Text>
        <UnitNumberInput label="Dry product weighed" unit="g" value={yieldG} onChange={setYieldG} required data-autofocus error={check.error('yieldG')} />
        <TextInput label="Lot number" value={lotNumber} onChange={(event) => setLotNumber(event.currentTarget.value)} error={check.error('lotNumber')} />
        <TextInput label="Location" placeholder="e.g. Room 101 > Glovebox A > Shelf 1" value={location} onChange={(event) => setLocation(event.currentTarget.value)} error={check.error('locationPath')} />
        <Textarea label="Observations" autosize minRows={2} value={observations} onChange={(event) => setObservations(event.currentTarget.value)} error={check.error('observations')} />
        <FormProblem check={check} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>Cancel</Button>
          <Button onClick={() => void finish()} loading={check.busy}>Finish and make the lot</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
