// The checks on one step (or a whole plan): each verdict with its reason and the numbers behind it.
import { Group, Stack, Text } from '@mantine/core';
import type { CheckResult } from '../../../shared/schemas/pressing';
import { formatQuantity } from '../../../shared/format/quantity';
import { CheckBadge } from './StatusBadges';

/** The unit of a number by the suffix of its name: forceKN → kN, largestAreaCm2 → cm². */
const UNIT_SUFFIXES: [RegExp, string][] = [
  [/KNPerCm$/, 'kN/cm'],
  [/KN$/, 'kN'],
  [/Tf$/, 'tf'],
  [/MPa$/, 'MPa'],
  [/Cm2$/, 'cm²'],
  [/Mm$/, 'mm'],
  [/Um$/, 'µm'],
  [/C$/, '°C'],
  [/S$/, 's'],
  [/Pct$/, '%'],
];

/** "largestAreaCm2" → "largest area" (the unit is written after the number). */
function words(name: string, suffix: RegExp | undefined): string {
  return (suffix ? name.replace(suffix, '') : name).replace(/([A-Z])/g, ' $1').toLowerCase().trim();
}

export function checkNumberText(name: string, value: number | null): string {
  const [suffix, unit] = UNIT_SUFFIXES.find(([pattern]) => pattern.test(name)) ?? [undefined, ''];
  return `${words(name, suffix)} ${formatQuantity(value, unit)}`;
}

export function CheckLine({ check }: { check: CheckResult }) {
  const numbers = Object.entries(check.numbers);
  return (
    <Group gap={6} wrap="nowrap" align="flex-start" data-check={check.id} data-status={check.status}>
      <CheckBadge status={check.status} size="xs" />
      <Stack gap={0}>
        <Text size="xs">{check.message}</Text>
        {numbers.length > 0 && (
          <Text size="xs" c="dimmed">{numbers.map(([name, value]) => checkNumberText(name, value)).join(' · ')}</Text>
        )}
      </Stack>
    </Group>
  );
}

export function StepChecks({ checks, empty = 'no checks apply' }: { checks: readonly CheckResult[]; empty?: string }) {
  if (checks.length === 0) return <Text size="xs" c="dimmed">{empty}</Text>;
  // The worst first: what must be fixed before the press is touched.
  const order = { fail: 0, warn: 1, cannot_judge: 2, pass: 3 } as const;
  const sorted = [...checks].sort((a, b) => order[a.status] - order[b.status]);
  return (
    <Stack gap={4} data-testid="step-checks">
      {sorted.map((check, index) => <CheckLine key={`${check.id}-${index}`} check={check} />)}
    </Stack>
  );
}
