// The inventory commands as a researcher scripts them: real files, a separate process.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { STARTER_MATERIALS } from '../../shared/materials/starter-set';
import { runCellbook, useTempDirs } from '../testing/cli-process';

const tempDir = useTempDirs();

const cellbook = runCellbook;

const GOOD = ['name,kind,formula,lot,quantity,unit,location', 'LiTFSI,lithium_salt,LiN(SO2CF3)2,SA-1,25,g,Room 101 > Glovebox A', 'TEOS,oxide_precursor,Si(OC2H5)4,T-1,500,mL,Room 101 > Cabinet'];
const BAD_ROWS = ['PTFE,binder,,P-1,-3,g,', 'Mystery,lithium_salt,LiXx,M-1,5,g,'];

describe('cellbook init --starter and materials', () => {
  it('creates a notebook with the starter set and lists it as text and as JSON', () => {
    const db = path.join(tempDir(), 'lab.cellbook');
    const init = cellbook(['init', '--db', db, '--starter']);
    expect(init).toMatchObject({ code: 0, stdout: `Created notebook ${db}\nAdded ${STARTER_MATERIALS.length} starter material(s)\n` });
    const list = JSON.parse(cellbook(['materials', '--db', db, '--json']).stdout) as Array<{ name: string; molarMassGMol: number | null; lots: unknown[] }>;
    expect(list).toHaveLength(STARTER_MATERIALS.length);
    expect(list.find((m) => m.name === 'LiTFSI')).toMatchObject({ molarMassGMol: expect.closeTo(287.07, 1), lots: [] });
    expect(cellbook(['materials', '--db', db]).stdout).toContain('LiTFSI (Lithium salt, LiN(SO2CF3)2, 287.07 g/mol)\n  no lots');
  });
});

describe('cellbook import-inventory', () => {
  it('imports a clean sheet and lists the lots', () => {
    const dir = tempDir();
    const db = path.join(dir, 'lab.cellbook');
    writeFileSync(path.join(dir, 'stock.csv'), `${GOOD.join('\n')}\n`);
    const result = cellbook(['import-inventory', path.join(dir, 'stock.csv'), '--db', db]);
    expect(result).toMatchObject({ code: 0, stdout: 'stock.csv: imported 2 lot(s) and 2 new material(s); 0 row(s) already in the notebook\n' });
    expect(cellbook(['materials', '--db', db]).stdout).toContain('  lot SA-1: 25 g of 25 g left @ Room 101 > Glovebox A');
    const again = cellbook(['import-inventory', path.join(dir, 'stock.csv'), '--db', db]);
    expect(again.stdout).toBe('stock.csv: imported 0 lot(s) and 0 new material(s); 2 row(s) already in the notebook\n');
  });

  it('is strict: one invalid row and nothing is written, every invalid row listed by line', () => {
    const dir = tempDir();
    const db = path.join(dir, 'lab.cellbook');
    writeFileSync(path.join(dir, 'stock.csv'), `${[...GOOD, ...BAD_ROWS].join('\n')}\n`);
    const result = cellbook(['import-inventory', path.join(dir, 'stock.csv'), '--db', db]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^cellbook: stock\.csv: 2 invalid row\(s\); nothing was imported \(fix them, or use --skip-invalid to import the rest\)\n {2}line 4: quantity: must be above 0 of the lot\n {2}line 5: formula: unknown element "Xx"/);
    expect(JSON.parse(cellbook(['materials', '--db', db, '--json']).stdout)).toEqual([]);
  });

  it('with --dry-run says what would happen and writes nothing; with --skip-invalid imports the rest', () => {
    const dir = tempDir();
    const db = path.join(dir, 'lab.cellbook');
    writeFileSync(path.join(dir, 'stock.csv'), `${[...GOOD, ...BAD_ROWS].join('\n')}\n`);
    const dry = cellbook(['import-inventory', path.join(dir, 'stock.csv'), '--db', db, '--dry-run']);
    expect(dry.code).toBe(2);
    expect(dry.stdout).toContain('stock.csv: 2 row(s) would be imported, 0 already in the notebook, 2 invalid (nothing written: --dry-run)');
    expect(JSON.parse(cellbook(['materials', '--db', db, '--json']).stdout)).toEqual([]);
    const skip = cellbook(['import-inventory', path.join(dir, 'stock.csv'), '--db', db, '--skip-invalid', '--json']);
    expect(skip.code).toBe(0);
    expect(JSON.parse(skip.stdout)).toMatchObject({ createdLots: 2, createdMaterials: 2, invalid: [{ line: 4 }, { line: 5 }] });
    expect(skip.stderr).toContain('stock.csv: skipped 2 invalid row(s):');
  });

  it('reads an .xlsx workbook (exceljs is loaded by the bundle only when needed)', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const dir = tempDir();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Glovebox');
    sheet.addRow(['Material', 'Kind', 'Formula', 'Lot No.', 'Qty', 'Unit', 'Date received']);
    sheet.addRow(['LiFSI', 'lithium_salt', 'LiN(SO2F)2', 'F-1', 10, 'g', new Date(Date.UTC(2026, 9, 1))]);
    await workbook.xlsx.writeFile(path.join(dir, 'stock.xlsx'));
    const db = path.join(dir, 'lab.cellbook');
    expect(cellbook(['import-inventory', path.join(dir, 'stock.xlsx'), '--db', db]).stdout).toBe('stock.xlsx: imported 1 lot(s) and 1 new material(s); 0 row(s) already in the notebook\n');
    const [material] = JSON.parse(cellbook(['materials', '--db', db, '--json']).stdout) as Array<{ lots: Array<{ receivedOn: string; quantity: number }> }>;
    expect(material?.lots[0]).toMatchObject({ receivedOn: '2026-10-01', quantity: 10 });
  });

  it('names a file that does not exist', () => {
    const dir = tempDir();
    const result = cellbook(['import-inventory', path.join(dir, 'nope.csv'), '--db', path.join(dir, 'lab.cellbook')]);
    expect(result).toMatchObject({ code: 1, stderr: `cellbook: cannot read ${path.join(dir, 'nope.csv')}: no such file\n` });
  });
});

describe('cellbook search', () => {
  it('finds records by prefix', () => {
    const db = path.join(tempDir(), 'lab.cellbook');
    cellbook(['init', '--db', db, '--starter']);
    expect(cellbook(['search', 'teos', '--db', db]).stdout).toBe('Materials:\n  TEOS (tetraethyl orthosilicate) (material 8)\nRecipes:\n  Gel process, Example 1 (LiTFSI / n-MAc) (recipe 1)\n');
  });
});
