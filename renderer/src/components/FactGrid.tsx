import { SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export interface Fact {
  label: string;
  value: ReactNode;
  testId?: string;
}

/** Label-over-value pairs in a dense grid, for a record's facts. */
export function FactGrid({ facts, cols = 4 }: { facts: readonly Fact[]; cols?: number }) {
  return (
    <SimpleGrid cols={{ base: 2, md: cols }} spacing="sm" verticalSpacing="xs">
      {facts.map((fact) => (
        <Stack gap={0} key={fact.label}>
          <Text size="xs" c="dimmed">
            {fact.label}
          </Text>
          <Text size="sm" data-testid={fact.testId} component="div">
            {fact.value}
          </Text>
        </Stack>
      ))}
    </SimpleGrid>
  );
}
