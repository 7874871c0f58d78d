// A duration typed in the unit the lab thinks in (100 ms for a roll pass, 10 min, 48 h), kept in s.
// The unit is chosen inside the field, so the number and its unit read as one.
import { NativeSelect, NumberInput } from '@mantine/core';
import { useState } from 'react';
import { numberOrNull } from '../components/form-validation';

const UNIT_SECONDS = { ms: 0.001, s: 1, min: 60, h: 3600 } as const;
type DurationUnit = keyof typeof UNIT_SECONDS;

function naturalUnit(seconds: number | null): DurationUnit {
  if (seconds === null) return 'min';
  if (seconds >= 3600) return 'h';
  if (seconds >= 60) return 'min';
  return seconds >= 1 ? 's' : 'ms';
}

export function DurationInput({ label, seconds, onChange, error }: { label: string; seconds: number | null; onChange: (seconds: number | null) => void; error?: string }) {
  const [unit, setUnit] = useState<DurationUnit>(() => naturalUnit(seconds));
  const [text, setText] = useState<string>(seconds === null ? '' : String(Number((seconds / UNIT_SECONDS[unit]).toPrecision(10))));
  const emit = (value: string, inUnit: DurationUnit) => {
    const number = numberOrNull(value);
    onChange(number === null ? null : number * UNIT_SECONDS[inUnit]);
  };
  return (
    <NumberInput
      w={150}
      label={label}
      hideControls
      decimalSeparator="."
      value={text}
      error={error}
      onChange={(value) => {
        setText(String(value));
        emit(String(value), unit);
      }}
      rightSectionWidth={62}
      rightSection={
        <NativeSelect
          variant="unstyled"
          size="xs"
          w={54}
          rightSection={<span />}
          rightSectionWidth={0}
          styles={{ input: { paddingLeft: 4, paddingRight: 4, textAlign: 'right' } }}
          aria-label={`${label} unit`}
          data={Object.keys(UNIT_SECONDS)}
          value={unit}
          onChange={(event) => {
            const next = event.currentTarget.value as DurationUnit;
            setUnit(next);
            emit(text, next);
          }}
        />
      }
    />
  );
}
