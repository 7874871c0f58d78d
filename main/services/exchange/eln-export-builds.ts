// Builds, their press plans and cycling tests as .eln Datasets. A build mentions the lots and
// materials in its layers, its press plan and its cells' tests; a test carries the original cycler
// files as File entries and mentions its build; a plan mentions its build.
import { getBuildDetail } from '../builds/builds';
import type { ServiceContext } from '../context';
import { getCyclingTest } from '../cycling/cycling-tests';
import { getPressPlan } from '../pressing/plan-view';
import { listAttachments } from '../attachments';
import { datasetId, folderOf, recordDates, safeSegment, textOf, type ElnFile, type ElnRecord } from './eln-export-dataset';
import { attachmentFiles } from './eln-export-inventory';
import { propertyValues } from './eln-export-values';
import { createHash } from 'node:crypto';
import { csvText } from '../exports/sheet-bytes';
import { listTable } from '../exports/list-tables';

/** The test's cycle table as the CSV `cellbook export --list cycles` writes (units in the headers). */
function cycleTableFile(ctx: ServiceContext, folder: string, testId: number): ElnFile {
  const bytes = Buffer.from(csvText(listTable(ctx, 'cycles', testId)), 'utf8');
  return { path: `${folder}cycles.csv`, name: 'cycles.csv', encodingFormat: 'text/csv', sizeBytes: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex'), source: { kind: 'made', bytes } };
}

const RULE_WORDS = { pass: 'passes', warn: 'needs a look', not_enough_data: 'not enough data', not_applicable: 'does not apply' } as const;

export function buildRecord(ctx: ServiceContext, id: number, author: string, testIds: readonly number[], planId: number | null): ElnRecord {
  const detail = getBuildDetail(ctx, id);
  const { build } = detail;
  const entityId = datasetId('builds', id);
  const components = detail.layers.flatMap((layer) => layer.components);
  const lots = [...new Set(components.map((c) => c.lotId).filter((lotId): lotId is number => lotId !== null))];
  const materials = [...new Set(components.map((c) => c.materialId))];
  const rules = detail.rules.map((rule) => `${rule.paragraph} ${rule.title}: ${RULE_WORDS[rule.status]}${rule.message ? ` (${rule.message})` : ''}`);
  const cells = detail.cells.map((cell) => `${cell.label}: ${cell.status}${cell.stackPressureMPa === null ? '' : `, stack pressure ${cell.stackPressureMPa} MPa`}${cell.failureReason ? `, ${cell.failureReason}` : ''}`);
  return {
    folder: folderOf('builds', id),
    name: build.name,
    author: build.operator ?? author,
    ...recordDates(ctx, 'builds', id),
    text: textOf(
      `Build ${build.name} (${build.configuration.replace('_', '-')})${build.builtOn ? `, built on ${build.builtOn}` : ''}, ${detail.layers.length} layers, ${detail.cells.length} cells.`,
      cells.length > 0 ? `Cells:\n${cells.join('\n')}` : null,
      rules.length > 0 ? `Design rules:\n${rules.join('\n')}` : null,
      detail.problems.length > 0 ? `Composition problems:\n${detail.problems.join('\n')}` : null,
      build.notes,
    ),
    keywords: ['build', build.configuration, ...build.tags],
    values: propertyValues(entityId, {
      gloveboxH2oPpm: build.gloveboxH2oPpm,
      gloveboxO2Ppm: build.gloveboxO2Ppm,
      protocol: build.protocol,
      derived: detail.derived,
      layers: detail.layers.map((layer) => ({ ...layer, components: layer.components.map(({ materialName, lotNumber, amount }) => ({ materialName, lotNumber, amount })) })),
      cells: detail.cells.map(({ label, status, stackPressureMPa }) => ({ label, status, stackPressureMPa })),
    }),
    mentions: [...lots.map((lotId) => datasetId('lots', lotId)), ...materials.map((m) => datasetId('materials', m)), ...testIds.map((t) => datasetId('cycling_tests', t)), ...(planId === null ? [] : [datasetId('press_plans', planId)])],
    isBasedOn: build.clonedFromId === null ? [] : [datasetId('builds', build.clonedFromId)],
    files: attachmentFiles(folderOf('builds', id), listAttachments(ctx, { recordTable: 'builds', recordId: id })),
  };
}

/** The build's press plan as a Dataset, or null when the build has none. */
export function pressPlanRecord(ctx: ServiceContext, buildId: number, author: string): ElnRecord | null {
  const plan = getPressPlan(ctx, buildId, ctx.writer.now());
  if (plan.planId === null) return null;
  const deviations = plan.steps.flatMap((step) => step.deviations.map((d) => `Step ${step.position + 1}: ${'message' in d ? String(d.message) : JSON.stringify(d)}`));
  return {
    folder: folderOf('press_plans', plan.planId),
    name: `Press plan of ${plan.buildName}`,
    author,
    ...recordDates(ctx, 'press_plans', plan.planId),
    text: textOf(`Press plan of ${plan.buildName}: ${plan.steps.length} steps, ${plan.state}.`, plan.origin, deviations.length > 0 ? `Deviations:\n${deviations.join('\n')}` : null),
    keywords: ['press plan', plan.state],
    values: propertyValues(datasetId('press_plans', plan.planId), { steps: plan.steps.map(({ checks: _checks, deviations: _deviations, ...step }) => step) }),
    mentions: [datasetId('builds', buildId)],
    isBasedOn: [],
    files: [],
  };
}

export function cyclingTestRecord(ctx: ServiceContext, id: number, author: string, exportedBuildIds: ReadonlySet<number>): ElnRecord {
  const detail = getCyclingTest(ctx, id);
  const { test, lifespan } = detail;
  const folder = folderOf('cycling_tests', id);
  const originals: ElnFile[] = detail.files.map((file) => ({
    path: `${folder}original-${file.position}-${safeSegment(file.fileName)}`,
    name: file.fileName,
    encodingFormat: /\.csv$/i.test(file.fileName) ? 'text/csv' : /\.txt$/i.test(file.fileName) ? 'text/plain' : 'application/octet-stream',
    sizeBytes: file.sizeBytes,
    sha256: file.sha256,
    source: { kind: 'original', fileId: file.id },
  }));
  const shorts = detail.shortCircuits.map((flag) => `Short circuit flagged: cycle ${flag.cycle}`);
  return {
    folder,
    name: test.name,
    author,
    ...recordDates(ctx, 'cycling_tests', id),
    text: textOf(
      `Cycling test ${test.name}${test.cellLabel ? ` of cell ${test.cellLabel}` : ''}${test.buildName ? ` (build ${test.buildName})` : ''}: ${test.cycleCount} cycles, ${test.pointCount} points (${test.formatLabel}); ${lifespan.label}${lifespan.grade ? `, grade ${lifespan.grade}` : ''}.`,
      shorts.join('\n'),
      detail.notes,
    ),
    keywords: ['cycling test', test.formatLabel, ...(lifespan.grade ? [`grade ${lifespan.grade}`] : [])],
    values: propertyValues(datasetId('cycling_tests', id), {
      grade: lifespan.grade,
      standardCapacityMAh: lifespan.standardCapacityMAh,
      lifespanCycle: lifespan.lifespanCycle,
      cycleCount: test.cycleCount,
      pointCount: test.pointCount,
      startedAt: test.startedAt,
      shortCircuitCycle: test.shortCircuitCycle,
      firstCycle: detail.cycles[0],
      lastCycle: detail.cycles.at(-1),
    }, { strings: true }),
    mentions: test.buildId !== null && exportedBuildIds.has(test.buildId) ? [datasetId('builds', test.buildId)] : [],
    isBasedOn: [],
    // The full cycle table goes in as a CSV file: a PropertyValue per cycle and column would bury the rest.
    files: [...originals, ...(detail.cycles.length > 0 ? [cycleTableFile(ctx, folder, id)] : [])],
  };
}
