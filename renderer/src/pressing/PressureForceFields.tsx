// Pressure and force, both ways, as the user types: MPa ↔ kN ↔ tonne-force on the pressed area
// (the die's bore). The conversions are shared/pressing's (force = pressure × area, DOMAIN.md
// section 4); the field being typed in keeps its text, the others follow.
import { Group, Text } from '@mantine/core';
import { useState } from 'react';
import { forceKNFromPressure, kNFromTf, pressureMPaFromForce, tfFromKN } from '../../../shared/pressing/force';
import { formatNumber, formatQuantity } from '../../../shared/format/quantity';
import { numberOrNull } from '../components/form-validation';
import { UnitNumberInput } from '../components/UnitNumberInput';

type Field = 'MPa' | 'kN' | 'tf';

interface PressureForceFieldsProps {
  label: string;
  pressureMPa: number | null;
  onChange: (pressureMPa: number | null) => void;
  /** The pressed area; without it only the pressure can be entered. */
  areaCm2: number | null;
  areaSource: string | null;
  error?: string;
}

export function PressureForceFields({ label, pressureMPa, onChange, areaCm2, areaSource, error }: PressureForceFieldsProps) {
  const [typing, setTyping] = useState<{ field: Field; text: string } | null>(null);
  const forceKN = pressureMPa !== null && areaCm2 !== null ? forceKNFromPressure(pressureMPa, areaCm2) : null;
  const shown = (field: Field, value: number | null) => (typing?.field === field ? typing.text : value === null ? '' : formatNumber(value, { significant: 4 }));
  const typed = (field: Field) => (value: number | string) => {
    setTyping({ field, text: String(value) });
    const number = numberOrNull(value);
    if (number === null || field === 'MPa') onChange(number);
    else if (areaCm2 !== null) onChange(pressureMPaFromForce(field === 'kN' ? number : kNFromTf(number), areaCm2));
  };
  const common = { onBlur: () => setTyping(null), decimalScale: 6 };
  return (
    <div>
      <Group gap="xs" align="flex-start" wrap="nowrap">
        <UnitNumberInput w={150} label={label} unit="MPa" value={shown('MPa', pressureMPa)} onChange={typed('MPa')} error={error} {...common} />
        <Text pt={30} size="sm" aria-hidden>=</Text>
        <UnitNumberInput w={140} label="Force" unit="kN" value={shown('kN', forceKN)} onChange={typed('kN')} disabled={areaCm2 === null} {...common} />
        <Text pt={30} size="sm" aria-hidden>=</Text>
        <UnitNumberInput w={140} label="Force in tonne-force" unit="tf" value={shown('tf', forceKN === null ? null : tfFromKN(forceKN))} onChange={typed('tf')} disabled={areaCm2 === null} {...common} />
      </Group>
      <Text size="xs" c="dimmed" mt={4} data-testid="conversion-area">
        {areaCm2 === null ? 'Choose a die (or give the layers a shape) to convert between pressure and force.' : `on ${formatQuantity(areaCm2, 'cm²')}${areaSource ? ` (${areaSource})` : ''}`}
      </Text>
    </div>
  );
}
