// A plan's steps on screen: set points with force, equipment, each step's checks, how far it has
// run (actuals and deviations), and the actions on it: run, edit, move, remove.
import { ActionIcon, Badge, Button, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconCheck, IconPencil, IconPlayerPlay, IconTrash } from '@tabler/icons-react';
import type { PlanStep, PressPlan } from '../../../shared/schemas/pressing';
import { StepsTable } from '../components/StepsTable';
import { formatLocalDateTime } from '../notebook/format';
import { ActualSummary } from './ActualSummary';
import { METHOD_LABELS, STEP_KIND_LABELS } from './labels';
import { equipmentText, setPointsText } from './step-draft';
import { StepChecks } from './StepChecks';

interface PlanStepsTableProps {
  plan: PressPlan;
  editable: boolean;
  onEdit: (index: number) => void;
  onMove: (index: number, by: -1 | 1) => void;
  onRemove: (index: number) => void;
  onStart: (step: PlanStep) => void;
  onRecord: (step: PlanStep) => void;
}

export const stepTitle = (step: PlanStep) => step.title ?? STEP_KIND_LABELS[step.kind];
export const stepKindText = (step: PlanStep) => [STEP_KIND_LABELS[step.kind], step.method && step.method !== 'manual' ? METHOD_LABELS[step.method] : null].filter(Boolean).join(' · ');

function RunCell({ step, editable, onStart, onRecord }: { step: PlanStep; editable: boolean; onStart: () => void; onRecord: () => void }) {
  if (step.status === 'done' || step.status === 'skipped') return <ActualSummary step={step} />;
  return (
    <Stack gap={4}>
      {step.status === 'running' && step.startedAt && <Badge size="xs" color="violet" variant="light">running since {formatLocalDateTime(step.startedAt)}</Badge>}
      {editable && (
        <Group gap={4}>
          {step.status === 'planned' && <Button size="compact-xs" variant="light" leftSection={<IconPlayerPlay size={12} />} onClick={onStart}>Start</Button>}
          <Button size="compact-xs" variant={step.status === 'running' ? 'filled' : 'subtle'} leftSection={<IconCheck size={12} />} onClick={onRecord}>Record actuals</Button>
        </Group>
      )}
    </Stack>
  );
}

export function PlanStepsTable({ plan, editable, onEdit, onMove, onRemove, onStart, onRecord }: PlanStepsTableProps) {
  const last = plan.steps.length - 1;
  return (
    <StepsTable
      label="Press plan steps"
      steps={plan.steps}
      stepKey={(step) => step.id}
      title={stepTitle}
      kind={(step) => (
        <>
          {stepKindText(step)}
          {step.layers.length > 0 && <Text size="xs" c="dimmed">{step.layers.map((kind) => plan.layers.find((layer) => layer.layerKind === kind)?.label ?? kind).join(' + ')}</Text>}
        </>
      )}
      setPoints={(step) => (
        <Stack gap={2}>
          <Text size="sm">{setPointsText(step)}</Text>
          {equipmentText(step) && <Text size="xs" c="dimmed">{equipmentText(step)}</Text>}
        </Stack>
      )}
      setPointsWidth={220}
      rowProps={(step) => ({ 'data-step': step.position + 1, 'data-worst': step.worst, 'data-status': step.status })}
      columns={[
        { key: 'checks', header: 'Checks', render: (step) => <StepChecks checks={step.checks} /> },
        {
          key: 'run',
          header: 'Run',
          width: 190,
          render: (step, index) => (
            <Stack gap={6}>
              <RunCell step={step} editable={editable} onStart={() => onStart(step)} onRecord={() => onRecord(step)} />
              {editable && (
                <Group gap={2} wrap="nowrap">
                  <ActionIcon variant="subtle" color="gray" aria-label={`move step ${index + 1} up`} disabled={index === 0} onClick={() => onMove(index, -1)}><IconArrowUp size={14} /></ActionIcon>
                  <ActionIcon variant="subtle" color="gray" aria-label={`move step ${index + 1} down`} disabled={index === last} onClick={() => onMove(index, 1)}><IconArrowDown size={14} /></ActionIcon>
                  <ActionIcon variant="subtle" aria-label={`edit step ${index + 1}`} onClick={() => onEdit(index)}><IconPencil size={14} /></ActionIcon>
                  <Tooltip label={step.status === 'planned' ? 'Remove this step' : 'A step that has run stays in the record'}>
                    <ActionIcon variant="subtle" color="red" aria-label={`remove step ${index + 1}`} disabled={step.status !== 'planned'} onClick={() => onRemove(index)}><IconTrash size={14} /></ActionIcon>
                  </Tooltip>
                </Group>
              )}
            </Stack>
          ),
        },
      ]}
      empty="No steps yet."
    />
  );
}
