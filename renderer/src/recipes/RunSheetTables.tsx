// The two tables of a run sheet: what to weigh (with room for the actual amount and lot) and the
// steps with their set points (with room for times, temperature and notes).
import { Stack, Table, Text } from '@mantine/core';
import type { BatchIngredient, BatchStep } from '../../../shared/schemas/batches';
import { STEP_TYPE_LABELS } from '../../../shared/schemas/recipes';
import { QUANTITY_UNIT_LABELS } from '../../../shared/units';
import { StepsTable } from '../components/StepsTable';
import { formatLocalDateTime } from '../notebook/format';
import type { BalanceResolution } from '../../../shared/chemistry/weigh-list';
import { plannedText, recordedAmountText, temperatureText } from './run-sheet-format';
import { Recorded, TickBox, WriteIn } from './RunSheetParts';
import { setPointsText } from './step-text';

/** `balanceResolution`: masses are printed to the digits the batch's balance reads. */
export function RunSheetWeighList({ ingredients, balanceResolution }: { ingredients: readonly BatchIngredient[]; balanceResolution: BalanceResolution }) {
  return (
    <Table withTableBorder withColumnBorders aria-label="Weigh list">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={28} aria-label="Done">✓</Table.Th>
          <Table.Th>Item</Table.Th>
          <Table.Th>Material</Table.Th>
          <Table.Th ta="right">Planned</Table.Th>
          <Table.Th w={150}>Actual</Table.Th>
          <Table.Th w={130}>Lot</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {ingredients.map((ingredient) => {
          const recorded = recordedAmountText(ingredient, balanceResolution);
          return (
            <Table.Tr key={ingredient.id}>
              <Table.Td><TickBox /></Table.Td>
              <Table.Td>{ingredient.name}</Table.Td>
              <Table.Td><Text size="xs" c="dimmed">{ingredient.materialName ?? 'made in this batch'}</Text></Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{plannedText(ingredient, balanceResolution)}</Table.Td>
              <Table.Td>{recorded ? <Recorded>{recorded}</Recorded> : <WriteIn unit={QUANTITY_UNIT_LABELS[ingredient.plannedUnit]} />}</Table.Td>
              <Table.Td>{ingredient.lotNumber ? <Recorded>{ingredient.lotNumber}</Recorded> : <WriteIn width="7em" />}</Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

function StepActual({ step }: { step: BatchStep }) {
  const temperature = step.actual.temperatureC;
  return (
    <Stack gap={6}>
      {step.startedAt ? <Recorded label="start">{formatLocalDateTime(step.startedAt)}</Recorded> : <WriteIn label="start" width="7em" />}
      {step.endedAt ? <Recorded label="end">{formatLocalDateTime(step.endedAt)}</Recorded> : <WriteIn label="end" width="7em" />}
      {temperature != null ? <Recorded label="temp.">{temperatureText(temperature)}</Recorded> : <WriteIn label="temp." unit="°C" width="4em" />}
    </Stack>
  );
}

export function RunSheetSteps({ steps }: { steps: readonly BatchStep[] }) {
  return (
    <StepsTable
      printed
      label="Steps"
      steps={steps}
      stepKey={(step) => step.id}
      title={(step) => step.step.title}
      kind={(step) => STEP_TYPE_LABELS[step.step.type]}
      setPoints={(step) => setPointsText(step.step.params)}
      columns={[
        { key: 'actual', header: 'Actual', width: 170, render: (step) => <StepActual step={step} /> },
        {
          key: 'notes',
          header: 'Notes',
          width: 170,
          render: (step) =>
            [step.step.notes, step.notes].filter(Boolean).map((note, index) => (
              <Text key={index} size="xs" style={{ whiteSpace: 'pre-wrap' }}>{note}</Text>
            )),
        },
      ]}
    />
  );
}
