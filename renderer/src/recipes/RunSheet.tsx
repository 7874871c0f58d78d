// A batch's run sheet for the bench: printed on A4, ticked and written on by hand at the balance
// and the oven, then transcribed. Black on white in either theme, since that is what prints.
import './run-sheet.css';
import { Anchor, Box, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconPrinter } from '@tabler/icons-react';
import { Link } from 'wouter';
import { useApiQuery } from '../api/hooks';
import { FactGrid } from '../components/FactGrid';
import { formatLocalDateTime } from '../notebook/format';
import { balanceText, scaleText } from './run-sheet-format';
import { WriteIn } from './RunSheetParts';
import { RunSheetSteps, RunSheetWeighList } from './RunSheetTables';

export function RunSheet({ batchId }: { batchId: number }) {
  const batch = useApiQuery('getBatch', { id: batchId });
  if (batch.error) return <Text c="red" role="alert">{batch.error.message}</Text>;
  if (!batch.data) return <Text c="dimmed">Loading…</Text>;
  const b = batch.data;

  return (
    <Stack gap="sm" className="run-sheet-page">
      <Stack gap={4} className="run-sheet-screen-only">
        <Group gap="md">
          <Button leftSection={<IconPrinter size={14} />} onClick={() => window.print()}>
            Print
          </Button>
          <Anchor component={Link} href={`/batches/${b.id}`} size="sm">
            <Group gap={4} component="span">
              <IconArrowLeft size={14} />
              Back to the batch
            </Group>
          </Anchor>
        </Group>
        <Text size="xs" c="dimmed">
          In the desktop app, choose 'Save as PDF' in the print dialog to keep a PDF.
        </Text>
      </Stack>

      <Box className="run-sheet" data-testid="run-sheet">
        <Stack gap="md">
          <Title order={2}>Run sheet — batch {b.code}</Title>
          <FactGrid
            facts={[
              { label: 'Recipe', value: `${b.recipeName}, version ${b.recipeVersion}` },
              { label: 'Makes', value: b.productMaterialName },
              { label: 'Scale factor', value: scaleText(b.scaleFactor) },
              { label: 'Balance resolution', value: balanceText(b.balanceResolution) },
              { label: 'Started', value: formatLocalDateTime(b.startedAt) },
            ]}
            cols={5}
          />
          <Stack gap={6}>
            <Title order={3}>Weigh list</Title>
            <RunSheetWeighList ingredients={b.ingredients} balanceResolution={b.balanceResolution} />
          </Stack>
          <Stack gap={6}>
            <Title order={3}>Steps</Title>
            <RunSheetSteps steps={b.steps} />
          </Stack>
          <Group gap="xl" mt="lg" className="run-sheet-signatures">
            <WriteIn label="Operator" width="10em" />
            <WriteIn label="Date" width="7em" />
            <WriteIn label="Signature" width="12em" />
          </Group>
        </Stack>
      </Box>
    </Stack>
  );
}
