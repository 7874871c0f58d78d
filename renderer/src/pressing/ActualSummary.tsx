// What was actually done in a step: the gauge reading, temperature and time, who did it, and each
// deviation from the plan (beyond the tolerance in red, with the reason given).
import { Badge, Group, Stack, Text } from '@mantine/core';
import type { Deviation, PlanStep } from '../../../shared/schemas/pressing';
import { formatChange, formatQuantity } from '../../../shared/format/quantity';
import { formatLocalDateTime } from '../notebook/format';
import { durationText } from './format';

const FIELD_WORDS: Record<Deviation['field'], string> = { pressureMPa: 'pressure', temperatureC: 'temperature', durationS: 'time' };

export function DeviationBadge({ deviation }: { deviation: Deviation }) {
  return (
    <Badge size="xs" variant={deviation.beyondTolerance ? 'filled' : 'light'} color={deviation.beyondTolerance ? 'red' : 'gray'} data-testid={`deviation-${deviation.field}`} data-beyond={deviation.beyondTolerance}>
      {FIELD_WORDS[deviation.field]} {formatChange(deviation.percent, '%', { significant: 2 })}
    </Badge>
  );
}

export function ActualSummary({ step }: { step: PlanStep }) {
  const actual = step.actual;
  if (step.status === 'skipped') return <Text size="xs">skipped: {step.deviationReason}</Text>;
  if (!actual) return null;
  const reading = [
    actual.pressureMPa !== null ? formatQuantity(actual.pressureMPa, 'MPa') : null,
    actual.forceKN !== null ? formatQuantity(actual.forceKN, 'kN') : null,
    actual.forceTf !== null ? formatQuantity(actual.forceTf, 'tf') : null,
    actual.temperatureC !== null ? formatQuantity(actual.temperatureC, '°C') : null,
    actual.durationS !== null ? durationText(actual.durationS) : null,
  ].filter(Boolean);
  return (
    <Stack gap={2} data-testid="step-actual">
      <Group gap={4}>
        <Badge size="xs" color="teal" variant="light">done</Badge>
        <Text size="xs">{reading.join(', ') || 'no readings'}</Text>
      </Group>
      {step.deviations.length > 0 && <Group gap={4}>{step.deviations.map((deviation) => <DeviationBadge key={deviation.field} deviation={deviation} />)}</Group>}
      {step.deviationReason && <Text size="xs" c="dimmed">why: {step.deviationReason}</Text>}
      <Text size="xs" c="dimmed">{[actual.operator, step.finishedAt && formatLocalDateTime(step.finishedAt)].filter(Boolean).join(', ')}</Text>
      {actual.notes && <Text size="xs" style={{ whiteSpace: 'pre-wrap' }}>{actual.notes}</Text>}
    </Stack>
  );
}
