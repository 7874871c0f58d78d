// The layer stack as built, from the anode collector up.
import { Table, Text } from '@mantine/core';
import { LAYER_KIND_LABELS } from '../../../shared/cells/types';
import type { BuildLayerRecord } from '../../../shared/schemas/builds';
import { formatSignificant } from '../../../shared/units';
import { num, shapeText, sideText } from './format';

function compositionText(layer: BuildLayerRecord): string {
  if (layer.components.length === 0) return '—';
  const unit = layer.compositionBasis === 'wt_pct' ? ' wt%' : layer.compositionBasis === 'parts' ? ' parts' : ' mg';
  return layer.components.map((component) => `${component.materialName} ${formatSignificant(component.amount, 4)}${unit}${component.lotNumber ? ` (lot ${component.lotNumber})` : ''}`).join('; ');
}

export function StackTable({ layers }: { layers: readonly BuildLayerRecord[] }) {
  return (
    <Table striped aria-label="Layer stack" verticalSpacing={4}>
      <Table.Thead>
        <Table.Tr><Table.Th>Layer</Table.Th><Table.Th w={80}>Side</Table.Th><Table.Th w={120}>Size</Table.Th><Table.Th w={90} ta="right">Thickness</Table.Th><Table.Th w={90} ta="right">Mass</Table.Th><Table.Th>Composition</Table.Th></Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {layers.map((layer) => (
          <Table.Tr key={layer.id} data-layer={`${layer.kind}:${layer.side}`}>
            <Table.Td>{LAYER_KIND_LABELS[layer.kind]}</Table.Td>
            <Table.Td>{sideText(layer.side)}</Table.Td>
            <Table.Td>{shapeText(layer.shape)}</Table.Td>
            <Table.Td ta="right">{num(layer.thicknessPressedUm ?? layer.thicknessCoatedUm, 'µm')}</Table.Td>
            <Table.Td ta="right">{num(layer.massMg, 'mg')}</Table.Td>
            <Table.Td><Text size="xs">{compositionText(layer)}</Text></Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
