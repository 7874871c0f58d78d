// Which knob mattered: any derived build number against an outcome, one point per cell, coloured
// by build. A lifespan still above the threshold at the end of the data is drawn as an open
// triangle at the last cycle ("> y").
import { Group, List, Select, Stack, Text } from '@mantine/core';
import { keepPreviousData } from '@tanstack/react-query';
import type { Data, Layout } from 'plotly.js';
import { useMemo, useState } from 'react';
import type { ComparisonSelection, Scatter } from '../../../shared/schemas/plots';
import { useApiQuery } from '../api/hooks';
import { PlotlyChart } from '../components/PlotlyChart';
import { axisLayout, hoverValue } from '../cycling/plots/axis-layout';
import { groupColours } from '../../../shared/plots/group-colours';

type Outcome = 'lifespan' | 'retention' | 'standard_capacity' | 'first_cycle_ce';

function figure(scatter: Scatter): { data: Data[]; layout: Partial<Layout> } {
  const colours = groupColours(scatter.points.map((point) => point.buildName));
  const builds = [...colours.keys()];
  const data: Data[] = builds.map((build) => {
    const points = scatter.points.filter((point) => point.buildName === build);
    return {
      type: 'scatter',
      mode: 'markers',
      name: build,
      x: points.map((point) => point.x),
      y: points.map((point) => point.y),
      text: points.map((point) => `${point.buildName} ${point.cellLabel}${point.synthetic ? ' (synthetic)' : ''}${point.censored ? ' — still above the threshold: more than' : ''}`),
      marker: { size: 10, color: colours.get(build), symbol: points.map((point) => (point.censored ? 'triangle-up-open' : 'circle')), line: { width: 1.5, color: colours.get(build) } },
      hovertemplate: `%{text}<br>${hoverValue('x', scatter.xAxis)}<br>${hoverValue('y', scatter.yAxis)}<extra></extra>`,
    };
  });
  // Plotly's own range, padded for the markers: points on the extreme values would sit half outside.
  const padded = { range: undefined, autorange: true } as const;
  return { data, layout: { xaxis: axisLayout(scatter.xAxis, padded), yaxis: axisLayout(scatter.yAxis, padded), legend: { title: { text: 'build' } } } };
}

export function ScatterPanel({ selection, retentionAtCycle }: { selection: ComparisonSelection; retentionAtCycle: number }) {
  const quantities = useApiQuery('listCompareQuantities', {});
  const [parameter, setParameter] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome>('lifespan');
  const chosenParameter = parameter ?? quantities.data?.parameters[0]?.key ?? null;
  const query = useApiQuery('getScatter', { selection, parameter: chosenParameter ?? 'none', outcome, retentionAtCycle }, { enabled: chosenParameter !== null, placeholderData: keepPreviousData });
  const scatter = query.data;
  const plot = useMemo(() => (scatter ? figure(scatter) : null), [scatter]);
  return (
    <Stack gap="xs">
      <Group gap="sm" align="flex-end">
        <Select size="xs" w={280} label="Build parameter (x axis)" searchable allowDeselect={false} data={(quantities.data?.parameters ?? []).map((q) => ({ value: q.key, label: q.unit ? `${q.label} (${q.unit})` : q.label }))} value={chosenParameter} onChange={setParameter} />
        <Select size="xs" w={240} label="Outcome (y axis)" allowDeselect={false} data={(quantities.data?.outcomes ?? []).map((q) => ({ value: q.key, label: q.unit ? `${q.label} (${q.unit})` : q.label }))} value={outcome} onChange={(value) => value && setOutcome(value as Outcome)} />
      </Group>
      {query.error && <Text size="sm" c="red">{query.error.message}</Text>}
      {scatter && scatter.points.length === 0 && <Text size="sm" c="dimmed">No cell has both numbers.</Text>}
      {plot && scatter && scatter.points.length > 0 && <PlotlyChart label="parameter against outcome" fileName={`${scatter.parameter.label} vs ${scatter.outcome.label}`} data={plot.data} layout={plot.layout} height={360} />}
      {scatter && scatter.missing.length > 0 && (
        <List size="xs" c="dimmed" spacing={0}>
          {scatter.missing.map((line) => <List.Item key={line}>Left out: {line}</List.Item>)}
        </List>
      )}
    </Stack>
  );
}
