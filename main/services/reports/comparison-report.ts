// A comparison report of chosen builds, as one self-contained HTML file (or a PDF): the patent's
// Table 1 generated from the cycling data (each cell, and each build's mean ± SD (n)), the
// capacity-retention and first-cycle voltage overlays, and the design differences against the
// first build. The same services as the Compare area make every number.
import { APP_VERSION } from '../../../shared/app-version';
import { gradeText } from '../../../shared/cycling/grade-meaning';
import { formatPercent, formatQuantity } from '../../../shared/format/quantity';
import { html, raw, type RawHtml } from '../../../shared/reports/html';
import { lineChartSvg } from '../../../shared/reports/svg-chart';
import type { Overlay, ReplicateStat } from '../../../shared/schemas/plots';
import { getDesignDifferences } from '../compare/design-differences';
import { getOverlay } from '../compare/overlay';
import { getTableOne } from '../compare/table-one';
import type { ServiceContext } from '../context';
import { historyCheckpointSection } from '../../integrity/report-sections';
import { REPORT_CSS } from './report-style';
import { groupColours } from '../../../shared/plots/group-colours';


const stat = (s: ReplicateStat, unit: string) => (s.mean === null ? '—' : `${formatQuantity(s.mean, unit)}${s.sd !== null ? ` ± ${formatQuantity(s.sd, unit)}` : ''} (n = ${s.n})`);

/** "Voltage (V)": the unit once, whether or not the axis title already carries it. */
const axisTitle = (axis: Overlay['xAxis']) => (!axis.unit || axis.title.includes(`(${axis.unit})`) ? axis.title : `${axis.title} (${axis.unit})`);

/** A series' legend entry without its cell: one entry per build ("Example 3 · 5 wt%"). */
const groupLabel = (label: string) => {
  const parts = label.split(' · ');
  return parts.length > 1 ? parts.slice(0, -1).join(' · ') : label;
};

function overlayChart(overlay: Overlay, title: string): string {
  // The Compare area's colours, so a report shows each build as the user saw it there.
  const colours = groupColours(overlay.series.map((s) => s.group));
  return lineChartSvg({
    title,
    widthPx: 700,
    heightPx: 320,
    xAxis: { title: axisTitle(overlay.xAxis) },
    yAxis: { title: axisTitle(overlay.yAxis) },
    series: overlay.series.map((s) => ({ name: s.label, x: s.x, y: s.y, color: colours.get(s.group)!, dashed: s.half === 'charge' })),
    legend: false,
  });
}

function legend(overlay: Overlay): RawHtml {
  const groups = [...new Map(overlay.series.map((s) => [s.group, groupLabel(s.label)])).entries()];
  const colours = groupColours(groups.map(([group]) => group));
  return html`<p class="meta">${overlay.legendTitle}: ${groups.map(([group, label], i) => html`<span style="color:${colours.get(group)}">■</span> ${label}${i < groups.length - 1 ? ' · ' : ''}`)}${overlay.series.some((s) => s.synthetic) ? ' (synthetic data marked in Table 1)' : ''}</p>`;
}

export function comparisonReportHtml(ctx: ServiceContext, buildIds: readonly number[], retentionAtCycle = 100): { title: string; html: string } {
  const table = getTableOne(ctx, { buildIds: [...buildIds], retentionAtCycle });
  const selection = { buildIds: [...buildIds], testIds: [] };
  const retention = getOverlay(ctx, { selection, kind: 'retention', cycle: 1, halves: ['charge', 'discharge'], basis: 'cell', widthPx: 700, dqdv: { binWidthMV: 5, smoothing: { kind: 'savitzky_golay', windowBins: 9 }, minPeakFraction: 0.1 } });
  const voltage = getOverlay(ctx, { selection, kind: 'voltage', cycle: 1, halves: ['discharge'], basis: 'cell', widthPx: 700, dqdv: { binWidthMV: 5, smoothing: { kind: 'savitzky_golay', windowBins: 9 }, minPeakFraction: 0.1 } });
  const differences = getDesignDifferences(ctx, buildIds);
  const names = differences.builds.map((b) => b.name);
  const title = `Comparison of ${names.join(', ')}`;
  const cellRows = table.rows.map((r) => html`<tr><td>${r.buildName}</td><td>${r.cellLabel}${r.synthetic ? ' (synthetic)' : ''}</td><td>${r.shortCircuit ? `yes (cycle ${r.shortCircuitCycle})` : '—'}</td><td class="num">${formatQuantity(r.standardCapacityMAh, 'mAh')}</td><td>${r.lifespanLabel}</td><td>${gradeText(r.grade)}</td><td class="num">${formatPercent(r.retentionPct)}</td><td class="num">${formatPercent(r.firstCycleCePct)}</td></tr>`);
  const buildRows = table.builds.map((b) => html`<tr><td>${b.buildName}</td><td class="num">${b.n}</td><td>${stat(b.lifespan, 'cycles')}${b.lifespanCensored ? `; ${b.lifespanCensored} still above the threshold` : ''}</td><td>${stat(b.standardCapacityMAh, 'mAh')}</td><td>${stat(b.retentionPct, '%')}</td><td>${b.shortCircuits}</td><td>${gradeText(b.grade)}</td></tr>`);
  const diffRows = differences.rows.map((row) => html`<tr><td>${row.section}</td><td>${row.label}${row.unit ? ` (${row.unit})` : ''}</td>${row.values.map((v, i) => html`<td${raw(row.differs[i] ? ' class="status-warn"' : '')}>${v}</td>`)}</tr>`);
  const page = html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="generator" content="Cellbook ${APP_VERSION}"><title>${title}</title><style>${raw(REPORT_CSS)}</style></head>
<body><h1>${title}</h1><p class="meta">Made on ${ctx.writer.now().toISOString()}; retention at cycle ${retentionAtCycle}.</p>
<h2>Table 1 from the data</h2>
${table.rows.length === 0 ? html`<p class="missing">None of these builds has a cycling test yet.</p>` : html`<table><thead><tr><th>Build</th><th>Cell</th><th>Short circuit</th><th class="num">Standard capacity</th><th>Lifespan</th><th>Grade</th><th class="num">Retention at ${retentionAtCycle}</th><th class="num">First-cycle CE</th></tr></thead><tbody>${cellRows}</tbody></table>
<h3>Replicates</h3><table><thead><tr><th>Build</th><th class="num">Cells</th><th>Lifespan</th><th>Standard capacity</th><th>Retention at ${retentionAtCycle}</th><th>Short circuits</th><th>Grade</th></tr></thead><tbody>${buildRows}</tbody></table>`}
<h2>Capacity retention</h2>${retention.series.length ? html`<figure>${raw(overlayChart(retention, 'Discharge capacity retention by cycle'))}</figure>${legend(retention)}` : html`<p class="missing">No cycling data to overlay.</p>`}
<h2>First-cycle discharge</h2>${voltage.series.length ? html`<figure>${raw(overlayChart(voltage, 'Voltage against capacity, cycle 1 discharge'))}</figure>${legend(voltage)}` : html`<p class="missing">No cycling data to overlay.</p>`}
<h2>Design differences</h2><p class="meta">Against ${names[0] ?? '—'}; values that differ from it are marked.</p>
${differences.rows.length ? html`<table><thead><tr><th>Part</th><th>Quantity</th>${names.map((n) => html`<th>${n}</th>`)}</tr></thead><tbody>${diffRows}</tbody></table>` : html`<p class="muted">The designs do not differ.</p>`}
${historyCheckpointSection(ctx.notebook.db, ctx.notebook.path, ctx.writer.now())}
</body></html>`;
  return { title, html: page.html };
}
