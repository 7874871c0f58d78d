// A batch's run sheet for the bench: printed on A4, ticked and written on by hand at the balance
// and the oven, then transcribed. Black on white in either theme, since that is what prints.
import './run-sheet.css';
import { Box, Stack, Text, Title } from '@mantine/core';
import { useApiQuery } from '../api/hooks';
import { FactGrid } from '../components/FactGrid';
import { formatLocalDateTime } from '../notebook/format';
import { balanceText, scaleText } from './run-sheet-format';
import { RunSheetSignatures, RunSheetToolbar } from './RunSheetParts';
import { RunSheetSteps, RunSheetWeighList } from './RunSheetTables';

export function RunSheet({ batchId }: { batchId: number }) {
  const batch = useApiQuery('getBatch', { id: batchId });
  if (batch.error) return <Text c="red" role="alert">{batch.error.message}</Text>;
  if (!batch.data) return <Text c="dimmed">Loading…</Text>;
  const b = batch.data;

  return (
    <Stack gap="sm" className="run-sheet-page">
      <RunSheetToolbar backHref={`/batches/${b.id}`} backLabel="Back to the batch" />

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
          <RunSheetSignatures />
        </Stack>
      </Box>
    </Stack>
  );
}
