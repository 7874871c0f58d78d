// The four plots of one test: capacity and CE per cycle, voltage against capacity, dQ/dV and
// voltage and current over time, with one capacity basis (mAh, mAh/g, mAh/cm²) for all. A test
// without cycles (a rest-only or idle file) shows only its voltage over time and says why.
import { Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { CyclingTestDetail } from '../../../shared/schemas/cycling';
import type { CapacityBasis } from '../../../shared/schemas/plots';
import { useApiQuery } from '../api/hooks';
import { BasisPicker } from './plots/BasisPicker';
import { CapacityPlot } from './plots/CapacityPlot';
import { DqdvPlot } from './plots/DqdvPlot';
import { PlotNotes } from './plots/PlotNotes';
import { TimeSeriesPlot } from './plots/TimeSeriesPlot';
import { VoltageCurvesPlot } from './plots/VoltageCurvesPlot';

function PlotCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="sm" miw={0} component="section" aria-label={title}>
      <Title order={3} mb={4}>{title}</Title>
      {children}
    </Paper>
  );
}

export function CyclingPlots({ detail }: { detail: CyclingTestDetail }) {
  const [basis, setBasis] = useState<CapacityBasis>('cell');
  const testId = detail.test.id;
  const testName = detail.test.name;
  // A rest-only or idle file: its "cycle" (from the file's cycle column) has neither charge nor discharge.
  const hasCycles = detail.cycles.some((row) => row.chargeMAh > 0 || row.dischargeMAh > 0);
  const capacity = useApiQuery('getCapacityPlot', { testId, basis }, { enabled: hasCycles });
  const cycles = detail.cycles.map((row) => row.cycle);
  if (!hasCycles) {
    return (
      <PlotCard title="Voltage and current over time">
        <TimeSeriesPlot testId={testId} testName={testName} />
      </PlotCard>
    );
  }
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <BasisPicker value={basis} onChange={setBasis} unavailable={capacity.data?.unavailableBases ?? []} />
        <Text size="xs" c="dimmed" maw={520} ta="right">Drag on a plot to zoom (every point of the zoomed range is fetched), double-click to see all; Export saves PNG, SVG or CSV.</Text>
      </Group>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="sm">
        <PlotCard title="Capacity and efficiency by cycle">
          {capacity.error && <Text size="sm" c="red">{capacity.error.message}</Text>}
          {capacity.data && (
            <>
              <CapacityPlot plot={capacity.data} testName={testName} />
              <PlotNotes notes={capacity.data.notes} />
            </>
          )}
        </PlotCard>
        <PlotCard title="Voltage against capacity">
          <VoltageCurvesPlot testId={testId} testName={testName} cycles={cycles} basis={basis} />
        </PlotCard>
        <PlotCard title="Differential capacity dQ/dV">
          <DqdvPlot testId={testId} testName={testName} cycles={cycles} basis={basis} />
        </PlotCard>
        <PlotCard title="Voltage and current over time">
          <TimeSeriesPlot testId={testId} testName={testName} />
        </PlotCard>
      </SimpleGrid>
    </Stack>
  );
}
