// The write-in parts of a printed run sheet: a box to tick and a line to write on by hand.
import { Anchor, Box, Button, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconArrowLeft, IconPrinter } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'wouter';

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

/** Above the sheet on screen only: print it, or go back to the record it is for. */
export function RunSheetToolbar({ backHref, backLabel }: { backHref: string; backLabel: string }) {
  return (
    <Stack gap={4} className="run-sheet-screen-only">
      <Group gap="md">
        <Button leftSection={<IconPrinter size={14} />} onClick={() => window.print()}>Print</Button>
        <Anchor component={Link} href={backHref} size="sm">
          <Group gap={4} component="span"><IconArrowLeft size={14} />{backLabel}</Group>
        </Anchor>
      </Group>
      <Text size="xs" c="dimmed">In the desktop app, choose 'Save as PDF' in the print dialog to keep a PDF.</Text>
    </Stack>
  );
}

/** Who ran it, when, and their signature, at the foot of every sheet. */
export function RunSheetSignatures() {
  return (
    <Group gap="xl" mt="lg" className="run-sheet-signatures">
      <WriteIn label="Operator" width="10em" />
      <WriteIn label="Date" width="7em" />
      <WriteIn label="Signature" width="12em" />
    </Group>
  );
}
