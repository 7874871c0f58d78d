// The Compare area: choose builds (by name or from the builds and cycling lists' "Compare
// selected"), then see their tests overlaid, the patent's Table 1 from data, a parameter-vs-outcome
// scatter and what differs between their designs.
import { Anchor, Button, Container, Group, MultiSelect, NumberInput, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import type { ComparisonSelection } from '../../../shared/schemas/plots';
import { useApiQuery } from '../api/hooks';
import { preloadPlotly } from '../components/PlotlyChart';
import { comparePath, type CompareSelection } from './compare-route';
import { DesignDifferencesPanel } from './DesignDifferencesPanel';
import { OverlayPanel } from './OverlayPanel';
import { ScatterPanel } from './ScatterPanel';
import { TableOnePanel } from './TableOnePanel';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="sm" component="section" aria-label={title}>
      <Title order={3} mb="xs">{title}</Title>
      {children}
    </Paper>
  );
}

function BuildChooser({ buildIds }: { buildIds: number[] }) {
  const [, navigate] = useLocation();
  const builds = useApiQuery('listBuilds', { status: 'active' });
  const tests = useApiQuery('listCyclingTests', { includeArchived: false, unassignedOnly: false });
  const withTests = useMemo(() => new Set((tests.data ?? []).flatMap((test) => (test.buildId === null ? [] : [test.buildId]))), [tests.data]);
  const options = (builds.data ?? []).map((build) => ({ value: String(build.id), label: withTests.has(build.id) ? build.name : `${build.name} (no cycling test)` }));
  return (
    <Group gap="sm" align="flex-end">
      <MultiSelect
        label="Builds to compare (the first is the reference)"
        searchable
        clearable
        miw={420}
        maw={760}
        data={options}
        value={buildIds.map(String)}
        onChange={(ids) => navigate(comparePath({ buildIds: ids.map(Number) }))}
        nothingFoundMessage="No build of that name"
      />
      <Button variant="default" size="sm" disabled={withTests.size === 0} onClick={() => navigate(comparePath({ buildIds: (builds.data ?? []).filter((build) => withTests.has(build.id)).map((build) => build.id) }))}>
        Every build with a test
      </Button>
    </Group>
  );
}

export function ComparePage({ buildIds, testIds }: CompareSelection) {
  useEffect(() => preloadPlotly(), []);
  const [retentionAtCycle, setRetentionAtCycle] = useState(100);
  const tests = useApiQuery('listCyclingTests', { includeArchived: false, unassignedOnly: false });
  // Tests picked one by one bring their builds into Table 1 and the design differences.
  const builds = useMemo(() => {
    if (testIds.length === 0) return buildIds;
    const chosen = new Set(testIds);
    return [...new Set((tests.data ?? []).filter((test) => chosen.has(test.id) && test.buildId !== null).map((test) => test.buildId!))];
  }, [buildIds, testIds, tests.data]);
  const selection: ComparisonSelection = testIds.length > 0 ? { buildIds: [], testIds } : { buildIds, testIds: [] };
  const table = useApiQuery('getTableOne', { buildIds: builds, retentionAtCycle }, { enabled: builds.length > 0 });
  const chosen = buildIds.length > 0 || testIds.length > 0;
  return (
    <Container size="xl" px={0}>
      <Stack gap="sm">
        <Title order={2}>Compare</Title>
        {testIds.length > 0 ? (
          <Text size="sm">
            {testIds.length} tests chosen in the Cycling list. <Anchor component={Link} href={comparePath({ buildIds: builds })}>Compare all cells of their builds</Anchor> · <Anchor component={Link} href="/compare">choose builds</Anchor>
          </Text>
        ) : (
          <BuildChooser buildIds={buildIds} />
        )}
        {!chosen ? (
          <Text size="sm" c="dimmed">Choose builds above, or tick builds in the Builds list or tests in the Cycling list and press "Compare selected".</Text>
        ) : (
          <>
            <Section title="Overlay">
              <OverlayPanel selection={selection} />
            </Section>
            <Section title="Table 1">
              <NumberInput size="xs" w={180} mb="xs" label="Retention at cycle" min={1} value={retentionAtCycle} onChange={(value) => typeof value === 'number' && Number.isInteger(value) && value >= 1 && setRetentionAtCycle(value)} />
              {table.error && <Text size="sm" c="red">{table.error.message}</Text>}
              {table.data && <TableOnePanel table={table.data} onlyTests={testIds} />}
            </Section>
            <Section title="Parameter against outcome">
              <ScatterPanel selection={selection} retentionAtCycle={retentionAtCycle} />
            </Section>
            <Section title="Design differences">
              <DesignDifferencesPanel buildIds={builds} />
            </Section>
          </>
        )}
      </Stack>
    </Container>
  );
}
