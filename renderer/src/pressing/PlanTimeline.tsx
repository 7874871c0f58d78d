// The plan as a Gantt chart: each step a bar from its start to its end if the plan were started
// now, long drying steps included, nights outside the working day shaded and overnight steps in
// their own colour, with the total duration and the earliest finish.
import { Group, Stack, Text, Title } from '@mantine/core';
import type { Data, Layout } from 'plotly.js';
import { useMemo } from 'react';
import type { Timeline } from '../../../shared/schemas/pressing';
import { useApiQuery } from '../api/hooks';
import { PlotlyChart } from '../components/PlotlyChart';
import { formatLocalDateTime } from '../notebook/format';
import { durationText } from './format';

const DAY_COLOUR = '#228be6';
const NIGHT_COLOUR = '#e8590c';
const LABEL_CHARS = 48;

/** The step's row on the chart: number and title, a long title shortened (the hover has it whole). */
function rowLabel(entry: Timeline['entries'][number]): string {
  const text = `${entry.position + 1}. ${entry.label}`;
  return text.length > LABEL_CHARS ? `${text.slice(0, LABEL_CHARS - 1)}…` : text;
}

/** The nights (working day's end to the next day's start, local time) the plan runs through. */
function nights(startIso: string, endIso: string, startHour: number, endHour: number): { from: Date; to: Date }[] {
  const end = new Date(endIso);
  const day = new Date(startIso);
  day.setHours(0, 0, 0, 0);
  const shaded: { from: Date; to: Date }[] = [];
  for (; day < end && shaded.length < 60; day.setDate(day.getDate() + 1)) {
    const from = new Date(day);
    from.setHours(endHour);
    const to = new Date(day);
    to.setDate(to.getDate() + 1);
    to.setHours(startHour);
    if (to > new Date(startIso)) shaded.push({ from, to });
  }
  return shaded;
}

export function PlanTimeline({ timeline }: { timeline: Timeline }) {
  const settings = useApiQuery('getPressingSettings', {});
  const { data, layout, height } = useMemo(() => {
    const entries = timeline.entries;
    const labels = entries.map(rowLabel);
    // Cellbook's Plotly bundle draws scatter traces only: each step is a thick line from its start
    // to its end (a Gantt bar), a step without duration a diamond at its start.
    const bars = (overnight: boolean): Data => {
      const chosen = entries.filter((entry) => entry.overnight === overnight && (entry.durationS ?? 0) > 0);
      return {
        type: 'scatter',
        mode: 'lines',
        name: overnight ? 'runs overnight' : 'within the working day',
        x: chosen.flatMap((entry) => [entry.startAt, entry.endAt, null]),
        y: chosen.flatMap((entry) => [rowLabel(entry), rowLabel(entry), null]),
        line: { color: overnight ? NIGHT_COLOUR : DAY_COLOUR, width: 16 },
        hovertext: chosen.flatMap((entry) => {
          const text = `${entry.label}: ${formatLocalDateTime(entry.startAt)} → ${formatLocalDateTime(entry.endAt)} (${durationText(entry.durationS)})`;
          return [text, text, ''];
        }),
        hoverinfo: 'text',
        showlegend: overnight || entries.some((entry) => entry.overnight),
      };
    };
    // Steps too short to see as a bar at this scale (a 100 ms roll pass) are marked as well.
    const instants = entries.filter((entry) => (entry.durationS ?? 0) < timeline.totalDurationS / 200);
    const marks: Data = {
      type: 'scatter',
      mode: 'markers',
      name: 'short or no duration',
      x: instants.map((entry) => entry.startAt),
      y: instants.map(rowLabel),
      marker: { symbol: 'diamond', size: 11, color: '#868e96' },
      hovertext: instants.map((entry) => `${entry.label}: ${formatLocalDateTime(entry.startAt)} (${entry.durationS === null ? 'no duration planned' : durationText(entry.durationS)})`),
      hoverinfo: 'text',
      showlegend: false,
    };
    const day = settings.data;
    const shapes =
      timeline.longerThanWorkingDay && day
        ? nights(timeline.startAt, timeline.earliestFinishAt, day.workdayStartHour, day.workdayEndHour).map((night) => ({
            type: 'rect' as const,
            xref: 'x' as const,
            yref: 'paper' as const,
            x0: night.from.toISOString(),
            x1: night.to.toISOString(),
            y0: 0,
            y1: 1,
            fillcolor: 'rgba(120,120,120,0.12)',
            line: { width: 0 },
            layer: 'below' as const,
          }))
        : [];
    const layout: Partial<Layout> = {
      xaxis: { type: 'date', title: { text: 'local time if started now' } },
      yaxis: { autorange: 'reversed', categoryorder: 'array', categoryarray: labels, automargin: true },
      shapes,
      margin: { l: 16, r: 56, t: 28, b: 44 },
    };
    return { data: [bars(false), bars(true), marks], layout, height: Math.max(180, 70 + 30 * entries.length) };
  }, [timeline, settings.data]);

  return (
    <Stack gap={4}>
      <Group justify="space-between">
        <Title order={4}>Timeline</Title>
        <Text size="sm" data-testid="timeline-summary">
          total {durationText(timeline.totalDurationS)} · earliest finish if started now <b>{formatLocalDateTime(timeline.earliestFinishAt)}</b>
          {timeline.longerThanWorkingDay && ' · longer than a working day: shaded hours are nights'}
        </Text>
      </Group>
      {timeline.messages.map((message) => <Text key={message} size="xs" c="dimmed">{message}</Text>)}
      <PlotlyChart label="press plan timeline" data={data} layout={layout} height={height} />
    </Stack>
  );
}
