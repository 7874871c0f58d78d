// Start a batch from a recipe version: as written, scaled by a factor, or to a target mass of
// oxide or of dry composite; with the balance the lab will weigh on.
import { Button, Group, Modal, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useLocation } from 'wouter';
import { calculateSolgel } from '../../../shared/chemistry/solgel';
import { scaleFactorFor, scaleSolgel } from '../../../shared/chemistry/solgel-scale';
import { startBatchSchema } from '../../../shared/schemas/batches';
import type { RecipeContent } from '../../../shared/schemas/recipes';
import { formatSignificant } from '../../../shared/format/quantity';
import { callApi } from '../api/client';
import { numberOrNull } from '../components/form-validation';
import { FormProblem, StaleResultNote, useLastValid } from '../components/FormProblem';
import { useFormCheck } from '../components/use-form-check';
import { UnitNumberInput } from '../components/UnitNumberInput';

type ScaleKind = 'factor' | 'oxide_g' | 'composite_g';

export function StartBatchModal({ versionId, content, opened, onClose }: { versionId: number; content: RecipeContent; opened: boolean; onClose: () => void }) {
  const [, navigate] = useLocation();
  const isGel = content.kind === 'gel_process';
  const [kind, setKind] = useState<ScaleKind>('factor');
  const [value, setValue] = useState<number | string>(1);
  const [resolution, setResolution] = useState<'0.1mg' | '1mg' | '0.01g'>('0.01g');
  const numeric = numberOrNull(value) ?? Number.NaN;
  const scale = kind === 'factor' ? { kind, factor: numeric } : { kind, g: numeric };
  const draft = { recipeVersionId: versionId, scale, balanceResolution: resolution };
  const label = kind === 'factor' ? 'Factor' : kind === 'oxide_g' ? 'Oxide to make' : 'Dry composite to make (no medium lost)';
  const check = useFormCheck({ schema: startBatchSchema, value: draft, labels: { scale: label, balanceResolution: 'Balance' } });
  const valid = check.validUnder('scale');
  const factor = !valid ? null : kind === 'factor' || !isGel ? numeric : scaleFactorFor(content.solgel, kind === 'oxide_g' ? { oxideG: numeric } : { compositeG: numeric });
  // The preview keeps the last valid scale's numbers while the field is being fixed.
  const preview = useLastValid(factor === null ? null : { factor, solgel: isGel ? calculateSolgel(scaleSolgel(content.solgel, factor)) : null });

  const start = async () => {
    const batch = await check.submit(() => callApi('startBatch', draft));
    if (!batch) return;
    onClose();
    navigate(`/batches/${batch.id}`);
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
          label={label}
          unit={kind === 'factor' ? '×' : 'g'}
          value={value}
          onChange={setValue}
          error={check.error('scale')}
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
          error={check.error('balanceResolution')}
        />
        {preview !== null && (
          <Stack gap={2}>
            <StaleResultNote check={check} under="scale" />
            <Text size="sm" c="dimmed" data-testid="scale-preview">
              Factor {formatSignificant(preview.factor, 4)}×{preview.solgel ? `: ${formatSignificant(preview.solgel.saltG, 4)} g salt, ${formatSignificant(preview.solgel.oxideMaxG, 4)} g oxide at most` : ''}
            </Text>
          </Stack>
        )}
        <FormProblem check={check} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>Cancel</Button>
          <Button onClick={() => void start()} loading={check.busy}>Start batch</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
