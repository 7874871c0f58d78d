// The write-in parts of a printed run sheet: a box to tick and a line to write on by hand.
import { Box, Group, Text, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';

/** An empty square to tick with a pen. */
export function TickBox() {
  return <Box component="span" className="run-sheet-tick" aria-hidden />;
}

/** A line to write on, with an optional label before it and a unit after it. */
export function WriteIn({ label, unit, width = '6em' }: { label?: string; unit?: string; width?: string }) {
  return (
    <Group gap={4} wrap="nowrap" align="flex-end">
      {label && <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>{label}</Text>}
      <Box component="span" className="run-sheet-blank" w={width} aria-hidden />
      <VisuallyHidden>not recorded yet</VisuallyHidden>
      {unit && <Text size="xs">{unit}</Text>}
    </Group>
  );
}

/** A recorded value in place of its write-in line. */
export function Recorded({ label, children }: { label?: string; children: ReactNode }) {
  return (
    <Group gap={4} wrap="nowrap">
      {label && <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>{label}</Text>}
      <Text size="sm" component="span">{children}</Text>
    </Group>
  );
}
