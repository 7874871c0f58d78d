// Capacity per cell (mAh), per gram of cathode active material or per cm² of cathode; a basis
// the build cannot give is disabled with the reason in its title.
import { SegmentedControl, Stack, Text } from '@mantine/core';
import type { CapacityBasis } from '../../../../shared/schemas/plots';

export const BASIS_LABEL: Record<CapacityBasis, string> = { cell: 'mAh', per_gram: 'mAh/g', per_cm2: 'mAh/cm²' };

interface BasisPickerProps {
  value: CapacityBasis;
  onChange: (basis: CapacityBasis) => void;
  unavailable: ReadonlyArray<{ basis: CapacityBasis; reason: string }>;
}

export function BasisPicker({ value, onChange, unavailable }: BasisPickerProps) {
  const reasons = new Map(unavailable.map((entry) => [entry.basis, entry.reason]));
  return (
    <Stack gap={2} data-testid="capacity-basis">
      <Text size="xs" fw={500} id="capacity-basis-label">Capacity as</Text>
      <SegmentedControl
        size="xs"
        aria-labelledby="capacity-basis-label"
        value={value}
        onChange={(basis) => onChange(basis as CapacityBasis)}
        data={(Object.keys(BASIS_LABEL) as CapacityBasis[]).map((basis) => ({
          value: basis,
          disabled: reasons.has(basis),
          label: <span title={reasons.get(basis)}>{BASIS_LABEL[basis]}</span>,
        }))}
      />
    </Stack>
  );
}
