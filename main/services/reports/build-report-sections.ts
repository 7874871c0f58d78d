// The sections of a build report, one function each, every number through the one formatter and
// every missing piece said in words. Sections plug in: a new source (a signature, a checkpoint)
// adds a function here and a line in build-report.ts.
import { formatBytes } from '../../../shared/format/bytes';
import { formatPercent, formatQuantity } from '../../../shared/format/quantity';
import { compositionText, shapeText, sideText } from '../../../shared/cells/layer-text';
import { LAYER_KIND_LABELS } from '../../../shared/cells/types';
import { gradeText } from '../../../shared/cycling/grade-meaning';
import { html, raw, type RawHtml } from '../../../shared/reports/html';
import { stackCrossSectionSvg } from '../../../shared/reports/stack-svg';
import { lineChartSvg } from '../../../shared/reports/svg-chart';
import type { BuildReportData, CellTestReport } from './build-report-data';

const q = formatQuantity;
const missing = (text: string) => html`<p class="missing">${text}</p>`;

function layerWidthMm(shape: BuildReportData['build']['layers'][number]['shape']): number | null {
  if (!shape) return null;
  if (shape.kind === 'rect') return shape.widthMm;
  if (shape.kind === 'round') return shape.diameterMm;
  return Math.sqrt(shape.areaCm2 * 100);
}

export function identitySection(data: BuildReportData): RawHtml {
  const { build, cells } = data.build;
  return html`<h1>${build.name}</h1>
    <p class="meta">Build ${build.id} · ${build.configuration === 'double_sided' ? 'FIG. 2, double-sided' : 'FIG. 1, single-sided'} · built ${build.builtOn ?? 'date not recorded'} by ${build.operator ?? 'operator not recorded'}
      · glovebox H₂O ${q(build.gloveboxH2oPpm, 'ppm')}, O₂ ${q(build.gloveboxO2Ppm, 'ppm')}${build.tags.length ? ` · tags: ${build.tags.join(', ')}` : ''}${build.archivedAt ? ' · archived' : ''}</p>
    <p class="meta">Cells: ${cells.length === 0 ? 'none yet' : cells.map((c) => `${c.label} ${c.status.replace(/_/g, ' ')}${c.failureReason ? ` (${c.failureReason})` : ''}`).join('; ')}</p>`;
}

export function stackSection(data: BuildReportData): RawHtml {
  const { layers, derived } = data.build;
  if (layers.length === 0) return html`<h2>Layer stack</h2>${missing('No layers entered yet.')}`;
  const figure = stackCrossSectionSvg(layers.map((layer, i) => ({ kind: layer.kind, side: layer.side, thicknessUm: derived.layers[i]?.thicknessUm ?? null, widthMm: layerWidthMm(layer.shape) })));
  const rows = layers.map((layer, i) => {
    const d = derived.layers[i];
    const composition = compositionText(layer, d?.weightFractions ?? null);
    return html`<tr><td>${LAYER_KIND_LABELS[layer.kind]} (${sideText(layer.side)})</td><td>${shapeText(layer.shape)}</td><td class="num">${q(d?.areaCm2, 'cm²')}</td><td class="num">${q(d?.thicknessUm, 'µm')}</td><td class="num">${q(layer.massMg, 'mg')}</td><td class="num">${q(d?.loadingMgCm2, 'mg/cm²')}</td><td class="num">${q(d?.densityGCm3, 'g/cm³')}</td><td class="num">${q(d?.porosityPct, '%')}</td><td>${composition || '—'}</td></tr>`;
  });
  return html`<h2>Layer stack</h2><figure>${raw(figure)}<figcaption>Cross-section in stacking order.</figcaption></figure>
    <table><thead><tr><th>Layer</th><th>Size</th><th class="num">Area</th><th class="num">Thickness</th><th class="num">Mass</th><th class="num">Loading</th><th class="num">Density</th><th class="num">Porosity</th><th>Composition (lots)</th></tr></thead><tbody>${rows}</tbody></table>
    ${data.build.problems.length ? html`<p class="missing">${data.build.problems.join(' ')}</p>` : ''}`;
}

export function lineageSection(data: BuildReportData): RawHtml {
  if (data.lineage.length === 0) return html`<h2>Lots and their lineage</h2>${missing('No lots are recorded for the components yet.')}`;
  const rows = data.lineage.map((l) => html`<tr><td>${l.materialName}</td><td>${l.lotNumber}</td><td>${l.batch ? `${l.batch.code} (${l.batch.status})` : 'bought in'}</td><td>${l.batch ? `${l.batch.recipeName}, version ${l.batch.recipeVersion}` : '—'}</td><td>${l.batch ? (l.batch.deviations.length ? l.batch.deviations.join('; ') : 'none beyond tolerance') : '—'}</td></tr>`);
  return html`<h2>Lots and their lineage</h2><table><thead><tr><th>Material</th><th>Lot</th><th>Batch</th><th>Recipe</th><th>Batch deviations</th></tr></thead><tbody>${rows}</tbody></table>`;
}

export function derivedSection(data: BuildReportData): RawHtml {
  const d = data.build.derived;
  const facts: Array<[string, string]> = [
    ['Cathode loading', q(d.cathodeLoadingMgCm2, 'mg/cm²')],
    ['Cathode active loading', q(d.cathodeActiveLoadingMgCm2, 'mg/cm²')],
    ['Composite SE in the cathode layer', q(d.compositeSeWtPct, 'wt%')],
    ['Cathode capacity (all faces)', q(d.cathodeCapacityMAh, 'mAh')],
    ['Areal capacity', q(d.cathodeCapacityMAhCm2, 'mAh/cm²')],
    ['First anode layer capacity', q(d.anodeCapacityMAh, 'mAh')],
    ['Anode : cathode capacity', formatPercent(d.anodeToCathodeCapacityPct)],
    ['S1 / S2', formatPercent(d.s1OverS2Pct)],
    ['S1 / S4', formatPercent(d.s1OverS4Pct)],
  ];
  const rules = data.build.rules.map((r) => html`<tr><td>${r.title}</td><td class="status-${r.status === 'warn' ? 'warn' : r.status === 'pass' ? 'pass' : 'other'}">${r.status.replace(/_/g, ' ')}</td><td class="num">${r.value === null ? '—' : q(r.value, r.unit)}</td><td>${r.range}</td><td>${r.paragraph}</td><td>${r.message}</td></tr>`);
  return html`<h2>Derived numbers</h2><table><tbody>${facts.map(([k, v]) => html`<tr><th>${k}</th><td class="num">${v}</td></tr>`)}</tbody></table>
    <h2>Design rules</h2><table><thead><tr><th>Rule</th><th>Status</th><th class="num">Value</th><th>Range</th><th>Source</th><th>Why</th></tr></thead><tbody>${rules}</tbody></table>`;
}

export function pressingSection(data: BuildReportData): RawHtml {
  const plan = data.plan;
  if (!plan) return html`<h2>Pressing</h2>${missing('No press plan recorded for this build.')}`;
  const rows = plan.steps.map((s) => {
    const actual = s.actual ? [s.actual.pressureMPa !== null ? q(s.actual.pressureMPa, 'MPa') : s.actual.forceKN !== null ? q(s.actual.forceKN, 'kN') : null, s.actual.temperatureC !== null ? q(s.actual.temperatureC, '°C') : null, s.actual.durationS !== null ? q(s.actual.durationS / 60, 'min') : null].filter(Boolean).join(', ') : '';
    const deviations = s.deviations.filter((d) => d.beyondTolerance).map((d) => `${d.field.replace(/MPa|C$|S$/, '')} ${d.percent > 0 ? '+' : ''}${d.percent.toFixed(1)} %`);
    return html`<tr><td class="num">${s.position}</td><td>${s.title ?? s.kind}${s.method ? ` (${s.method.replace(/_/g, ' ')})` : ''}</td><td>${s.equipmentName ?? '—'}${s.dieName ? `, ${s.dieName}` : ''}</td><td class="num">${q(s.pressureMPa, 'MPa')}</td><td class="num">${q(s.forceKN, 'kN')}</td><td class="num">${q(s.temperatureC, '°C')}</td><td class="num">${s.durationS === null ? '—' : q(s.durationS / 60, 'min')}</td><td class="status-${s.worst}">${s.worst.replace(/_/g, ' ')}</td><td>${s.status.replace(/_/g, ' ')}${actual ? `: ${actual}` : ''}${deviations.length ? html`; <span class="status-warn">deviated ${deviations.join(', ')}</span>${s.deviationReason ? ` (${s.deviationReason})` : ''}` : ''}</td></tr>`;
  });
  const checks = [...plan.steps.flatMap((s) => s.checks), ...plan.planChecks].filter((c) => c.status !== 'pass');
  return html`<h2>Pressing</h2><p class="meta">Plan ${plan.state}${plan.origin ? `, from ${plan.origin}` : ''}; deviations beyond ${formatPercent(plan.deviationTolerancePct)} need a reason.</p>
    <table><thead><tr><th class="num">#</th><th>Step</th><th>Equipment</th><th class="num">Pressure</th><th class="num">Force</th><th class="num">Temperature</th><th class="num">Time</th><th>Checks</th><th>As run</th></tr></thead><tbody>${rows}</tbody></table>
    ${checks.length ? html`<h3>Checks that need a look</h3><ul>${checks.map((c) => html`<li><span class="status-${c.status}">${c.status.replace(/_/g, ' ')}</span>: ${c.message}</li>`)}</ul>` : html`<p class="muted">Every check passes.</p>`}`;
}

export function protocolSection(data: BuildReportData): RawHtml {
  const p = data.build.build.protocol;
  const d = data.build.derived;
  return html`<h2>Cycling protocol</h2><p>${q(p.temperatureC, '°C')}; constant current ${q(p.currentDensityMACm2, 'mA/cm²')} — the tester current is ${q(d.currentMA, 'mA')}${d.cRate !== null ? ` (C/${(1 / d.cRate).toFixed(1)})` : ''};
    charge for at most ${q(p.chargeLimitH, 'h')} to ${q(p.upperCutoffV, 'V')}, discharge for at most ${q(p.dischargeLimitH, 'h')} to ${q(p.lowerCutoffV, 'V')}; ${p.cycles} cycles [0122]–[0123].</p>`;
}

const CHARGE = '#1f77b4';
const DISCHARGE = '#d62728';

function testSection(report: CellTestReport): RawHtml {
  const { detail, capacity, voltage } = report;
  const t = detail.test;
  const lifespan = detail.lifespan;
  const header = html`<h3>${t.name}${t.synthetic && !/synthetic/i.test(t.name) ? ' (synthetic)' : ''}</h3>
    <p><b>${gradeText(lifespan.grade)}</b>; lifespan ${lifespan.label}; standard capacity ${q(lifespan.standardCapacityMAh, 'mAh')}; ${detail.cycles.length} cycles, ${t.pointCount.toLocaleString('en')} points, ${t.formatLabel}.</p>
    ${detail.shortCircuits.length ? html`<p class="status-warn">Short circuit flagged: ${detail.shortCircuits.map((f) => `cycle ${f.cycle}: ${f.reason} (${f.evidence})`).join('; ')}</p>` : html`<p class="muted">No short circuit flagged.</p>`}
    ${detail.setApart.length ? html`<p class="muted">Set apart: ${detail.setApart.map((s) => `cycle ${s.cycle} ${s.reason} (${q(s.dischargeMAh, 'mAh')} discharge)`).join('; ')}</p>` : ''}`;
  const charts: string[] = [];
  if (capacity && capacity.cycles.length > 0) {
    charts.push(lineChartSvg({
      title: 'Capacity by cycle',
      xAxis: { title: 'Cycle' },
      yAxis: { title: `Capacity (${capacity.capacityAxis.unit})` },
      series: [
        { name: 'Discharge', x: capacity.cycles, y: capacity.dischargeCapacity, color: DISCHARGE, markers: true },
        { name: 'Charge', x: capacity.cycles, y: capacity.chargeCapacity, color: CHARGE, dashed: true },
      ],
      hLines: capacity.thresholdCapacity !== null ? [{ y: capacity.thresholdCapacity, label: `${capacity.thresholdPct} % of the standard` }] : [],
      vLines: capacity.lifespanCycle !== null ? [{ x: capacity.lifespanCycle, label: `lifespan ${capacity.lifespanCycle}` }] : [],
    }));
  }
  if (voltage && voltage.curves.length > 0) {
    const shade = (cycle: number) => (cycle === voltage.cycles[0] ? 1 : 0.55);
    charts.push(lineChartSvg({
      title: `Voltage, cycles ${voltage.cycles.join(' and ')}`,
      xAxis: { title: `Capacity (${voltage.capacityAxis.unit})` },
      yAxis: { title: `Voltage (${voltage.voltageAxis.unit})` },
      series: voltage.curves.map((c) => ({ name: `${c.cycle} ${c.half}`, x: c.x, y: c.y, color: c.half === 'charge' ? CHARGE : DISCHARGE, dashed: shade(c.cycle) < 1 })),
    }));
  }
  const first = detail.cycles.slice(0, 5);
  const rest = detail.cycles.length > 8 ? detail.cycles.slice(-3) : detail.cycles.slice(5);
  const row = (c: (typeof detail.cycles)[number]) => html`<tr><td class="num">${c.cycle}${c.complete ? '' : ' (incomplete)'}</td><td class="num">${q(c.chargeMAh, 'mAh')}</td><td class="num">${q(c.dischargeMAh, 'mAh')}</td><td class="num">${c.coulombicEfficiency === null ? '—' : formatPercent(c.coulombicEfficiency * 100)}</td><td class="num">${formatPercent(c.retentionPct)}</td></tr>`;
  const table = detail.cycles.length === 0 ? missing('No complete cycles.') : html`<table><thead><tr><th class="num">Cycle</th><th class="num">Charge</th><th class="num">Discharge</th><th class="num">CE</th><th class="num">Retention</th></tr></thead><tbody>${first.map(row)}${detail.cycles.length > 8 ? html`<tr><td colspan="5" class="muted">… ${detail.cycles.length - 8} cycles between …</td></tr>` : ''}${rest.map(row)}</tbody></table>`;
  return html`<div class="keep">${header}</div>${charts.map((svg) => html`<figure>${raw(svg)}</figure>`)}${table}`;
}

export function cellsSection(data: BuildReportData): RawHtml {
  const { cells } = data.build;
  if (cells.length === 0) return html`<h2>Cells and cycling</h2>${missing('No cells yet.')}`;
  return html`<h2>Cells and cycling</h2>${cells.map((cell) => {
    const tests = data.tests.get(cell.id) ?? [];
    return html`<h3>Cell ${cell.label}: ${cell.status.replace(/_/g, ' ')}${cell.stackPressureMPa !== null ? `, held at ${q(cell.stackPressureMPa, 'MPa')}` : ''}${cell.fixture ? ` in ${cell.fixture}` : ''}</h3>${tests.length === 0 ? missing('No cycling test attached to this cell yet.') : tests.map(testSection)}`;
  })}`;
}

export function notesSection(data: BuildReportData): RawHtml {
  const { build } = data.build;
  const attachments = data.attachments.filter((a) => a.archivedAt === null);
  return html`<h2>Notes and attachments</h2>${build.notes ? html`<p style="white-space: pre-wrap">${build.notes}</p>` : missing('No notes.')}
    ${attachments.length ? html`<table><thead><tr><th>File</th><th class="num">Size</th><th>SHA-256</th></tr></thead><tbody>${attachments.map((a) => html`<tr><td>${a.fileName}</td><td class="num">${formatBytes(a.byteLength)}</td><td><code>${a.sha256}</code></td></tr>`)}</tbody></table>` : html`<p class="muted">No attachments.</p>`}`;
}

export function provenanceSection(data: BuildReportData): RawHtml {
  const h = data.buildHistory;
  return html`<h2>Record and provenance</h2><p>The build and its cells have ${h.entries} history entries${h.first ? `, from ${h.first} to ${h.last}` : ''}.
    This report was made on ${data.madeAt.toISOString()} from the notebook ${data.notebookFileName}, whose history then held ${data.historyEntries} entries ending in <code>${data.historyHead ?? '—'}</code>.</p>`;
}
