// The import benchmark's inputs: seeded synthetic tests (shared/cycling/synthetic.ts) written by
// the real Arbin writer as the 15-column MITS Pro CSV: 1,000 cycles and just over 1,000,000 rows,
// and 5,000 cycles, 5,126,809 rows.
// Cached in the temp folder under a name made of the seed and the parameters, so a re-run skips
// the generation; the same seed always gives the same bytes.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { syntheticTest } from '../../shared/cycling/synthetic';
import { writeArbinCsv } from '../services/cycling/arbin-csv-writer';

/** 1 mAh cell at C/2, 1,000 cycles with 0.02 % fade per cycle, one point every 13.89 s: 1,000,270 rows. */
export const BENCH_FILE_PARAMS = { cycles: 1000, capacityMAh: 1, currentMA: 0.5, sampleIntervalS: 13.89, fadePerCycle: 0.0002, restS: 600 } as const;
/** The same cell over 5,000 cycles (0.003 % fade per cycle, so that it stays above 80 %): 5,126,809 rows, 774 MB. */
export const BENCH_FILE_5M_PARAMS = { ...BENCH_FILE_PARAMS, cycles: 5000, fadePerCycle: 0.00003 } as const;

export type BenchFileParams = typeof BENCH_FILE_PARAMS | typeof BENCH_FILE_5M_PARAMS;
const START_EPOCH_S = 1_767_225_600; // 2026-01-01T00:00:00Z
/** Bump when the writer or the parameters change, so a cached file from before is not reused. */
const FILE_VERSION = 1;

export interface BenchFile {
  path: string;
  sizeBytes: number;
  rows: number;
  cycles: number;
  generatedSeconds: number | null;
}

export function benchFile(seed: number, p: BenchFileParams = BENCH_FILE_PARAMS, dir = path.join(os.tmpdir(), 'cellbook-bench-import')): BenchFile {
  mkdirSync(dir, { recursive: true });
  const stem = `arbin-seed${seed}-v${FILE_VERSION}-${p.cycles}c-${p.capacityMAh}mAh-${p.currentMA}mA-${p.sampleIntervalS}s-${p.fadePerCycle}f-${p.restS}r`;
  const filePath = path.join(dir, `${stem}.csv`);
  const metaPath = path.join(dir, `${stem}.json`);
  if (existsSync(filePath) && existsSync(metaPath)) {
    const meta = JSON.parse(readFileSync(metaPath, 'utf8')) as { sizeBytes: number; rows: number; cycles: number };
    if (statSync(filePath).size === meta.sizeBytes) return { path: filePath, ...meta, generatedSeconds: null };
  }
  const started = performance.now();
  const series = syntheticTest({ seed, ...p });
  writeArbinCsv(filePath, series, START_EPOCH_S);
  const rows = series.timeS.length;
  const cycles = series.vendorCycle ? series.vendorCycle[rows - 1]! : 0;
  const sizeBytes = statSync(filePath).size;
  writeFileSync(metaPath, JSON.stringify({ sizeBytes, rows, cycles }));
  return { path: filePath, sizeBytes, rows, cycles, generatedSeconds: (performance.now() - started) / 1000 };
}
