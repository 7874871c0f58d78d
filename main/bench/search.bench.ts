// npm run bench:search: notebook-wide search over 10,000 materials and 50,000 lots (issue target:
// under 50 ms per search). Builds the notebook through the services (so history and the search
// index are what the app writes), then times searches against a baseline measured in the same
// run: the LIKE '%word%' scan a notebook without a full-text index would do.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { materialFieldsSchema } from '../../shared/schemas/materials';
import { createLotSchema } from '../../shared/schemas/lots';
import { seededRandom } from '../../shared/cycling/synthetic-random';
import { MATERIAL_KINDS } from '../../shared/materials/kinds';
import { openNotebook } from '../db/open-notebook';
import { createServiceContext } from '../services/context';
import { createLot } from '../services/inventory/lots';
import { createMaterial } from '../services/inventory/materials';
import { searchNotebook } from '../services/search';
import { median, percentile } from './stats';

const MATERIALS = Number(process.env.BENCH_MATERIALS ?? 10_000);
const LOTS = Number(process.env.BENCH_LOTS ?? 50_000);
const TARGET_MS = 50;

const STEMS = ['LiTFSI', 'LiFSI', 'NCM811', 'NCM622', 'Li6PS5Cl', 'Li6PS5Br', 'LLZO', 'LZO-NCM', 'TEOS', 'PVDF', 'PTFE', 'CNF', 'Ketjen', 'Ag-nano', 'Si-nano', 'Li-foil', 'Ni-foil', 'Al-foil', 'DME', 'nMAc', 'SiO2-gel', 'Al2O3', 'ZrO2'];
const SUPPLIERS = ['Solvionic', 'Sigma', 'NEI', 'Umicore', 'Ampcera', 'Kureha', 'Zeon', 'DuPont', 'Alfa', 'TCI'];
const WORDS = ['dried', 'sieved', 'glovebox', 'hygroscopic', 'recalibrated', 'coated', 'batch', 'milled', 'reweighed', 'sample', 'reference', 'cracked'];


async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cellbook-bench-search-'));
  const notebook = await openNotebook(path.join(dir, 'bench.cellbook'));
  const ctx = createServiceContext(notebook, { mode: 'cli' });
  // The same seeded generator as the synthetic cycling data: every run builds the same notebook.
  const random = seededRandom(20261127).uniform;
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;

  const buildStarted = performance.now();
  const materialIds: number[] = [];
  notebook.db.transaction(() => {
    for (let i = 0; i < MATERIALS; i += 1) {
      const fields = materialFieldsSchema.parse({
        name: `${pick(STEMS)} ${pick(SUPPLIERS)} ${i}`,
        kind: pick(MATERIAL_KINDS),
        supplier: pick(SUPPLIERS),
        notes: `${pick(WORDS)} ${pick(WORDS)} stock ${i}`,
        tags: [pick(WORDS)],
      });
      materialIds.push(createMaterial(ctx, fields, { emit: false }).id);
    }
    for (let i = 0; i < LOTS; i += 1) {
      createLot(ctx, createLotSchema.parse({ materialId: pick(materialIds), lotNumber: `L${String(i).padStart(6, '0')}-${pick(SUPPLIERS).slice(0, 3).toUpperCase()}`, quantity: 1 + Math.floor(random() * 500), unit: 'g', notes: `${pick(WORDS)} ${pick(SUPPLIERS)}` }), { emit: false });
    }
  })();
  const buildSeconds = (performance.now() - buildStarted) / 1000;

  const queries = ['LiTFSI', 'Solvionic', 'L0423', 'hygroscopic glovebox', 'Li6PS5', 'reweighed', 'NCM811 Umicore', 'ZrO2', 'cracked sample', 'L04999'];
  const ftsTimes: number[] = [];
  const likeTimes: number[] = [];
  // The same job as the search: every match, best first (here: by name), then the first 50.
  const like = notebook.db.prepare(
    `SELECT * FROM (
       SELECT 'material' AS t, id, name AS title FROM materials WHERE name LIKE @w OR notes LIKE @w OR supplier LIKE @w OR tags_json LIKE @w
       UNION ALL
       SELECT 'lot', lots.id, lot_number FROM lots WHERE lot_number LIKE @w OR lots.notes LIKE @w)
     ORDER BY title LIMIT 50`,
  );
  // Warm up both paths once so that the first-query cost does not decide the medians.
  searchNotebook(ctx, { query: 'warm', limit: 50, includeArchived: true });
  like.all({ w: '%warm%' });
  let hits = 0;
  for (let round = 0; round < 20; round += 1) {
    for (const query of queries) {
      let started = performance.now();
      hits += searchNotebook(ctx, { query, limit: 50, includeArchived: true }).total;
      ftsTimes.push(performance.now() - started);
      started = performance.now();
      like.all({ w: `%${query.split(' ')[0]}%` });
      likeTimes.push(performance.now() - started);
    }
  }
  notebook.close();
  rmSync(dir, { recursive: true, force: true });

  const ftsMedian = median(ftsTimes);
  const likeMedian = median(likeTimes);
  console.log(`notebook: ${MATERIALS.toLocaleString('en-US')} materials, ${LOTS.toLocaleString('en-US')} lots, built through the services in ${buildSeconds.toFixed(1)} s`);
  console.log(`searches: ${ftsTimes.length} (${queries.length} queries x 20 rounds), ${hits} hits in all`);
  console.log(`FTS5 search (Cellbook):      median ${ftsMedian.toFixed(2)} ms, p95 ${percentile(ftsTimes, 0.95).toFixed(2)} ms, max ${Math.max(...ftsTimes).toFixed(2)} ms`);
  console.log(`LIKE '%word%' scan (baseline): median ${likeMedian.toFixed(2)} ms, p95 ${percentile(likeTimes, 0.95).toFixed(2)} ms`);
  console.log(`ratio FTS5 / baseline (median): ${(ftsMedian / likeMedian).toFixed(3)}`);
  console.log(`target: median under ${TARGET_MS} ms -> ${ftsMedian < TARGET_MS ? 'met' : 'NOT MET'}`);
  process.exitCode = ftsMedian < TARGET_MS ? 0 : 1;
}

void main();
