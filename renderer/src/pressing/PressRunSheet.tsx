// A build's press plan on paper, for the press and the glovebox: every step with its set points,
// equipment and checks, and lines to write the gauge reading, temperature, time and operator on.
// Black on white in either theme (the run sheet's stylesheet), alone on the page when printed.
import '../recipes/run-sheet.css';
import { Box, Stack, Text, Title } from '@mantine/core';
import type { PlanStep } from '../../../shared/schemas/pressing';
import { useApiQuery } from '../api/hooks';
import { FactGrid } from '../components/FactGrid';
import { StepsTable } from '../components/StepsTable';
import { formatLocalDateTime } from '../notebook/format';
import { Recorded, RunSheetSignatures, RunSheetToolbar, TickBox, WriteIn } from '../recipes/RunSheetParts';
import { ActualSummary } from './ActualSummary';
import { durationText } from './format';
import { CHECK_STATUS_WORD } from './labels';
import { stepKindText, stepTitle } from './PlanStepsTable';
import { equipmentText, setPointsText } from './step-draft';

function ActualLines({ step }: { step: PlanStep }) {
  if (step.status === 'done' || step.status === 'skipped') return <ActualSummary step={step} />;
  const pressing = step.kind === 'press' || step.kind === 'fixture';
  return (
    <Stack gap={6}>
      {pressing && <WriteIn label="gauge" unit={step.forceKN !== null ? 'MPa·kN·tf' : 'MPa'} width="3.5em" />}
      {step.temperatureC !== null && <WriteIn label="temp." unit="°C" width="4em" />}
      <WriteIn label="time" width="5em" />
      <WriteIn label="by" width="7em" />
    </Stack>
  );
}

export function PressRunSheet({ buildId }: { buildId: number }) {
  const plan = useApiQuery('getPressPlan', { buildId });
  if (plan.error) return <Text c="red" role="alert">{plan.error.message}</Text>;
  if (!plan.data) return <Text c="dimmed">Loading…</Text>;
  const p = plan.data;
  return (
    <Stack gap="sm" className="run-sheet-page">
      <RunSheetToolbar backHref={`/builds/${buildId}`} backLabel="Back to the build" />
      <Box className="run-sheet" data-testid="run-sheet">
        <Stack gap="md">
          <Title order={2}>Press run sheet — {p.buildName}</Title>
          <FactGrid
            cols={4}
            facts={[
              { label: 'Plan', value: p.state },
              { label: 'Steps', value: String(p.steps.length) },
              { label: 'Total time', value: durationText(p.timeline.totalDurationS) },
              { label: 'Tolerance', value: `${p.deviationTolerancePct} % (a reason beyond it)` },
            ]}
          />
          {p.origin && <Text size="sm">From {p.origin}.</Text>}
          <StepsTable
            printed
            label="Press plan steps"
            steps={p.steps}
            stepKey={(step) => step.id}
            title={stepTitle}
            kind={stepKindText}
            setPoints={(step) => (
              <Stack gap={2}>
                <Text size="sm">{setPointsText(step)}</Text>
                {equipmentText(step) && <Text size="xs">{equipmentText(step)}</Text>}
              </Stack>
            )}
            rowProps={(step) => ({ 'data-step': step.position + 1 })}
            columns={[
              {
                key: 'checks',
                header: 'Checks',
                width: 190,
                render: (step) => (
                  <Stack gap={2}>
                    {step.checks.filter((check) => check.status !== 'pass').map((check, index) => <Text key={index} size="xs"><b>{CHECK_STATUS_WORD[check.status]}</b>: {check.message}</Text>)}
                    {step.checks.every((check) => check.status === 'pass') && <Text size="xs">all pass</Text>}
                  </Stack>
                ),
              },
              { key: 'actual', header: 'Actual', width: 180, render: (step) => <ActualLines step={step} /> },
              { key: 'done', header: '✓', width: 28, render: (step) => (step.status === 'done' ? <Recorded>✓</Recorded> : <TickBox />) },
            ]}
          />
          {p.planChecks.some((check) => check.status !== 'pass') && (
            <Stack gap={2}>
              <Title order={4}>Checks on the whole plan</Title>
              {p.planChecks.filter((check) => check.status !== 'pass').map((check, index) => <Text key={index} size="xs"><b>{CHECK_STATUS_WORD[check.status]}</b>: {check.message}</Text>)}
            </Stack>
          )}
          <Text size="xs">Printed {formatLocalDateTime(new Date().toISOString())}. Deviations beyond the tolerance: write the reason in the notes.</Text>
          <RunSheetSignatures />
        </Stack>
      </Box>
    </Stack>
  );
}
