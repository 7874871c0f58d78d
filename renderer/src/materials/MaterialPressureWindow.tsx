// A material's pressure window on its page: what the press planner uses for every layer that holds
// the material, with each bound's source; set, changed or cleared here.
import { Button, Group, Paper, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { formatQuantity } from '../../../shared/format/quantity';
import type { PressureWindow } from '../../../shared/schemas/pressing-equipment';
import { callApi } from '../api/client';
import { useApiQuery } from '../api/hooks';
import { PressureWindowModal } from '../pressing/PressureWindowModal';

type Bound = PressureWindow['min'];

export function boundWords(bound: Bound): string {
  if (!bound) return 'unknown';
  return `${formatQuantity(bound.valueMPa, 'MPa')} (${bound.source === 'paper' ? `paper: ${bound.citation}` : bound.source})`;
}

export function MaterialPressureWindow({ materialId, materialName, disabled }: { materialId: number; materialName: string; disabled: boolean }) {
  const windows = useApiQuery('listMaterialPressureWindows', {});
  const [editing, setEditing] = useState(false);
  const window = windows.data?.find((entry) => entry.materialId === materialId)?.window ?? null;
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb={4}>
        <Title order={3}>Pressure window</Title>
        <Button size="xs" variant="default" onClick={() => setEditing(true)} disabled={disabled}>{window ? 'Change' : 'Set'} pressure window</Button>
      </Group>
      <Text size="sm" data-testid="material-pressure-window">
        Needs at least {boundWords(window?.min ?? null)}; tolerates at most {boundWords(window?.max ?? null)}.
      </Text>
      <Text size="xs" c="dimmed">The press planner checks every layer holding {materialName} against this window; an unknown bound is never guessed.</Text>
      {editing && (
        <PressureWindowModal
          title={`Pressure window of ${materialName}`}
          initial={window}
          onSave={(next) => callApi('setMaterialPressureWindow', { materialId, window: next })}
          onClose={() => setEditing(false)}
        />
      )}
    </Paper>
  );
}
