// The layer stack as built, from the anode collector up.
import { Table, Text } from '@mantine/core';
import { LAYER_KIND_LABELS } from '../../../shared/cells/types';
import type { LayerDerived } from '../../../shared/cells/derived';
import type { BuildLayerRecord } from '../../../shared/schemas/builds';
import { compositionText, num, shapeText, sideText } from './format';

export function StackTable({ layers, derived }: { layers: readonly BuildLayerRecord[]; derived: readonly LayerDerived[] }) {
  return (
    <Table striped aria-label="Layer stack" verticalSpacing={4}>
      <Table.Thead>
        <Table.Tr><Table.Th>Layer</Table.Th><Table.Th w={80}>Side</Table.Th><Table.Th w={120}>Size</Table.Th><Table.Th w={90} ta="right">Thickness</Table.Th><Table.Th w={90} ta="right">Mass</Table.Th><Table.Th w={90} ta="right">Density</Table.Th><Table.Th w={80} ta="right">Porosity</Table.Th><Table.Th>Composition</Table.Th></Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {layers.map((layer, index) => (
          <Table.Tr key={layer.id} data-layer={`${layer.kind}:${layer.side}`}>
            <Table.Td>{LAYER_KIND_LABELS[layer.kind]}</Table.Td>
            <Table.Td>{sideText(layer.side)}</Table.Td>
            <Table.Td>{shapeText(layer.shape)}</Table.Td>
            <Table.Td ta="right">{num(layer.thicknessPressedUm ?? layer.thicknessCoatedUm, 'µm')}</Table.Td>
            <Table.Td ta="right">{num(layer.massMg, 'mg')}</Table.Td>
            <Table.Td ta="right">{num(derived[index]?.densityGCm3, 'g/cm³', 3)}</Table.Td>
            <Table.Td ta="right">{num(derived[index]?.porosityPct, '%', 3)}</Table.Td>
            <Table.Td><Text size="xs">{compositionText(layer, derived[index]?.weightFractions ?? null)}</Text></Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
