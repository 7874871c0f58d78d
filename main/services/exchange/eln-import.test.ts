// Importing other notebooks' .eln files (the consortium's own examples, copied unmodified) into a
// real notebook: what each entry becomes is counted straight from the file's ro-crate-metadata.json
// here, every attachment's bytes are read back from the notebook by SHA-256, a preview writes
// nothing, and an unsafe or broken file is refused whole with a sentence and nothing written.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTempNotebook, type TempNotebook } from '../../testing/temp-notebook';
import { importElnFile, previewElnImport } from './eln-import';

const FIXTURES = path.resolve(__dirname, '../../../../shared/fixtures/eln');
const present = existsSync(FIXTURES);
if (!present) console.log(`.eln import fixtures skipped: ${FIXTURES} does not exist`);
const fixture = (name: string) => path.join(FIXTURES, name);

let temp: TempNotebook;
beforeAll(async () => {
  temp = await openTempNotebook();
});
afterAll(() => temp.dispose());

type Entity = Record<string, unknown> & { '@id': string; '@type': string | string[] };
function graphOf(file: string): Entity[] {
  const entries = unzipSync(readFileSync(file));
  const meta = Object.keys(entries).find((name) => /^[^/]+\/ro-crate-metadata\.json$/.test(name.replace(/\/+/g, '/')))!;
  return (JSON.parse(Buffer.from(entries[meta]!).toString('utf8')) as { '@graph': Entity[] })['@graph'];
}
const types = (e: Entity) => (Array.isArray(e['@type']) ? e['@type'] : [e['@type']]);
/** Top-level Datasets: not the root, and held by no other Dataset (counted by @id, duplicates once). */
function topDatasets(graph: Entity[]): string[] {
  const datasets = graph.filter((e) => types(e).includes('Dataset') && e['@id'] !== './');
  const held = new Set(datasets.flatMap((d) => (Array.isArray(d.hasPart) ? d.hasPart : d.hasPart ? [d.hasPart] : []).map((r) => (r as { '@id': string })['@id'])));
  return [...new Set(datasets.map((d) => d['@id']).filter((id) => !held.has(id)))];
}
const count = (sql: string, ...params: unknown[]) => (temp.notebook.db.prepare(sql).get(...params) as { n: number }).n;

describe.skipIf(!present)('.eln import from other notebooks', () => {
  it.each([
    ['elabftw-export.eln', 'eLabFTW'],
    ['kadi4mat-records-example.eln', 'Kadi4Mat'],
    ['sampledb_export.eln', 'SampleDB'],
    ['datalab-demo_IBPDKL.eln', 'datalab instance'],
  ])('imports %s: each top-level entry becomes an imported entry, its files attachments by SHA-256', async (name, publisher) => {
    const file = fixture(name);
    const graph = graphOf(file);
    const tops = topDatasets(graph);
    const before = count('SELECT count(*) AS n FROM imported_entries');
    const preview = previewElnImport(temp.ctx, file);
    expect(preview.committed).toBe(false);
    expect(count('SELECT count(*) AS n FROM imported_entries')).toBe(before);
    expect(preview.sourceNotebook).toBe(publisher);
    // One entry per top-level Dataset, plus one for the file itself (its metadata and loose files).
    expect(preview.records.map((r) => r.sourceId).sort()).toEqual([...tops, './'].sort());

    const report = await importElnFile(temp.ctx, file);
    expect(report.committed).toBe(true);
    expect(count('SELECT count(*) AS n FROM imported_entries WHERE source_file = ?', name)).toBe(tops.length + 1);
    // Every file of the zip is kept somewhere, byte for byte.
    const zipped = Object.entries(unzipSync(readFileSync(file))).filter(([entry]) => !entry.endsWith('/'));
    for (const [entry, bytes] of zipped) {
      const sha = createHash('sha256').update(bytes).digest('hex');
      const row = temp.notebook.db.prepare("SELECT b.content FROM attachments a JOIN blobs b ON b.sha256 = a.blob_sha256 JOIN imported_entries e ON e.id = a.record_id WHERE a.record_table = 'imported_entries' AND e.source_file = ? AND a.blob_sha256 = ?").get(name, sha) as { content: Buffer } | undefined;
      expect(row, `${entry} kept as an attachment`).toBeDefined();
      expect(createHash('sha256').update(row!.content).digest('hex')).toBe(sha);
    }
    // The report's count of files per entry is what was stored for it (a file listed twice is kept once).
    for (const record of report.records) {
      expect(record.attachments, `${record.name}: files kept`).toBe(count("SELECT count(*) AS n FROM attachments WHERE record_table = 'imported_entries' AND record_id = ?", String(record.recordId)));
    }
    // Stated hashes were checked.
    const stated = graph.filter((e) => types(e).includes('File') && typeof e.sha256 === 'string').length;
    expect(report.files.filter((f) => f.check === 'matches').length).toBeGreaterThanOrEqual(stated > 0 ? 1 : 0);
    // Importing the same file again finds its entries instead of copying them.
    const again = await importElnFile(temp.ctx, file);
    expect(again.records.every((r) => r.matchedExisting)).toBe(true);
    expect(count('SELECT count(*) AS n FROM imported_entries WHERE source_file = ?', name)).toBe(tops.length + 1);
  });

  it('keeps an eLabFTW experiment as an experiment with its text as notes, its comments and its values with units', async () => {
    const report = previewElnImport(temp.ctx, fixture('elabftw-export.eln'));
    expect(report.counts['imported entry (experiment)']).toBe(topDatasets(graphOf(fixture('elabftw-export.eln'))).filter((id) => graphOf(fixture('elabftw-export.eln')).find((e) => e['@id'] === id)?.genre === 'experiment').length);
    expect(report.quirks.join(' ')).toMatch(/RO-Crate 1\.2/);
    const row = temp.notebook.db.prepare("SELECT notes, values_json FROM imported_entries WHERE name = 'Gold master experiment'").get() as { notes: string; values_json: string };
    expect(row.notes).toMatch(/Comment by .*: Great results on the DNA extraction/);
    expect(row.notes).not.toMatch(/<p>/);
    const values = JSON.parse(row.values_json) as Array<{ name: string; value: unknown; unit: string | null }>;
    expect(values).toContainEqual({ name: 'Number with units', value: '12', unit: 'mM' });
  });

  it('reads the known quirks: integer contentSize, authors for author, a description by reference, duplicate @ids, no version', () => {
    const datalab = previewElnImport(temp.ctx, fixture('datalab-demo_IBPDKL.eln'));
    expect(datalab.quirks.join(' ')).toMatch(/appear more than once/);
    expect(datalab.quirks.join(' ')).toMatch(/no version/);
    const graph = graphOf(fixture('datalab-demo_IBPDKL.eln'));
    const distinct = (test: (e: Entity) => boolean) => new Set(graph.filter(test).map((e) => e['@id'])).size;
    expect(datalab.quirks).toContain(`${distinct((e) => types(e).includes('File') && typeof e.contentSize === 'number')} files state their contentSize as a number instead of a string of bytes`);
    expect(datalab.quirks).toContain(`${distinct((e) => e.authors !== undefined && e.author === undefined)} entries name their authors under "authors" instead of "author"`);
    expect(previewElnImport(temp.ctx, fixture('kadi4mat-records-example.eln')).quirks.join(' ')).toMatch(/1 entry gives its description as a reference/);
    const coinCell = temp.notebook.db.prepare("SELECT author FROM imported_entries WHERE name = 'NaCoO2 coin cell'").get() as { author: string };
    expect(coinCell.author).toBe('jdbocarsly@gmail.com');
    const kadi = temp.notebook.db.prepare("SELECT notes, kind FROM imported_entries WHERE source_id = './records-example/'").get() as { notes: string; kind: string };
    expect(kadi.notes).toBe('This is a sample record.');
    expect(kadi.kind).toBe('sample');
  });
});

describe('.eln import refuses an unsafe or broken file whole', () => {
  const zipOf = (files: Record<string, Uint8Array>, name: string) => {
    const file = path.join(temp.dir, name);
    writeFileSync(file, zipSync(files));
    return file;
  };
  const crate = (graph: unknown[]) => strToU8(JSON.stringify({ '@context': 'https://w3id.org/ro/crate/1.1/context', '@graph': graph }));
  const minimal = (extra: unknown[] = [], hasPart: unknown[] = []) =>
    crate([{ '@id': 'ro-crate-metadata.json', '@type': 'CreativeWork', about: { '@id': './' }, version: '1.0' }, { '@id': './', '@type': 'Dataset', name: 'x', hasPart }, ...extra]);

  async function expectRefused(file: string, sentence: RegExp) {
    const entries = count('SELECT count(*) AS n FROM imported_entries');
    const history = count('SELECT count(*) AS n FROM history');
    expect(() => previewElnImport(temp.ctx, file)).toThrow(sentence);
    await expect(importElnFile(temp.ctx, file)).rejects.toThrow(sentence);
    expect(count('SELECT count(*) AS n FROM imported_entries')).toBe(entries);
    expect(count('SELECT count(*) AS n FROM history')).toBe(history);
  }

  it.each([
    ['dots.eln', { 'c/ro-crate-metadata.json': minimal(), 'c/../../evil.txt': strToU8('x') }, /"c\/\.\.\/\.\.\/evil\.txt" tries to leave its folder/],
    ['absolute.eln', { 'c/ro-crate-metadata.json': minimal(), '/etc/passwd': strToU8('x') }, /"\/etc\/passwd" has an absolute path/],
    ['backslash.eln', { 'c/ro-crate-metadata.json': minimal(), 'c\\..\\evil.txt': strToU8('x') }, /uses a backslash/],
    ['no-metadata.eln', { 'c/readme.txt': strToU8('x') }, /no-metadata\.eln is not an \.eln file: it holds no ro-crate-metadata\.json/],
    ['missing.eln', { 'c/ro-crate-metadata.json': minimal([{ '@id': './e/', '@type': 'Dataset', name: 'E', hasPart: [{ '@id': './e/data.csv' }] }, { '@id': './e/data.csv', '@type': 'File', name: 'data.csv' }], [{ '@id': './e/' }]) }, /"E" refers to the file "e\/data\.csv", which is not in the \.eln/],
    ['hash.eln', { 'c/ro-crate-metadata.json': minimal([{ '@id': './e/', '@type': 'Dataset', name: 'E', hasPart: [{ '@id': './e/a.txt' }] }, { '@id': './e/a.txt', '@type': 'File', sha256: '0'.repeat(64) }], [{ '@id': './e/' }]), 'c/e/a.txt': strToU8('hello') }, /"e\/a\.txt" does not have the SHA-256 the crate states/],
    ['bad-json.eln', { 'c/ro-crate-metadata.json': strToU8('{ not json') }, /ro-crate-metadata\.json is not valid JSON/],
    ['null-json.eln', { 'c/ro-crate-metadata.json': strToU8('null') }, /null-json\.eln: ro-crate-metadata\.json has no @graph list, so it is not an RO-Crate/],
    ['number-json.eln', { 'c/ro-crate-metadata.json': strToU8('42') }, /number-json\.eln: ro-crate-metadata\.json has no @graph list/],
  ])('%s', async (name, files, sentence) => {
    await expectRefused(zipOf(files as Record<string, Uint8Array>, name), sentence);
  });

  it('a Cellbook record that names a table it may not hold', async () => {
    const record = strToU8(JSON.stringify({ format: 'cellbook-record', formatVersion: 1, schemaVersion: 1, table: 'builds', id: 1, rows: { history: [{ id: 1 }] } }));
    const graph = minimal(
      [
        { '@id': './builds/1/', '@type': 'Dataset', name: 'B', hasPart: [{ '@id': './builds/1/cellbook-record.json' }] },
        { '@id': './builds/1/cellbook-record.json', '@type': 'File', name: 'cellbook-record.json', conformsTo: { '@id': 'urn:cellbook:record-rows:1' } },
      ],
      [{ '@id': './builds/1/' }],
    );
    await expectRefused(zipOf({ 'c/ro-crate-metadata.json': graph, 'c/builds/1/cellbook-record.json': record }, 'rows.eln'), /builds\/1\/cellbook-record\.json holds rows of "history", which a Cellbook record cannot hold/);
  });

  it('a Cellbook record file that holds null', async () => {
    const graph = minimal(
      [
        { '@id': './builds/1/', '@type': 'Dataset', name: 'B', hasPart: [{ '@id': './builds/1/cellbook-record.json' }] },
        { '@id': './builds/1/cellbook-record.json', '@type': 'File', name: 'cellbook-record.json', conformsTo: { '@id': 'urn:cellbook:record-rows:1' } },
      ],
      [{ '@id': './builds/1/' }],
    );
    await expectRefused(zipOf({ 'c/ro-crate-metadata.json': graph, 'c/builds/1/cellbook-record.json': strToU8('null') }, 'null-record.eln'), /builds\/1\/cellbook-record\.json is not a Cellbook record/);
  });

  it('an entry listing the same file twice keeps it once and says 1 file', async () => {
    const graph = minimal(
      [
        { '@id': './e/', '@type': 'Dataset', name: 'Twice', hasPart: [{ '@id': './e/a.txt' }, { '@id': './e/b.txt' }] },
        { '@id': './e/a.txt', '@type': 'File', name: 'a.txt' },
        { '@id': './e/b.txt', '@type': 'File', name: 'b.txt' },
      ],
      [{ '@id': './e/' }],
    );
    const report = await importElnFile(temp.ctx, zipOf({ 'c/ro-crate-metadata.json': graph, 'c/e/a.txt': strToU8('same bytes'), 'c/e/b.txt': strToU8('same bytes') }, 'twice.eln'));
    const entry = report.records.find((record) => record.name === 'Twice')!;
    expect(count("SELECT count(*) AS n FROM attachments WHERE record_table = 'imported_entries' AND record_id = ?", String(entry.recordId))).toBe(1);
    expect(entry.attachments).toBe(1);
  });

  it('a file that is not a zip', async () => {
    const file = path.join(temp.dir, 'notes.eln');
    writeFileSync(file, 'just some text, not a zip archive');
    await expectRefused(file, /notes\.eln is not an \.eln file: it is not a zip archive/);
  });

  it('a zip bomb: an absurd compression ratio, judged from the directory before inflating', async () => {
    const file = zipOf({ 'c/ro-crate-metadata.json': minimal(), 'c/zeros.bin': new Uint8Array(2 * 1024 * 1024) }, 'bomb.eln');
    await expectRefused(file, /"c\/zeros\.bin" would unpack \d+ times its packed size/);
  });

  it('a lying header: the entry unpacks to more than its directory states', async () => {
    const bytes = Buffer.from(zipSync({ 'c/ro-crate-metadata.json': minimal(), 'c/big.txt': strToU8('a'.repeat(5000)) }));
    // Shrink the stated size of big.txt in the central directory (and its local header) to 10 bytes.
    const central = bytes.indexOf(Buffer.from('c/big.txt'), bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])));
    bytes.writeUInt32LE(10, central - 46 + 24);
    const file = path.join(temp.dir, 'liar.eln');
    writeFileSync(file, bytes);
    await expectRefused(file, /"c\/big\.txt" unpacks to more than the 10 B its header states/);
  });

  it('an oversized entry and too many entries, judged from the directory', async () => {
    const bytes = Buffer.from(zipSync({ 'c/ro-crate-metadata.json': minimal(), 'c/huge.bin': strToU8('x') }, { level: 0 }));
    const central = bytes.indexOf(Buffer.from('c/huge.bin'), bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])));
    bytes.writeUInt32LE(600 * 1024 * 1024, central - 46 + 24);
    bytes.writeUInt32LE(600 * 1024 * 1024, central - 46 + 20);
    const huge = path.join(temp.dir, 'huge.eln');
    writeFileSync(huge, bytes);
    await expectRefused(huge, /"c\/huge\.bin" is 600\.00 MiB once unpacked, more than the 512\.00 MiB one entry may be/);
    const many = Buffer.from(zipSync({ 'c/ro-crate-metadata.json': minimal() }));
    many.writeUInt16LE(30_000, many.length - 22 + 10);
    const manyFile = path.join(temp.dir, 'many.eln');
    writeFileSync(manyFile, many);
    await expectRefused(manyFile, /it holds 30000 entries, more than the 20000 an \.eln import may hold/);
  });

  it('a symbolic link entry', async () => {
    const bytes = Buffer.from(zipSync({ 'c/ro-crate-metadata.json': minimal(), 'c/link': strToU8('/etc/passwd') }));
    const central = bytes.indexOf(Buffer.from('c/link'), bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])));
    bytes.writeUInt16LE((3 << 8) | 20, central - 46 + 4);
    bytes.writeUInt32LE((0o120777 << 16) >>> 0, central - 46 + 38);
    const file = path.join(temp.dir, 'symlink.eln');
    writeFileSync(file, bytes);
    await expectRefused(file, /"c\/link" is a symbolic link/);
  });
});
