// One batch as it happens: the weigh list with planned and actual amounts (deviations beyond the
// tolerance highlighted), the lots taken from, the steps with their times, and the calculator on
// the plan and on what was actually done.
import { Anchor, Badge, Breadcrumbs, Button, Container, Group, Modal, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconCheck, IconPlayerStop, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'wouter';
import type { BatchIngredient, BatchStep } from '../../../shared/schemas/batches';
import { STEP_TYPE_LABELS } from '../../../shared/schemas/recipes';
import { formatQuantity, formatSignificant } from '../../../shared/format/quantity';
import { callApi } from '../api/client';
import { useApiQuery } from '../api/hooks';
import { AttachmentsPanel } from '../components/AttachmentsPanel';
import { HistoryTable } from '../components/HistoryTable';
import { StepsTable } from '../components/StepsTable';
import { StepAsRunModal } from './StepAsRunModal';
import { notifyError } from '../components/notify';
import { formatLocalDateTime } from '../notebook/format';
import { BatchStatusBadge } from './BatchStatusBadge';
import { FinishBatchModal } from './FinishBatchModal';
import { RecordIngredientModal } from './RecordIngredientModal';
import { SolgelChecks, SolgelResultTable } from './SolgelResultPanel';
import { balanceText, plannedText, recordedAmountText, scaleText } from './run-sheet-format';
import { setPointsText } from './step-text';
import { LabelsButton } from '../labels/LabelsButton';

function DeviationBadge({ ingredient }: { ingredient: BatchIngredient }) {
  if (ingredient.deviationPct === null) return null;
  const text = `${ingredient.deviationPct > 0 ? '+' : ''}${formatSignificant(ingredient.deviationPct, 2)} %`;
  return (
    <Badge size="xs" variant={ingredient.outsideTolerance ? 'filled' : 'light'} color={ingredient.outsideTolerance ? 'red' : 'gray'} data-testid={`deviation-${ingredient.key}`}>
      {text}
    </Badge>
  );
}

export function BatchPage({ id }: { id: number }) {
  const batch = useApiQuery('getBatch', { id });
  const [recording, setRecording] = useState<BatchIngredient | null>(null);
  const [editingStep, setEditingStep] = useState<BatchStep | null>(null);
  const [finishing, setFinishing] = useState(false);
  const [abandoning, setAbandoning] = useState(false);
  const [reason, setReason] = useState('');
  if (batch.error) return <Text c="red" role="alert">{batch.error.message}</Text>;
  if (!batch.data) return <Text c="dimmed">Loading…</Text>;
  const b = batch.data;
  const open = b.status === 'in_progress';
  const stamp = (stepId: number, field: 'startedAt' | 'endedAt') =>
    callApi('recordBatchStep', { id: stepId, [field]: new Date().toISOString() }).catch((error: unknown) => notifyError('Could not record the time', error));
  const abandon = () =>
    callApi('abandonBatch', { batchId: b.id, reason })
      .then(() => setAbandoning(false))
      .catch((error: unknown) => notifyError('Could not abandon', error));

  return (
    <Container size="xl" px={0}>
      <Stack gap="md">
        <Breadcrumbs>
          <Anchor component={Link} href="/recipes" size="sm">Recipes</Anchor>
          <Anchor component={Link} href={`/recipes/${b.recipeId}`} size="sm">{b.recipeName}</Anchor>
          <Text size="sm">Batch {b.code}</Text>
        </Breadcrumbs>
        <Group justify="space-between">
          <Group gap="xs">
            <Title order={2}>Batch {b.code}</Title>
            <BatchStatusBadge status={b.status} />
            <Text size="sm" c="dimmed">
              {b.recipeName}, version {b.recipeVersion}; scale {scaleText(b.scaleFactor)}; balance {balanceText(b.balanceResolution)}; tolerance {b.massTolerancePct} %
            </Text>
          </Group>
          <Group gap="xs">
            <LabelsButton records={[{ kind: 'batch', id: b.id }]} what={`batch ${b.code}`} />
            <Button component={Link} href={`/batches/${b.id}/print`} variant="default" leftSection={<IconPrinter size={14} />}>Run sheet</Button>
            {open && <Button variant="default" color="red" leftSection={<IconPlayerStop size={14} />} onClick={() => setAbandoning(true)}>Abandon</Button>}
            {open && <Button leftSection={<IconCheck size={14} />} onClick={() => setFinishing(true)}>Finish</Button>}
          </Group>
        </Group>
        {b.status === 'finished' && b.productLotId !== null && (
          <Text size="sm">
            Made <Anchor component={Link} href={`/lots/${b.productLotId}`}>{b.productMaterialName}, lot {b.productLotNumber}</Anchor> ({formatQuantity(b.yieldG ?? 0, 'g')}).
          </Text>
        )}
        {b.status === 'abandoned' && <Text size="sm" c="dimmed">Abandoned: {b.abandonReason}</Text>}

        <Paper withBorder p="md">
          <Title order={3} mb="sm">Weigh list</Title>
          <Table striped aria-label="Weigh list">
            <Table.Thead>
              <Table.Tr><Table.Th>Item</Table.Th><Table.Th>Material</Table.Th><Table.Th ta="right">Planned</Table.Th><Table.Th ta="right">Actual</Table.Th><Table.Th>Deviation</Table.Th><Table.Th>Lot</Table.Th><Table.Th /></Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {b.ingredients.map((ingredient) => (
                <Table.Tr key={ingredient.id} data-key={ingredient.key}>
                  <Table.Td>{ingredient.name}</Table.Td>
                  <Table.Td><Text size="xs" c="dimmed">{ingredient.materialName ?? 'made in this batch'}</Text></Table.Td>
                  <Table.Td ta="right">{plannedText(ingredient, b.balanceResolution)}</Table.Td>
                  <Table.Td ta="right">{recordedAmountText(ingredient, b.balanceResolution) ?? '—'}</Table.Td>
                  <Table.Td>
                    <DeviationBadge ingredient={ingredient} />
                    {ingredient.deviationReason && <Text size="xs" c="dimmed">{ingredient.deviationReason}</Text>}
                  </Table.Td>
                  <Table.Td>{ingredient.lotId ? <Anchor component={Link} href={`/lots/${ingredient.lotId}`} size="sm">{ingredient.lotNumber}</Anchor> : '—'}</Table.Td>
                  <Table.Td>{open && <Button size="compact-xs" variant="light" onClick={() => setRecording(ingredient)}>{ingredient.actualAmount === null ? 'Record' : 'Change'}</Button>}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>

        <Paper withBorder p="md">
          <Title order={3} mb="sm">Steps</Title>
          <StepsTable
            label="Batch steps"
            steps={b.steps}
            stepKey={(step) => step.id}
            title={(step) => step.step.title}
            kind={(step) => STEP_TYPE_LABELS[step.step.type]}
            setPoints={(step) => setPointsText(step.step.params)}
            columns={[
              {
                key: 'as-run',
                header: 'As run',
                render: (step) => (
                  <>
                    <Text size="sm">{Object.keys(step.actual).length ? setPointsText(step.actual) : '—'}</Text>
                    {step.notes && <Text size="xs" c="dimmed">{step.notes}</Text>}
                  </>
                ),
              },
              { key: 'started', header: 'Started', render: (step) => (step.startedAt ? formatLocalDateTime(step.startedAt) : open ? <Button size="compact-xs" variant="subtle" onClick={() => void stamp(step.id, 'startedAt')}>Start now</Button> : '—') },
              { key: 'ended', header: 'Ended', render: (step) => (step.endedAt ? formatLocalDateTime(step.endedAt) : open && step.startedAt ? <Button size="compact-xs" variant="subtle" onClick={() => void stamp(step.id, 'endedAt')}>End now</Button> : '—') },
              { key: 'edit', header: '', render: (step) => open && <Button size="compact-xs" variant="light" onClick={() => setEditingStep(step)}>As run…</Button> },
            ]}
          />
        </Paper>

        {b.planned && (
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
            <Paper withBorder p="md">
              <Title order={3} mb="sm">Planned and actual</Title>
              <SolgelResultTable columns={[{ title: 'Planned', result: b.planned }, { title: 'Actual', result: b.actual }]} />
              {!b.actual && <Text size="xs" c="dimmed" mt="xs">The actual column fills in when every amount is recorded.</Text>}
            </Paper>
            <Paper withBorder p="md">
              <Title order={3} mb="sm">Checks {b.actual ? 'on the actual amounts' : 'on the plan'}</Title>
              <SolgelChecks result={b.actual ?? b.planned} />
            </Paper>
          </SimpleGrid>
        )}
        <AttachmentsPanel recordTable="batches" recordId={b.id} hint="Attach photos, TGA or BET files" />
        <HistoryTable table="batches" recordId={String(b.id)} title="History of this batch" height={220} />
      </Stack>
      {editingStep && <StepAsRunModal step={editingStep} onClose={() => setEditingStep(null)} />}
      {recording && <RecordIngredientModal ingredient={recording} tolerancePct={b.massTolerancePct} onClose={() => setRecording(null)} />}
      {finishing && <FinishBatchModal batch={b} onClose={() => setFinishing(false)} />}
      <Modal opened={abandoning} onClose={() => setAbandoning(false)} title={`Abandon batch ${b.code}`}>
        <Stack gap="sm">
          <TextInput label="Why" required value={reason} onChange={(event) => setReason(event.currentTarget.value)} data-autofocus />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setAbandoning(false)}>Keep going</Button>
            <Button color="red" disabled={reason.trim() === ''} onClick={() => void abandon()}>Abandon</Button>
          </Group>
        </Stack>
      </Modal>
    </Container>
  );
}
