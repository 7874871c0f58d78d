// An .eln export of the demo notebook follows the ELN Consortium's JSON Schema and metadata rules,
// holds each chosen build with everything it uses (counted here straight from the notebook's
// tables), carries every original cycler file and attachment byte for byte, and leaves nothing
// behind when it cannot be written.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TempNotebook } from '../../testing/temp-notebook';
import { addAttachment } from '../attachments';
import { getBuildDetail } from '../builds/builds';
import { elnRuleProblems } from './eln-crate-rules';
import { exportEln } from './eln-export';
import { openDemoNotebook } from '../../testing/demo-notebook';

const SCHEMA = path.resolve(__dirname, '../../../../shared/fixtures/eln/consortium-schema.json');
const schemaPresent = existsSync(SCHEMA);
if (!schemaPresent) console.log(`.eln schema check skipped: ${SCHEMA} does not exist (the shared fixtures are not on this machine)`);

type Entity = Record<string, unknown> & { '@id': string; '@type': string };
let temp: TempNotebook;
const ids = (sql: string, ...params: unknown[]) => (temp.notebook.db.prepare(sql).all(...params) as Array<{ id: number }>).map((r) => r.id).sort((a, b) => a - b);
const buildId = (name: string) => ids('SELECT id FROM builds WHERE name = ?', name)[0]!;

function readEln(file: string) {
  const entries = new Map(Object.entries(unzipSync(readFileSync(file))));
  const root = [...entries.keys()][0]!.split('/')[0]!;
  const crate = JSON.parse(Buffer.from(entries.get(`${root}/ro-crate-metadata.json`)!).toString('utf8')) as { '@context': string; '@graph': Entity[] };
  const datasets = (folder: string) => crate['@graph'].filter((e) => e['@type'] === 'Dataset' && e['@id'].startsWith(`./${folder}/`)).map((e) => Number(e['@id'].split('/')[2])).sort((a, b) => a - b);
  return { entries, root, crate, datasets };
}

beforeAll(async () => {
  temp = await openDemoNotebook({ fileName: 'demo lab.cellbook' });
  addAttachment(temp.ctx, { recordTable: 'lots', recordId: ids('SELECT id FROM lots')[0]!, fileName: 'CoA: batch 7.pdf', mediaType: 'application/pdf', contentBase64: Buffer.from('%PDF-1.4 certificate of analysis').toString('base64'), note: null });
}, 120_000);
afterAll(() => temp.dispose());

describe('.eln export', () => {
  it('exports one build with the lots, materials, batches, recipe versions, tests and plan it uses', { timeout: 90_000 }, () => {
    const out = path.join(temp.dir, 'example 1.eln');
    const id = buildId('Example 1');
    const result = exportEln(temp.ctx, out, [id]);
    const { entries, root, crate, datasets } = readEln(out);
    expect(elnRuleProblems(entries)).toEqual([]);
    expect(new Set([...entries.keys()].map((name) => name.split('/')[0]))).toEqual(new Set([root]));

    expect(datasets('builds')).toEqual([id]);
    const usedLots = ids('SELECT DISTINCT c.lot_id AS id FROM layer_components c JOIN build_layers l ON l.id = c.layer_id WHERE l.build_id = ? AND l.archived_at IS NULL AND c.lot_id IS NOT NULL', id);
    expect(usedLots.length).toBeGreaterThan(0);
    expect(datasets('lots')).toEqual(expect.arrayContaining(usedLots));
    // Every batch that made an exported lot, and each batch's recipe version.
    const madeBy = ids(`SELECT DISTINCT source_batch_id AS id FROM lots WHERE source_batch_id IS NOT NULL AND id IN (${datasets('lots').join(',')})`);
    expect(madeBy.length).toBeGreaterThan(0);
    expect(datasets('batches')).toEqual(expect.arrayContaining(madeBy));
    expect(datasets('recipe-versions')).toEqual(ids(`SELECT DISTINCT recipe_version_id AS id FROM batches WHERE id IN (${datasets('batches').join(',')})`));
    const tests = ids('SELECT t.id FROM cycling_tests t JOIN cells c ON c.id = t.cell_id WHERE c.build_id = ? AND t.archived_at IS NULL', id);
    expect(datasets('cycling-tests')).toEqual(tests);
    expect(datasets('press-plans')).toEqual(ids('SELECT id FROM press_plans WHERE build_id = ?', id));
    expect(datasets('builds')).not.toContain(buildId('Comparative 2'));

    // The originals, by SHA-256, as the notebook keeps them.
    const originals = temp.notebook.db.prepare(`SELECT sha256 FROM cycling_files WHERE test_id IN (${tests.join(',')})`).all() as Array<{ sha256: string }>;
    expect(originals.length).toBeGreaterThan(0);
    const fileHashes = crate['@graph'].filter((e) => e['@type'] === 'File').map((e) => e.sha256);
    expect(fileHashes).toEqual(expect.arrayContaining(originals.map((o) => o.sha256)));
    expect(result.files).toBe(fileHashes.length);
    // Each test's cycle table as CSV: a header line and one line per cycle the notebook summarised.
    for (const test of tests) {
      const csv = Buffer.from(entries.get(`${root}/cycling-tests/${test}/cycles.csv`)!).toString('utf8').trimEnd().split(/\r?\n/);
      const cycles = (temp.notebook.db.prepare('SELECT count(*) AS n FROM cycle_summaries WHERE test_id = ? AND cycle >= 1').get(test) as { n: number }).n;
      expect(csv.length - 1).toBe(cycles);
    }

    // The build's numbers carry their units, and it links to what it uses.
    const build = crate['@graph'].find((e) => e['@id'] === `./builds/${id}/`)!;
    const value = (propertyID: string) => crate['@graph'].find((e) => e['@id'].startsWith(`./builds/${id}/#`) && e.propertyID === propertyID);
    const derived = getBuildDetail(temp.ctx, id).derived;
    expect(derived.cathodeCapacityMAhCm2).toEqual(expect.any(Number));
    expect(value('derived.cathodeCapacityMAhCm2')).toMatchObject({ '@type': 'PropertyValue', value: derived.cathodeCapacityMAhCm2, unitText: 'mAh/cm²' });
    expect(value('derived.layers.0.areaCm2')).toMatchObject({ value: derived.layers[0]!.areaCm2, unitText: 'cm²' });
    expect((build.variableMeasured as unknown[]).length).toBeGreaterThan(20);
    expect((build.mentions as Array<{ '@id': string }>).map((m) => m['@id'])).toEqual(expect.arrayContaining(usedLots.map((lot) => `./lots/${lot}/`)));
    expect(build.keywords).toMatch(/^build, /);
    const descriptor = crate['@graph'].find((e) => e['@id'] === 'ro-crate-metadata.json')!;
    expect(descriptor).toMatchObject({ version: expect.any(String), sdPublisher: { '@id': expect.any(String) }, conformsTo: { '@id': 'https://w3id.org/ro/crate/1.1' } });
  });

  it.skipIf(!schemaPresent)("follows the consortium's JSON Schema, for one build and for the whole notebook", { timeout: 90_000 }, () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA, 'utf8')) as object);
    for (const builds of [[buildId('Example 1')], null]) {
      const out = path.join(temp.dir, 'schema.eln');
      exportEln(temp.ctx, out, builds);
      const { crate } = readEln(out);
      expect(validate(crate), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
    }
  });

  it('exports the whole notebook: every active record, every attachment byte for byte', { timeout: 90_000 }, () => {
    const out = path.join(temp.dir, 'whole.eln');
    const result = exportEln(temp.ctx, out, null);
    const { entries, crate, datasets } = readEln(out);
    expect(elnRuleProblems(entries)).toEqual([]);
    expect(datasets('builds')).toEqual(ids('SELECT id FROM builds WHERE archived_at IS NULL'));
    expect(datasets('materials')).toEqual(expect.arrayContaining(ids('SELECT id FROM materials WHERE archived_at IS NULL')));
    expect(datasets('cycling-tests')).toEqual(ids('SELECT id FROM cycling_tests WHERE archived_at IS NULL'));
    const root = crate['@graph'].find((e) => e['@id'] === './')!;
    // Every Dataset, and the signed checkpoint of the history the export was made from.
    expect((root.hasPart as unknown[]).length).toBe(crate['@graph'].filter((e) => e['@type'] === 'Dataset').length - 1 + 1);
    expect(root.hasPart).toContainEqual({ '@id': './cellbook-checkpoint.json' });
    const coa = crate['@graph'].find((e) => e.name === 'CoA: batch 7.pdf')!;
    expect(coa).toMatchObject({ '@type': 'File', encodingFormat: 'application/pdf', contentSize: String('%PDF-1.4 certificate of analysis'.length) });
    expect(coa['@id']).toMatch(/^\.\/lots\/\d+\/attachment-\d+-CoA_batch_7\.pdf$/);
    expect(result.datasets.builds).toBe(datasets('builds').length);
  });

  it('names the folder when the file cannot be written, and leaves nothing behind', { timeout: 90_000 }, () => {
    const missing = path.join(temp.dir, 'no such folder', 'out.eln');
    expect(() => exportEln(temp.ctx, missing, null)).toThrow(/Could not write .*out\.eln: the folder .*no such folder does not exist/);
    expect(readdirSync(temp.dir).filter((name) => name.endsWith('.partial'))).toEqual([]);
  });

  it('finds a crate that breaks the rules', { timeout: 90_000 }, () => {
    const out = path.join(temp.dir, 'broken.eln');
    exportEln(temp.ctx, out, [buildId('Example 1')]);
    const { entries, root } = readEln(out);
    const file = [...entries.keys()].find((name) => name.includes('/original-'))!;
    entries.set(file, new Uint8Array([1, 2, 3]));
    entries.set(`stray.txt`, new Uint8Array([1]));
    expect(elnRuleProblems(entries)[0]).toMatch(/exactly one root folder/);
    entries.delete('stray.txt');
    expect(elnRuleProblems(entries).join('\n')).toMatch(/contentSize .* but the zip holds 3 bytes[\s\S]*sha256 does not match/);
    expect(root.length).toBeGreaterThan(0);
  });
});
