// `cellbook plan BUILD`: a build's press plan with each step's set points, force and worst check;
// `cellbook plan recommend --layers FILE`: a grouping and order of press steps for layers in
// stacking order with their windows (DOMAIN.md section 4). An infeasible set is an answer (exit 0).
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { z } from 'zod';
import { CellbookError } from '../../../shared/api-error';
import { recommendPressSteps } from '../../../shared/pressing/recommend';
import type { PressPlan, Recommendation } from '../../../shared/schemas/pressing';
import { formatSignificant } from '../../../shared/format/quantity';
import { parseOrThrow } from '../../../shared/validation';
import { getPressPlan } from '../../services/pressing/plan-view';
import { notebookCommand, withNotebook, type NotebookCommandOptions } from '../notebook-command';
import { findBuild } from '../../services/builds/find-build';
import { emitResult, runCommand } from '../output';
import { textTable } from './text-table';

const bound = z.number({ error: 'a pressure in MPa' }).positive('must be above 0 MPa').nullable().optional();
const layersFileSchema = z.object({
  layers: z.array(z.object({ name: z.string().trim().min(1, 'each layer needs a name'), min_MPa: bound, max_MPa: bound }).strict()).min(1, 'give at least one layer'),
}).strict();

export function recommendFromFile(file: string): Recommendation {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CellbookError('not_found', `${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new CellbookError('validation', `${file}: not JSON (${(error as Error).message})`);
  }
  const parsed = parseOrThrow(layersFileSchema, raw, file);
  return recommendPressSteps(parsed.layers.map((layer) => ({ name: layer.name, minMPa: layer.min_MPa ?? null, maxMPa: layer.max_MPa ?? null })));
}


/** The plan as scripts read it: snake_case keys with units. */
export function planJson(plan: PressPlan) {
  return {
    build: plan.buildName,
    state: plan.state,
    worst: plan.worst,
    origin: plan.origin,
    steps: plan.steps.map((step) => ({
      step: step.position + 1,
      title: step.title,
      kind: step.kind,
      method: step.method,
      equipment: step.equipmentName,
      die: step.dieName,
      layers: step.layers,
      pressure_MPa: step.pressureMPa,
      area_cm2: step.areaCm2,
      force_kN: step.forceKN,
      force_tf: step.forceTf,
      temperature_C: step.temperatureC,
      duration_s: step.durationS,
      step_status: step.status,
      status: step.worst,
      messages: step.checks.filter((entry) => entry.status !== 'pass').map((entry) => entry.message),
    })),
    plan_checks: plan.planChecks.map((entry) => ({ id: entry.id, status: entry.status, message: entry.message })),
    total_duration_s: plan.timeline.totalDurationS,
    earliest_finish: plan.timeline.earliestFinishAt,
    /** Steps that run into the night if the plan starts now. */
    overnight_steps: plan.timeline.entries.filter((entry) => entry.overnight).map((entry) => entry.position + 1),
  };
}

const n = (value: number | null) => (value === null ? '—' : formatSignificant(value, 4));

function planText(json: ReturnType<typeof planJson>): string {
  if (json.steps.length === 0) return `${json.build}: no press plan yet.`;
  const rows = json.steps.map((step) => [String(step.step), step.kind, step.method ?? '—', step.equipment ?? '—', step.layers.join(', ') || '—', n(step.pressure_MPa), n(step.force_kN), n(step.temperature_C), n(step.duration_s), step.status]);
  const messages = json.steps.flatMap((step) => step.messages.map((text) => `  step ${step.step}: ${text}`));
  const planWide = json.plan_checks.filter((entry) => entry.status !== 'pass').map((entry) => `  ${entry.status}: ${entry.message}`);
  return [
    `${json.build}: plan ${json.state}, worst check ${json.worst ?? '—'}; total ${n(json.total_duration_s / 3600)} h, earliest finish ${json.earliest_finish} if started now${json.overnight_steps.length > 0 ? `; overnight: step ${json.overnight_steps.join(', ')}` : ''}`,
    textTable(['#', 'kind', 'method', 'equipment', 'layers', 'pressure (MPa)', 'force (kN)', 'temperature (°C)', 'duration (s)', 'status'], rows),
    ...(messages.length > 0 ? ['Checks:', ...messages] : []),
    ...(planWide.length > 0 ? ['Plan:', ...planWide] : []),
  ].join('\n');
}

/** The recommendation with the keys scripts read. */
export function recommendationJson(result: Recommendation) {
  return { steps: result.steps.map((step) => ({ layers: step.layers, pressure_MPa: step.pressureMPa })), feasible: result.feasible, messages: result.messages };
}

function recommendationText(result: ReturnType<typeof recommendationJson>): string {
  return [
    result.feasible ? 'Feasible.' : 'Not feasible.',
    ...(result.steps.length > 0 ? [textTable(['step', 'layers', 'pressure (MPa)'], result.steps.map((step, index) => [String(index + 1), step.layers.join(' + '), n(step.pressure_MPa)]))] : []),
    ...result.messages.map((text) => `- ${text}`),
  ].join('\n');
}

export function registerPlan(program: Command): void {
  notebookCommand(program, 'plan', "a build's press plan (steps, force, checks), or `plan recommend --layers FILE`")
    .argument('<build>', 'build name or id, or "recommend"')
    .option('--layers <file>', 'for `plan recommend`: {"layers": [{"name", "min_MPa", "max_MPa"}]} in stacking order')
    .action((build: string, options: NotebookCommandOptions & { layers?: string }) =>
      runCommand(async () => {
        if (build === 'recommend' && options.layers !== undefined) return emitResult(options, recommendationJson(recommendFromFile(options.layers)), recommendationText);
        if (build === 'recommend') throw new CellbookError('validation', 'plan recommend needs --layers FILE');
        await withNotebook(options, (ctx) => emitResult(options, planJson(getPressPlan(ctx, findBuild(ctx, build))), planText));
      }),
    );
}
