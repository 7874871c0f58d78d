// Tampering harness: a real notebook (materials, a lot, an attachment, an imported cycling test with
// its original file), signed after each change as the CLI signs it, then rewritten behind
// Cellbook's back in each way an attacker or an unlucky script could (raw SQL on the file), and
// checked. Every way must be reported by `check`, by the part of check that is meant to catch it,
// and an untouched copy must pass. The stress run repeats each way on more records.
import Database from 'better-sqlite3';
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NotebookCheck } from '../../shared/schemas/notebook';
import { syntheticTest } from '../../shared/cycling/synthetic';
import { seededRandom } from '../../shared/cycling/synthetic-random';
import { appendHistory, entryHash, type HistoryRow } from '../db/history';
import { openNotebook } from '../db/open-notebook';
import { checkpointIfMoved } from '../integrity/checkpoint-writer';
import { addAttachment } from '../services/attachments';
import { createServiceContext } from '../services/context';
import { writeArbinCsv } from '../services/cycling/arbin-csv-writer';
import { importCyclingTest } from '../services/cycling/import-cycling-test';
import { checkNotebook } from '../services/notebook';
import { makeLot, makeMaterial } from '../testing/inventory-factories';
import { runCellbook } from '../testing/cli-process';
import { makeTempDir } from '../testing/temp-notebook';
import { reportFigures, stressCount } from './stress-count';

const userData = makeTempDir('cellbook-tamper-user-');
const savedConfigHome = process.env.XDG_CONFIG_HOME;
let template = '';
let work: { dir: string; remove: () => void };

/** Each change is followed by a checkpoint, as a CLI command that changed history leaves one. */
async function buildTemplate(): Promise<string> {
  const notebook = await openNotebook(notebookFile());
  const temp = { dir: work.dir, ctx: createServiceContext(notebook, { mode: 'cli' }) };
  const sign = () => checkpointIfMoved({ db: temp.ctx.notebook.db, notebookPath: temp.ctx.notebook.path, now: new Date() });
  sign();
  for (let i = 0; i < stressCount(3, 30); i += 1) {
    const material = makeMaterial(temp.ctx, { name: `Li6PS5Cl batch ${i + 1}`, kind: 'sulfide_se', formula: 'Li6PS5Cl' });
    sign();
    makeLot(temp.ctx, material.id, { lotNumber: `LPSC-${i + 1}` });
    sign();
  }
  addAttachment(temp.ctx, { recordTable: 'materials', recordId: 1, fileName: 'certificate.txt', mediaType: 'text/plain', contentBase64: Buffer.from('Certificate of analysis: Li6PS5Cl, 99.9 %\n').toString('base64'), note: null });
  sign();
  const csv = path.join(temp.dir, 'cell-1.csv');
  writeArbinCsv(csv, syntheticTest({ capacityMAh: 3, currentMA: 0.6, sampleIntervalS: 600, seed: 5, cycles: stressCount(6, 40) }), 1_767_258_000);
  await importCyclingTest(temp.ctx, [{ filePath: csv, fileName: 'cell-1.csv' }], {});
  sign();
  makeMaterial(temp.ctx, { name: 'LiNbO3-coated NCM811', kind: 'cathode_active', formula: null });
  sign();
  temp.ctx.notebook.close();
  const kept = path.join(work.dir, 'as-signed.cellbook');
  copyFileSync(notebookFile(), kept);
  return kept;
}

beforeAll(async () => {
  process.env.XDG_CONFIG_HOME = userData.dir;
  work = makeTempDir('cellbook-tamper-');
  template = await buildTemplate();
}, 60_000);

afterAll(() => {
  work?.remove();
  userData.remove();
  if (savedConfigHome === undefined) delete process.env.XDG_CONFIG_HOME;
  else process.env.XDG_CONFIG_HOME = savedConfigHome;
});

/** Recomputes every hash from entry `fromId` on, as someone who read the schema's comment would. */
function recomputeChain(db: Database.Database, fromId: number): void {
  const rows = db.prepare('SELECT * FROM history WHERE id >= ? ORDER BY id').all(fromId) as HistoryRow[];
  let prev = (db.prepare('SELECT hash FROM history WHERE id < ? ORDER BY id DESC LIMIT 1').get(fromId) as { hash: string } | undefined)?.hash ?? '0'.repeat(64);
  const update = db.prepare('UPDATE history SET prev_hash = ?, hash = ? WHERE id = ?');
  for (const row of rows) {
    const hash = entryHash({ ...row, prev_hash: prev });
    update.run(prev, hash, row.id);
    prev = hash;
  }
}

const HISTORY_TRIGGERS = `
CREATE TRIGGER history_append_only_update BEFORE UPDATE ON history
BEGIN
  SELECT RAISE(ABORT, 'history is append-only');
END;
CREATE TRIGGER history_append_only_delete BEFORE DELETE ON history
BEGIN
  SELECT RAISE(ABORT, 'history is append-only');
END;`;

/** Drops the history's triggers, does `body`, and puts the triggers back exactly as they were. */
function behindTheTriggers(db: Database.Database, body: () => void): void {
  db.exec('DROP TRIGGER history_append_only_update; DROP TRIGGER history_append_only_delete;');
  body();
  db.exec(HISTORY_TRIGGERS);
}

const count = (db: Database.Database, table: string) => (db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
const lastId = (db: Database.Database) => (db.prepare('SELECT max(id) AS id FROM history').get() as { id: number }).id;

interface TamperCase {
  name: string;
  tamper: (db: Database.Database) => void;
  /** The part of check that must report it. */
  caughtBy: (check: NotebookCheck) => string[];
}

const CASES: TamperCase[] = [
  {
    name: 'edit an entry and recompute the chain (triggers dropped and put back, the record edited to match)',
    tamper: (db) => behindTheTriggers(db, () => {
      const entry = db.prepare("SELECT id, after_json FROM history WHERE table_name = 'materials' AND action = 'insert' ORDER BY id LIMIT 1").get() as { id: number; after_json: string };
      const after = { ...JSON.parse(entry.after_json), name: 'Li6PS5Cl (from another supplier)' };
      db.prepare('UPDATE history SET after_json = ? WHERE id = ?').run(JSON.stringify(after), entry.id);
      db.prepare('UPDATE materials SET name = ? WHERE id = ?').run(after.name, after.id);
      recomputeChain(db, entry.id);
    }),
    caughtBy: (check) => check.checkpoints.problems,
  },
  {
    name: 'delete the last entries',
    tamper: (db) => behindTheTriggers(db, () => db.prepare('DELETE FROM history WHERE id > ?').run(lastId(db) - 3)),
    caughtBy: (check) => check.checkpoints.problems,
  },
  {
    name: 'cut the history to one entry',
    tamper: (db) => behindTheTriggers(db, () => db.prepare('DELETE FROM history WHERE id > (SELECT min(id) FROM history)').run()),
    caughtBy: (check) => check.checkpoints.problems,
  },
  {
    name: 'backdate the last entry (its hash recomputed)',
    tamper: (db) => behindTheTriggers(db, () => {
      const id = lastId(db);
      db.prepare('UPDATE history SET at = ? WHERE id = ?').run('2025-01-15T09:00:00.000Z', id);
      recomputeChain(db, id);
    }),
    caughtBy: (check) => check.checkpoints.problems,
  },
  {
    name: 'edit a materials row',
    tamper: (db) => db.prepare("UPDATE materials SET formula = 'Li7P3S11' WHERE id = 2").run(),
    caughtBy: (check) => check.records.problems.filter((sentence) => sentence.startsWith('materials record 2: Formula (formula) reads "Li7P3S11"')),
  },
  {
    name: 'edit a cycle_summaries row',
    tamper: (db) => db.prepare('UPDATE cycle_summaries SET discharge_mah = discharge_mah * 1.08 WHERE cycle = 3').run(),
    caughtBy: (check) => check.records.problems.filter((sentence) => /cycle_summaries of cycling test \d+, cycle 3: Discharge \(mAh\) \(discharge_mah\) reads/.test(sentence)),
  },
  {
    name: 'zero a stored original',
    tamper: (db) => db.prepare('UPDATE cycling_file_chunks SET compressed = zeroblob(length(compressed))').run(),
    caughtBy: (check) => check.storedFiles.problems.filter((sentence) => sentence.includes('cell-1.csv')),
  },
  {
    name: 'replace an attachment (its never-changed trigger dropped and put back)',
    tamper: (db) => {
      const trigger = (db.prepare("SELECT sql FROM sqlite_master WHERE name = 'blobs_never_changed'").get() as { sql: string }).sql;
      db.exec('DROP TRIGGER blobs_never_changed');
      db.prepare('UPDATE blobs SET content = ?').run(Buffer.from('Certificate of analysis: Li6PS5Cl, 95.0 %\n'));
      db.exec(`${trigger};`);
    },
    caughtBy: (check) => check.storedFiles.problems.filter((sentence) => sentence.includes('certificate.txt')),
  },
  {
    name: 'delete the last entries and append a forged restore entry (unsigned) saying they were replaced',
    tamper: (db) => {
      behindTheTriggers(db, () => db.prepare('DELETE FROM history WHERE id > ?').run(lastId(db) - 3));
      const facts = { restoredFrom: 'notebook-2026-12-01T10-00-00Z.cellbook', backupHistoryEntries: lastId(db), backupHistoryHead: null, replacedHistoryEntries: lastId(db) + 3, replacedHistoryHead: null };
      appendHistory(db, { table: 'notebook', recordId: 'restore', action: 'restore', operator: 'M. Kim', at: new Date().toISOString(), before: null, after: facts });
    },
    caughtBy: (check) => check.checkpoints.problems,
  },
  {
    name: 'drop an append-only trigger',
    tamper: (db) => db.exec('DROP TRIGGER history_append_only_delete'),
    caughtBy: (check) => check.schemaObjects.problems.filter((sentence) => sentence.includes('history_append_only_delete')),
  },
];

/** The notebook is rewritten where it lives (the checkpoint log knows it by its path too). */
const notebookFile = () => path.join(work.dir, 'notebook.cellbook');

async function checkCopy(tamper: ((db: Database.Database) => void) | null): Promise<NotebookCheck> {
  const file = notebookFile();
  copyFileSync(template, file);
  if (tamper) {
    const raw = new Database(file);
    try {
      tamper(raw);
    } finally {
      raw.close();
    }
  }
  const notebook = await openNotebook(file);
  try {
    return checkNotebook(createServiceContext(notebook, { mode: 'cli' }));
  } finally {
    notebook.close();
  }
}

describe('rewriting history behind Cellbook\'s back', () => {
  it('an untouched copy of the notebook passes every part of check', async () => {
    const check = await checkCopy(null);
    expect(check.records.problems).toEqual([]);
    expect(check.schemaObjects.problems).toEqual([]);
    expect(check.storedFiles).toMatchObject({ read: true, problems: [] });
    expect(check.checkpoints.problems).toEqual([]);
    expect(check.checkpoints.held).toBe(check.checkpoints.found);
    expect(check.checkpoints.found).toBeGreaterThan(5);
    expect(check.ok).toBe(true);
  });

  it('every way is reported by check, by the part meant to catch it', async () => {
    const missed: string[] = [];
    const started = Date.now();
    for (const tamperCase of CASES) {
      const check = await checkCopy(tamperCase.tamper);
      const caught = tamperCase.caughtBy(check);
      if (check.ok || caught.length === 0) missed.push(tamperCase.name);
    }
    reportFigures('tampering', { ways: CASES.length, detected: CASES.length - missed.length, missed: missed.length, ms: Date.now() - started });
    expect(missed).toEqual([]);
  });

  it('names the first entry that differs when an entry was edited and the chain recomputed', async () => {
    let edited = 0;
    const check = await checkCopy((db) => behindTheTriggers(db, () => {
      const entry = db.prepare("SELECT id, after_json FROM history WHERE table_name = 'lots' ORDER BY id LIMIT 1").get() as { id: number; after_json: string };
      edited = entry.id;
      db.prepare('UPDATE history SET after_json = ? WHERE id = ?').run(entry.after_json.replace('"SA-', '"XX-').replace('LPSC-1', 'LPSC-9'), entry.id);
      recomputeChain(db, entry.id);
    }));
    const first = check.checkpoints.firstDifferingEntry!;
    expect(first.from).toBeLessThanOrEqual(edited);
    expect(first.to).toBeGreaterThanOrEqual(edited);
    // One checkpoint per change: the entry is named exactly.
    expect(first).toEqual({ from: edited, to: edited });
    expect(check.checkpoints.problems.join('\n')).toContain(`entry ${edited} is the first that differs`);
  });

  it('cellbook check says what was changed, in a sentence, and exits 2', async () => {
    await checkCopy((db) => db.prepare("UPDATE materials SET formula = 'Li7P3S11' WHERE id = 2").run());
    const result = runCellbook(['check', '--db', notebookFile()]);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('Records:      1 difference(s) from history:\n  materials record 2: Formula (formula) reads "Li7P3S11", but its last history entry');
    expect(result.stdout).toContain('Result:       PROBLEMS FOUND');
    const json = JSON.parse(runCellbook(['check', '--db', notebookFile(), '--json']).stdout) as NotebookCheck;
    expect(json.records.problemCount).toBe(1);
  }, 30_000);

  it('seeded variations: a random entry edited, a random number of entries cut, a random record, cycle and field changed', async () => {
    const random = seededRandom(15);
    const pick = (n: number) => Math.floor(random.uniform() * n);
    const variations: Array<{ name: string; tamper: (db: Database.Database) => void }> = [
      { name: 'edit a random entry, recompute', tamper: (db) => behindTheTriggers(db, () => {
        const id = 1 + pick(lastId(db));
        db.prepare("UPDATE history SET operator = 'someone else' WHERE id = ?").run(id);
        recomputeChain(db, id);
      }) },
      { name: 'cut a random number of last entries', tamper: (db) => behindTheTriggers(db, () => db.prepare('DELETE FROM history WHERE id > ?').run(lastId(db) - 1 - pick(lastId(db) - 1))) },
      { name: 'change a random material field', tamper: (db) => {
        const field = ['name', 'formula', 'notes', 'supplier'][pick(4)]!;
        const id = (db.prepare('SELECT id FROM materials ORDER BY id LIMIT 1 OFFSET ?').get(pick(count(db, 'materials'))) as { id: number }).id;
        db.prepare(`UPDATE materials SET "${field}" = 'changed outside Cellbook ' || ? WHERE id = ?`).run(pick(1000), id);
      } },
      { name: 'change a random cycle value', tamper: (db) => {
        const field = ['charge_mah', 'discharge_mah', 'charge_mwh', 'discharge_duration_s'][pick(4)]!;
        db.prepare(`UPDATE cycle_summaries SET "${field}" = "${field}" + 0.001 WHERE cycle = (SELECT cycle FROM cycle_summaries ORDER BY cycle LIMIT 1 OFFSET ?)`).run(pick(count(db, 'cycle_summaries')));
      } },
      { name: 'flip a byte of a stored original', tamper: (db) => {
        const chunk = db.prepare('SELECT file_id, seq, compressed FROM cycling_file_chunks ORDER BY file_id, seq LIMIT 1 OFFSET ?').get(pick(count(db, 'cycling_file_chunks'))) as { file_id: number; seq: number; compressed: Buffer };
        const at = pick(chunk.compressed.byteLength);
        chunk.compressed[at] = chunk.compressed[at]! ^ (1 + pick(255));
        db.prepare('UPDATE cycling_file_chunks SET compressed = ? WHERE file_id = ? AND seq = ?').run(chunk.compressed, chunk.file_id, chunk.seq);
      } },
    ];
    const rounds = stressCount(2, 25);
    const missed: string[] = [];
    for (let round = 0; round < rounds; round += 1) {
      for (const variation of variations) {
        const check = await checkCopy(variation.tamper);
        if (check.ok) missed.push(`${variation.name} (round ${round + 1})`);
      }
    }
    reportFigures('tampering, seeded variations', { cases: rounds * variations.length, detected: rounds * variations.length - missed.length, missed: missed.length });
    expect(missed).toEqual([]);
  }, 120_000);
});
