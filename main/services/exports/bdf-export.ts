// A cycling test's points as Battery Data Format CSV (.bdf.csv): the required columns
// `Test Time / s`, `Voltage / V`, `Current / A` (charge positive, as Cellbook stores it), and the
// optional ones Cellbook knows: Unix time (from the test's start), cycle and step counts, the
// temperature the tester logged, and the cell's stack pressure as `Applied Pressure / Pa`. The
// build's identity goes in a metadata JSON beside it. Written cycle by cycle, so a long test never
// needs all its points in memory, and through a temporary file, so a failed export leaves nothing.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { CellbookError } from '../../../shared/api-error';
import { APP_VERSION } from '../../../shared/app-version';
import { float32Text } from '../../../shared/exports/float32-text';
import { writeFileAtomically } from '../../files/write-file-atomically';
import { readCyclePoints } from '../cycling/cycle-points-store';
import { getCyclingTest } from '../cycling/cycling-tests';
import type { ServiceContext } from '../context';

const PA_PER_MPA = 1e6;

interface TestFacts {
  startedAt: string | null;
  cellId: number | null;
  stackPressureMPa: number | null;
  buildName: string | null;
  buildCode: number | null;
  cellLabel: string | null;
}

function testFacts(ctx: ServiceContext, testId: number): TestFacts {
  const row = ctx.notebook.db
    .prepare(
      `SELECT t.started_at AS startedAt, t.cell_id AS cellId, c.stack_pressure_mpa AS stackPressureMPa, b.name AS buildName, b.id AS buildCode, c.label AS cellLabel
       FROM cycling_tests t LEFT JOIN cells c ON c.id = t.cell_id LEFT JOIN builds b ON b.id = c.build_id WHERE t.id = ?`,
    )
    .get(testId) as TestFacts | undefined;
  if (!row) throw new CellbookError('not_found', `cycling test ${testId} does not exist`);
  return row;
}

/** Where the metadata goes: `run.bdf.csv` → `run.metadata.json`. */
export function bdfMetadataPath(csvPath: string): string {
  const base = path.basename(csvPath).replace(/(\.bdf)?\.csv$/i, '');
  return path.join(path.dirname(csvPath), `${base}.metadata.json`);
}

export interface BdfExportResult {
  csvPath: string;
  metadataPath: string;
  points: number;
  columns: string[];
}

export function exportTestAsBdf(ctx: ServiceContext, testId: number, csvPath: string): BdfExportResult {
  const detail = getCyclingTest(ctx, testId);
  const facts = testFacts(ctx, testId);
  const db = ctx.notebook.db;
  const cycles = (db.prepare('SELECT cycle FROM cycle_points WHERE test_id = ? ORDER BY cycle').all(testId) as Array<{ cycle: number }>).map((row) => row.cycle);
  if (cycles.length === 0) throw new CellbookError('refused', `cycling test ${testId} (${detail.test.name}) has no stored points to export`);
  const startEpochS = facts.startedAt ? Date.parse(facts.startedAt) / 1000 : null;
  const hasTemperature = db.prepare('SELECT 1 FROM cycle_points WHERE test_id = ? AND temperature_c IS NOT NULL LIMIT 1').get(testId) !== undefined;
  const pressurePa = facts.stackPressureMPa !== null ? facts.stackPressureMPa * PA_PER_MPA : null;
  const columns = ['Test Time / s', 'Voltage / V', 'Current / A'];
  if (startEpochS !== null && Number.isFinite(startEpochS)) columns.push('Unix Time / s');
  columns.push('Cycle Count / 1', 'Step Count / 1');
  if (hasTemperature) columns.push('Ambient Temperature / degC');
  if (pressurePa !== null) columns.push('Applied Pressure / Pa');
  const withUnix = columns.includes('Unix Time / s');
  let points = 0;
  writeFileAtomically(csvPath, (append) => {
    append(`${columns.join(',')}\n`);
    for (const cycle of cycles) {
      const [stored] = readCyclePoints(db, testId, [cycle]);
      if (!stored) continue;
      let text = '';
      for (let i = 0; i < stored.timeS.length; i += 1) {
        const t = stored.timeS[i]!;
        text += `${t},${float32Text(stored.voltageV[i]!)},${float32Text(stored.currentA[i]!)}`;
        if (withUnix) text += `,${(startEpochS as number) + t}`;
        text += `,${cycle},${stored.step[i]}`;
        if (hasTemperature) text += `,${stored.temperatureC ? float32Text(stored.temperatureC[i]!) : ''}`;
        if (pressurePa !== null) text += `,${pressurePa}`;
        text += '\n';
        if (text.length > 1 << 20) {
          append(text);
          text = '';
        }
      }
      append(text);
      points += stored.timeS.length;
    }
  });
  const metadataPath = bdfMetadataPath(csvPath);
  const metadata = {
    format: 'Battery Data Format CSV',
    data_file: path.basename(csvPath),
    exported_by: `Cellbook ${APP_VERSION}`,
    exported_at: new Date().toISOString(),
    test: { id: testId, name: detail.test.name, synthetic: detail.test.synthetic, started_at: facts.startedAt, cycles: detail.test.cycleCount, points },
    cell: facts.cellId === null ? null : { label: facts.cellLabel, build: facts.buildName, build_id: facts.buildCode, applied_pressure_Pa: pressurePa },
    original_files: detail.files.map((file) => ({ name: file.fileName, sha256: file.sha256, size_bytes: file.sizeBytes })),
    current_sign: 'positive = charge',
  };
  try {
    writeFileAtomically(metadataPath, (append) => append(`${JSON.stringify(metadata, null, 2)}\n`));
  } catch (error) {
    // The data file without its metadata is half an export: take it back.
    rmSync(csvPath, { force: true });
    throw error;
  }
  return { csvPath, metadataPath, points, columns };
}
