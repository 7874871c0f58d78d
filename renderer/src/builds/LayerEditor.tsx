// One layer of the stack being edited: what it is, its size, thickness and mass, and its
// components with the lots they come from.
import { ActionIcon, Button, Group, Input, Paper, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { memo } from 'react';
import { LAYER_KIND_LABELS, LAYER_KINDS, type LayerKind } from '../../../shared/cells/types';
import type { LayerInput } from '../../../shared/schemas/builds';
import { formatQuantity } from '../../../shared/format/quantity';
import { useApiQuery } from '../api/hooks';
import { numberOrNull } from '../components/form-validation';
import { UnitNumberInput } from '../components/UnitNumberInput';
import type { DraftLayer } from './stack-draft';

/** Layer fields that show their sentence beside their own input; the rest are listed under the layer. */
const FIELDS_WITH_INPUTS = ['kind', 'side', 'shape.widthMm', 'shape.heightMm', 'shape.diameterMm', 'shape.areaCm2', 'thicknessCoatedUm', 'thicknessPressedUm', 'massMg'];

type Shape = NonNullable<LayerInput['shape']>;
const BASIS_UNIT = { wt_pct: 'wt%', parts: 'parts', mass_mg: 'mg' } as const;

function ShapeFields({ shape, onChange, label, error }: { shape: DraftLayer['shape']; onChange: (shape: DraftLayer['shape']) => void; label: string; error: (field: string) => string | undefined }) {
  const kind = shape?.kind ?? 'rect';
  const value = (key: string) => ((shape as Record<string, number> | null)?.[key] ?? '') as number | string;
  const set = (patch: Record<string, number | null>) => onChange({ ...(shape ?? { kind }), ...patch } as Shape);
  return (
    <Group gap={4} wrap="nowrap" align="flex-start">
      <Input.Wrapper label="Size" size="xs">
        <SegmentedControl size="xs" display="flex" value={kind} onChange={(next) => onChange({ kind: next } as Shape)} data={[{ value: 'rect', label: 'w × h' }, { value: 'round', label: '⌀' }, { value: 'area', label: 'area' }]} aria-label={`${label} size given as`} />
      </Input.Wrapper>
      {kind === 'rect' && (
        <>
          <UnitNumberInput w={90} size="xs" unit="mm" label="Width" aria-label={`${label} width`} value={value('widthMm')} onChange={(v) => set({ widthMm: numberOrNull(v) })} error={error('shape.widthMm')} />
          <UnitNumberInput w={90} size="xs" unit="mm" label="Height" aria-label={`${label} height`} value={value('heightMm')} onChange={(v) => set({ heightMm: numberOrNull(v) })} error={error('shape.heightMm')} />
        </>
      )}
      {kind === 'round' && <UnitNumberInput w={100} size="xs" unit="mm" label="Diameter" aria-label={`${label} diameter`} value={value('diameterMm')} onChange={(v) => set({ diameterMm: numberOrNull(v) })} error={error('shape.diameterMm')} />}
      {kind === 'area' && <UnitNumberInput w={100} size="xs" unit="cm²" label="Area" aria-label={`${label} area`} value={value('areaCm2')} onChange={(v) => set({ areaCm2: numberOrNull(v) })} error={error('shape.areaCm2')} />}
    </Group>
  );
}

function ComponentRow({ component, unit, label, materials, onChange, onRemove, first }: {
  component: DraftLayer['components'][number];
  /** The first row carries the column labels. */
  first: boolean;
  unit: string;
  label: string;
  materials: Array<{ value: string; label: string }>;
  onChange: (component: DraftLayer['components'][number]) => void;
  onRemove: () => void;
}) {
  const materialName = materials.find((material) => material.value === String(component.materialId))?.label ?? '-';
  const lots = useApiQuery('findLotsForMaterial', { materialName }, { enabled: component.materialId !== null });
  const lotOptions = (lots.data ?? []).map((lot) => ({ value: String(lot.id), label: `${lot.lotNumber} (${formatQuantity(lot.remaining, lot.unit)} left)` }));
  if (component.lotId !== null && !lotOptions.some((option) => option.value === String(component.lotId))) lotOptions.push({ value: String(component.lotId), label: `lot ${component.lotId}` });
  return (
    <Group gap={4} wrap="wrap" align="flex-end">
      <Select w={260} size="xs" searchable label={first ? 'Material' : undefined} aria-label={`${label} material`} data={materials} value={component.materialId === null ? null : String(component.materialId)} onChange={(value) => onChange({ materialId: value === null ? null : Number(value), lotId: null, amount: component.amount })} />
      <Select w={260} size="xs" clearable label={first ? 'Lot (optional)' : undefined} aria-label={`${label} lot`} data={lotOptions} value={component.lotId === null ? null : String(component.lotId)} onChange={(value) => onChange({ ...component, lotId: value === null ? null : Number(value) })} />
      <UnitNumberInput w={110} size="xs" unit={unit} label={first ? 'Amount' : undefined} aria-label={`${label} amount`} value={component.amount ?? ''} onChange={(value) => onChange({ ...component, amount: numberOrNull(value) })} />
      <ActionIcon variant="subtle" color="gray" mb={4} aria-label={`remove ${label}`} onClick={onRemove}><IconTrash size={14} /></ActionIcon>
    </Group>
  );
}

interface LayerEditorProps {
  layer: DraftLayer;
  index: number;
  materials: Array<{ value: string; label: string }>;
  /** This layer's sentences by its own field (`massMg`), as JSON so that unchanged layers skip re-rendering. */
  errorText: string;
  onChange: (index: number, layer: DraftLayer) => void;
  onRemove: (index: number) => void;
}

// Memoised: a stack has a dozen layers of selects, and typing in one must not redraw the rest.
export const LayerEditor = memo(function LayerEditor({ layer, index, materials, errorText, onChange: change, onRemove: remove }: LayerEditorProps) {
  const onChange = (next: DraftLayer) => change(index, next);
  const onRemove = () => remove(index);
  const name = `${LAYER_KIND_LABELS[layer.kind]} (${layer.side === 'shared' ? 'shared' : `side ${layer.side}`})`;
  const errors: Record<string, string> = errorText ? (JSON.parse(errorText) as Record<string, string>) : {};
  const error = (field: string) => errors[field];
  const setComponent = (i: number, component: DraftLayer['components'][number]) => onChange({ ...layer, components: layer.components.map((c, j) => (j === i ? component : c)) });
  return (
    <Paper withBorder p="xs" data-layer-editor={`${layer.kind}:${layer.side}`} aria-label={name} role="group">
      <Stack gap={6}>
        {/* The fields keep their widths and wrap to a second line in a narrow window, never cut. */}
        <Group gap={6} wrap="wrap" align="flex-start">
          <Select w={200} size="xs" label={`Layer ${index + 1}`} aria-label={`layer ${index + 1} kind`} error={error('kind')} data={LAYER_KINDS.map((kind) => ({ value: kind, label: LAYER_KIND_LABELS[kind] }))} value={layer.kind} onChange={(kind) => kind && onChange({ ...layer, kind: kind as LayerKind })} allowDeselect={false} />
          <Select w={104} size="xs" label="Side" aria-label={`layer ${index + 1} side`} error={error('side')} data={[{ value: 'a', label: 'side a' }, { value: 'b', label: 'side b' }, { value: 'shared', label: 'shared' }]} value={layer.side} onChange={(side) => side && onChange({ ...layer, side: side as DraftLayer['side'] })} allowDeselect={false} />
          <ShapeFields shape={layer.shape} label={name} onChange={(shape) => onChange({ ...layer, shape })} error={error} />
          <UnitNumberInput w={110} size="xs" unit="µm" label="As coated" aria-label={`${name} thickness as coated`} error={error('thicknessCoatedUm')} value={layer.thicknessCoatedUm ?? ''} onChange={(v) => onChange({ ...layer, thicknessCoatedUm: numberOrNull(v) })} />
          <UnitNumberInput w={110} size="xs" unit="µm" label="Pressed" aria-label={`${name} thickness`} error={error('thicknessPressedUm')} value={layer.thicknessPressedUm ?? ''} onChange={(v) => onChange({ ...layer, thicknessPressedUm: numberOrNull(v) })} />
          <UnitNumberInput w={100} size="xs" unit="mg" label="Mass" aria-label={`${name} mass`} error={error('massMg')} value={layer.massMg ?? ''} onChange={(v) => onChange({ ...layer, massMg: numberOrNull(v) })} />
          <Select w={90} size="xs" label="Basis" aria-label={`${name} composition basis`} data={[{ value: 'wt_pct', label: 'wt%' }, { value: 'parts', label: 'parts' }, { value: 'mass_mg', label: 'mg' }]} value={layer.compositionBasis} onChange={(basis) => basis && onChange({ ...layer, compositionBasis: basis as DraftLayer['compositionBasis'] })} allowDeselect={false} />
          <ActionIcon variant="subtle" color="red" aria-label={`remove ${name}`} onClick={onRemove} mt={22}><IconTrash size={14} /></ActionIcon>
        </Group>
        {layer.components.map((component, i) => (
          <ComponentRow
            key={i}
            component={component}
            unit={BASIS_UNIT[layer.compositionBasis]}
            label={`${name} component ${i + 1}`}
            materials={materials}
            first={i === 0}
            onChange={(next) => setComponent(i, next)}
            onRemove={() => onChange({ ...layer, components: layer.components.filter((_, j) => j !== i) })}
          />
        ))}
        <Group gap="xs">
          <Button size="compact-xs" variant="subtle" leftSection={<IconPlus size={12} />} onClick={() => onChange({ ...layer, components: [...layer.components, { materialId: null, lotId: null, amount: null }] })}>
            Component
          </Button>
          {Object.entries(errors)
            .filter(([field]) => !FIELDS_WITH_INPUTS.includes(field))
            .map(([field, message]) => <Text key={field} size="xs" c="red">{message}</Text>)}
        </Group>
      </Stack>
    </Paper>
  );
});
