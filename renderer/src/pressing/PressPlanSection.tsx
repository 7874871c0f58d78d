// The Pressing section of a build's page: the plan's state and worst check, its ordered steps with
// their checks and actuals, plan-wide checks, the recommendation, and the timeline. A build without
// a plan is offered the patent's sequences and the plans of other builds.
import { Anchor, Button, Group, Menu, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCopy, IconPlus, IconPrinter, IconTemplate } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'wouter';
import type { PlanStep, PressPlan } from '../../../shared/schemas/pressing';
import { callApi } from '../api/client';
import { useApiQuery } from '../api/hooks';
import { notifyError } from '../components/notify';
import { PlanStepsTable } from './PlanStepsTable';
import { PlanTimeline } from './PlanTimeline';
import { PressStepForm } from './PressStepForm';
import { RecommendationPanel } from './RecommendationPanel';
import { RecordStepModal } from './RecordStepModal';
import { draftOf } from './step-draft';
import { StepChecks } from './StepChecks';
import { CheckBadge, PlanStateBadge } from './StatusBadges';

function StartPlanMenus({ plan, replace }: { plan: PressPlan; replace: boolean }) {
  const templates = useApiQuery('listPressTemplates', {});
  const others = useApiQuery('listPressPlans', {});
  const apply = (templateId: 'example1' | 'comparative1_wip') => callApi('applyPressTemplate', { buildId: plan.buildId, templateId, mode: replace ? 'replace' : 'append' }).catch((error: unknown) => notifyError('Could not apply the template', error));
  const copy = (fromBuildId: number) => callApi('copyPressPlan', { buildId: plan.buildId, fromBuildId }).catch((error: unknown) => notifyError('Could not copy the plan', error));
  const sources = (others.data ?? []).filter((other) => other.buildId !== plan.buildId && other.stepCount > 0);
  return (
    <>
      <Menu position="bottom-end">
        <Menu.Target>
          <Button variant="default" leftSection={<IconTemplate size={14} />}>{replace ? 'Replace with a template' : 'Start from a template'}</Button>
        </Menu.Target>
        <Menu.Dropdown>
          {(templates.data ?? []).map((template) => (
            <Menu.Item key={template.id} onClick={() => void apply(template.id)}>
              {template.name} <Text span size="xs" c="dimmed">({template.steps.length} steps, {template.source})</Text>
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <Menu position="bottom-end">
        <Menu.Target>
          <Button variant="default" leftSection={<IconCopy size={14} />} disabled={sources.length === 0}>Copy from a build</Button>
        </Menu.Target>
        <Menu.Dropdown mah={320} style={{ overflowY: 'auto' }}>
          {sources.map((other) => <Menu.Item key={other.buildId} onClick={() => void copy(other.buildId)}>{other.buildName} ({other.stepCount} steps)</Menu.Item>)}
        </Menu.Dropdown>
      </Menu>
    </>
  );
}

export function PressPlanSection({ buildId }: { buildId: number }) {
  const plan = useApiQuery('getPressPlan', { buildId });
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const [recording, setRecording] = useState<PlanStep | null>(null);
  if (plan.error) return <Text c="red" role="alert">{plan.error.message}</Text>;
  if (!plan.data) return <Text c="dimmed">Loading the press plan…</Text>;
  const p = plan.data;
  const editable = !p.buildArchived;
  const hasSteps = p.steps.length > 0;
  const fail = (what: string) => (error: unknown) => notifyError(what, error);
  const move = (index: number, by: -1 | 1) => {
    const ids = p.steps.map((step) => step.id);
    [ids[index], ids[index + by]] = [ids[index + by]!, ids[index]!];
    void callApi('reorderPressSteps', { buildId, stepIds: ids }).catch(fail('Could not move the step'));
  };
  const remove = (index: number) => void callApi('savePressSteps', { buildId, steps: p.steps.filter((_, i) => i !== index).map(draftOf) }).catch(fail('Could not remove the step'));
  const start = (step: PlanStep) => void callApi('startPressStep', { stepId: step.id }).catch(fail('Could not start the step'));

  return (
    <Paper withBorder p="md" data-testid="press-plan" component="section" aria-labelledby="press-plan-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <Group gap="xs">
            <Title order={3} id="press-plan-title">Pressing</Title>
            <PlanStateBadge state={p.state} />
            {p.worst && <Group gap={4}><Text size="xs" c="dimmed">worst check</Text><CheckBadge status={p.worst} /></Group>}
            {p.origin && <Text size="xs" c="dimmed">from {p.origin}</Text>}
          </Group>
          <Group gap="xs">
            {editable && <StartPlanMenus plan={p} replace={hasSteps} />}
            {editable && <Button leftSection={<IconPlus size={14} />} onClick={() => setEditing('new')}>Add step</Button>}
            {hasSteps && <Button component={Link} href={`/builds/${buildId}/pressing/print`} variant="default" leftSection={<IconPrinter size={14} />}>Run sheet</Button>}
          </Group>
        </Group>
        {!hasSteps && (
          <Text size="sm" c="dimmed">
            No press plan yet. Start from the patent’s Example 1 sequence or Comparative 1’s WIP, copy another build’s plan, or add the steps one by one; each is checked against the equipment and the layers’ pressure windows before it is run.
          </Text>
        )}
        {hasSteps && <PlanStepsTable plan={p} editable={editable} onEdit={setEditing} onMove={move} onRemove={remove} onStart={start} onRecord={setRecording} />}
        {p.planChecks.length > 0 && (
          <Stack gap={4}>
            <Title order={4}>Checks on the whole plan</Title>
            <StepChecks checks={p.planChecks} />
          </Stack>
        )}
        <RecommendationPanel plan={p} />
        {hasSteps && <PlanTimeline timeline={p.timeline} />}
        <Text size="xs" c="dimmed">
          Actuals further than {p.deviationTolerancePct} % from the plan need a reason. <Anchor component={Link} href="/pressing" size="xs">All plans and the equipment register</Anchor>
        </Text>
      </Stack>
      {editing !== null && <PressStepForm plan={p} index={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
      {recording && <RecordStepModal plan={p} step={recording} onClose={() => setRecording(null)} />}
    </Paper>
  );
}
