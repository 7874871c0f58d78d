// Start a batch from a recipe version: as written, scaled by a factor, or to a target mass of
// oxide or of dry composite; with the balance the lab will weigh on.
import { Button, Group, Modal, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useLocation } from 'wouter';
import { calculateSolgel } from '../../../shared/chemistry/solgel';
import { scaleFactorFor, scaleSolgel } from '../../../shared/chemistry/solgel-scale';
import type { RecipeContent } from '../../../shared/schemas/recipes';
import { formatSignificant } from '../../../shared/units';
import { callApi } from '../api/client';
import { notifyError } from '../components/notify';
import { UnitNumberInput } from '../components/UnitNumberInput';

type ScaleKind = 'factor' | 'oxide_g' | 'composite_g';

export function StartBatchModal({ versionId, content, opened, onClose }: { versionId: number; content: RecipeContent; opened: boolean; onClose: () => void }) {
  const [, navigate] = useLocation();
  const isGel = content.kind === 'gel_process';
  const [kind, setKind] = useState<ScaleKind>('factor');
  const [value, setValue] = useState<number | string>(1);
  const [resolution, setResolution] = useState<'0.1mg' | '1mg' | '0.01g'>('0.01g');
  const [busy, setBusy] = useState(false);
  const numeric = typeof value === 'number' ? value : Number(value);
  const valid = Number.isFinite(numeric) && numeric > 0;
  const factor = !valid ? null : kind === 'factor' || !isGel ? numeric : scaleFactorFor(content.solgel, kind === 'oxide_g' ? { oxideG: numeric } : { compositeG: numeric });
  const preview = isGel && factor !== null ? calculateSolgel(scaleSolgel(content.solgel, factor)) : null;

  const start = async () => {
    if (!valid) return;
    setBusy(true);
    try {
      const scale = kind === 'factor' ? { kind, factor: numeric } : { kind, g: numeric };
      const batch = await callApi('startBatch', { recipeVersionId: versionId, scale, balanceResolution: resolution });
      onClose();
      navigate(`/batches/${batch.id}`);
    } catch (error) {
      notifyError('Could not start the batch', error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title="Start a batch">
      <Stack gap="sm">
        <SegmentedControl
          value={kind}
          onChange={(next) => {
            setKind(next as ScaleKind);
            setValue(next === 'factor' ? 1 : 5);
          }}
          data={[
            { value: 'factor', label: 'Scale factor' },
            { value: 'oxide_g', label: 'Target oxide', disabled: !isGel },
            { value: 'composite_g', label: 'Target composite', disabled: !isGel },
          ]}
        />
        <UnitNumberInput
          label={kind === 'factor' ? 'Factor' : kind === 'oxide_g' ? 'Oxide to make' : 'Dry composite to make (no medium lost)'}
          unit={kind === 'factor' ? '×' : 'g'}
          value={value}
          onChange={setValue}
          error={valid ? undefined : 'must be above 0'}
          data-autofocus
        />
        <Select
          label="Balance"
          value={resolution}
          onChange={(next) => next && setResolution(next as typeof resolution)}
          data={[
            { value: '0.1mg', label: 'Analytical, 0.1 mg' },
            { value: '1mg', label: 'Precision, 1 mg' },
            { value: '0.01g', label: 'Top-loading, 0.01 g' },
          ]}
          allowDeselect={false}
        />
        {factor !== null && (
          <Text size="sm" c="dimmed" data-testid="scale-preview">
            Factor {formatSignificant(factor, 4)}×{preview ? `: ${formatSignificant(preview.saltG, 4)} g salt, ${formatSignificant(preview.oxideMaxG, 4)} g oxide at most` : ''}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>Cancel</Button>
          <Button onClick={() => void start()} loading={busy} disabled={!valid}>Start batch</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
