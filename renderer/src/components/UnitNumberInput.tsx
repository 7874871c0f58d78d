import { NumberInput, Text, type NumberInputProps } from '@mantine/core';

/** A number field that always shows its unit, so nobody types mg where g is meant. */
export function UnitNumberInput({ unit, ...props }: NumberInputProps & { unit: string }) {
  return (
    <NumberInput
      hideControls
      decimalSeparator="."
      rightSection={
        <Text size="xs" c="dimmed" pr={6} style={{ whiteSpace: 'nowrap' }}>
          {unit}
        </Text>
      }
      rightSectionWidth={unit.length * 7 + 16}
      {...props}
    />
  );
}
