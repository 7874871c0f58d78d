// Cellbook → .eln → a fresh Cellbook notebook gives the same records: every build (its layers,
// cells and derived numbers, read through the same services the window uses), every cycling test
// (its grade, lifespan, cycle count and cycle table), every lot (number, quantity, what is left)
// and every original cycler file (by SHA-256, read back from the new notebook's kept copy). The
// export still passes the consortium's metadata checks with Cellbook's record files inside.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIdIn, openDemoNotebook } from '../../testing/demo-notebook';
import { openTempNotebook, type TempNotebook } from '../../testing/temp-notebook';
import { addAttachment } from '../attachments';
import { getBuildDetail } from '../builds/builds';
import type { ServiceContext } from '../context';
import { readOriginalChunk } from '../cycling/original-file';
import { getCyclingTest } from '../cycling/cycling-tests';
import { getLot } from '../inventory/lots';
import { checkNotebook } from '../notebook';
import { elnRuleProblems } from './eln-crate-rules';
import { exportEln } from './eln-export';
import { importElnFile, previewElnImport } from './eln-import';

let demo: TempNotebook;
const fresh: TempNotebook[] = [];
beforeAll(async () => {
  demo = await openDemoNotebook({ fileName: 'demo lab.cellbook' });
  // Attachments on a lot and a build, so that their bytes make the trip too.
  const lotId = (demo.notebook.db.prepare('SELECT min(id) AS id FROM lots').get() as { id: number }).id;
  addAttachment(demo.ctx, { recordTable: 'lots', recordId: lotId, fileName: 'CoA lot 1.pdf', mediaType: 'application/pdf', contentBase64: Buffer.from('%PDF-1.4 certificate of analysis').toString('base64'), note: 'from the supplier' });
  addAttachment(demo.ctx, { recordTable: 'builds', recordId: buildIdIn(demo, 'Example 1'), fileName: 'glovebox photo.jpg', mediaType: 'image/jpeg', contentBase64: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]).toString('base64'), note: null });
}, 120_000);
afterAll(() => {
  for (const temp of fresh) temp.dispose();
  demo.dispose();
});

async function freshNotebook(): Promise<TempNotebook> {
  const temp = await openTempNotebook({ fileName: 'fresh.cellbook' });
  fresh.push(temp);
  return temp;
}

/** A build as the window shows it, ids left out (they belong to each notebook). */
function buildFacts(ctx: ServiceContext, id: number) {
  const detail = getBuildDetail(ctx, id);
  const layers = detail.layers.map((layer) => ({ kind: layer.kind, side: layer.side, thicknessPressedUm: layer.thicknessPressedUm, massMg: layer.massMg, components: layer.components.map((c) => ({ material: c.materialName, lot: c.lotNumber, amount: c.amount })) }));
  const cells = detail.cells.map((cell) => ({ label: cell.label, status: cell.status, stackPressureMPa: cell.stackPressureMPa }));
  return { name: detail.build.name, configuration: detail.build.configuration, protocol: detail.build.protocol, layers, cells, derived: detail.derived, rules: detail.rules.map((r) => [r.paragraph, r.status]) };
}

const names = (ctx: ServiceContext, sql: string) => (ctx.notebook.db.prepare(sql).all() as Array<{ id: number; name: string }>);

function testFacts(ctx: ServiceContext) {
  return names(ctx, "SELECT t.id, t.name || ' / ' || ifnull(c.label, '-') || ' / ' || ifnull(b.name, '-') AS name FROM cycling_tests t LEFT JOIN cells c ON c.id = t.cell_id LEFT JOIN builds b ON b.id = c.build_id WHERE t.archived_at IS NULL ORDER BY name").map(({ id, name }) => {
    const test = getCyclingTest(ctx, id);
    const originals = test.files.map((file) => {
      const hash = createHash('sha256');
      const first = readOriginalChunk(ctx.notebook.db, file.id, 0);
      hash.update(first.bytes);
      for (let seq = 1; seq < first.chunkCount; seq++) hash.update(readOriginalChunk(ctx.notebook.db, file.id, seq).bytes);
      return { name: file.fileName, sha256: file.sha256, readBack: hash.digest('hex') };
    });
    return { name, grade: test.lifespan.grade, lifespanCycle: test.lifespan.lifespanCycle, standardCapacityMAh: test.lifespan.standardCapacityMAh, cycles: test.cycles, originals };
  });
}

function lotFacts(ctx: ServiceContext) {
  return names(ctx, "SELECT l.id, m.name || ' ' || l.lot_number AS name FROM lots l JOIN materials m ON m.id = l.material_id WHERE l.archived_at IS NULL ORDER BY name").map(({ id, name }) => {
    const lot = getLot(ctx, id);
    return { name, quantity: lot.quantity, remaining: lot.remaining, unit: lot.unit, madeInHouse: lot.madeInHouse };
  });
}

/** Each attachment by the record it is on (named, not numbered), with its bytes' SHA-256 computed here. */
function attachmentFacts(ctx: ServiceContext) {
  const rows = ctx.notebook.db.prepare("SELECT a.record_table, a.record_id, a.file_name, a.media_type, a.note, b.content FROM attachments a JOIN blobs b ON b.sha256 = a.blob_sha256 WHERE a.archived_at IS NULL AND a.record_table IN ('lots', 'builds')").all() as Array<{ record_table: string; record_id: string; file_name: string; media_type: string; note: string | null; content: Buffer }>;
  const owner = (table: string, id: string) => (ctx.notebook.db.prepare(table === 'lots' ? 'SELECT lot_number AS name FROM lots WHERE id = ?' : 'SELECT name FROM builds WHERE id = ?').get(Number(id)) as { name: string }).name;
  return rows.map((r) => ({ on: `${r.record_table} ${owner(r.record_table, r.record_id)}`, file: r.file_name, mediaType: r.media_type, note: r.note, sha256: createHash('sha256').update(r.content).digest('hex') })).sort((a, b) => a.file.localeCompare(b.file));
}

const buildsOf = (ctx: ServiceContext) => names(ctx, 'SELECT id, name FROM builds WHERE archived_at IS NULL ORDER BY name');

describe('.eln round trip', () => {
  it('the whole demo notebook comes back the same in a fresh notebook', { timeout: 120_000 }, async () => {
    const file = path.join(demo.dir, 'whole.eln');
    exportEln(demo.ctx, file, null);
    expect(elnRuleProblems(new Map(Object.entries(unzipSync(readFileSync(file)))))).toEqual([]);
    const target = await freshNotebook();
    const report = await importElnFile(target.ctx, file);
    expect(report.source).toBe('cellbook');
    expect(report.counts.build).toBe(buildsOf(demo.ctx).length);
    expect(buildsOf(target.ctx).map((b) => b.name)).toEqual(buildsOf(demo.ctx).map((b) => b.name));
    for (const { id, name } of buildsOf(demo.ctx)) {
      expect(buildFacts(target.ctx, buildIdIn(target, name)), name).toEqual(buildFacts(demo.ctx, id));
    }
    const tests = testFacts(target.ctx);
    expect(tests).toEqual(testFacts(demo.ctx));
    expect(tests.some((t) => t.grade !== null)).toBe(true);
    for (const original of tests.flatMap((t) => t.originals)) expect(original.readBack).toBe(original.sha256);
    expect(lotFacts(target.ctx)).toEqual(lotFacts(demo.ctx));
    expect(attachmentFacts(demo.ctx)).toHaveLength(2);
    expect(attachmentFacts(target.ctx)).toEqual(attachmentFacts(demo.ctx));
    // History records every imported row, and the chain holds.
    expect(checkNotebook(target.ctx).ok).toBe(true);
  });

  it('one exported build comes back with what it uses', { timeout: 60_000 }, async () => {
    const file = path.join(demo.dir, 'example-1.eln');
    exportEln(demo.ctx, file, [buildIdIn(demo, 'Example 1')]);
    const target = await freshNotebook();
    const preview = previewElnImport(target.ctx, file);
    expect(preview.committed).toBe(false);
    expect(preview.counts.build).toBe(1);
    expect(buildsOf(target.ctx)).toEqual([]);
    await importElnFile(target.ctx, file);
    expect(buildsOf(target.ctx).map((b) => b.name)).toEqual(['Example 1']);
    expect(buildFacts(target.ctx, buildIdIn(target, 'Example 1'))).toEqual(buildFacts(demo.ctx, buildIdIn(demo, 'Example 1')));
    // Importing the same file again finds every record instead of copying it.
    const again = previewElnImport(target.ctx, file);
    expect(again.records.length).toBeGreaterThan(1);
    expect(again.records.filter((r) => !r.matchedExisting)).toEqual([]);
  });
});
