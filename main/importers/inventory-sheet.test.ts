import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CellbookError } from '../../shared/api-error';
import { makeTempDir } from '../testing/temp-notebook';
import { readInventorySheet } from './inventory-sheet';

let temp: { dir: string; remove: () => void };
beforeEach(() => {
  temp = makeTempDir('cellbook-inventory-');
});
afterEach(() => temp.remove());

/** Writes the bytes to a real file and reads them back, as the import will. */
async function readFile(fileName: string, bytes: Uint8Array) {
  const file = path.join(temp.dir, fileName);
  writeFileSync(file, bytes);
  return readInventorySheet(fileName, new Uint8Array(readFileSync(file)));
}

async function refusal(fileName: string, bytes: Uint8Array): Promise<string> {
  const error: unknown = await readFile(fileName, bytes).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CellbookError);
  expect((error as CellbookError).code).toBe('validation');
  return (error as CellbookError).message;
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const HEADER = 'Name,Kind,Formula,Lot,Quantity,Unit';

describe('readInventorySheet: CSV encodings', () => {
  it('reads UTF-8 without a BOM, with line numbers and trimmed cells', async () => {
    const sheet = await readFile('inventory.csv', utf8(`${HEADER},Supplier\nLPSC, electrolyte ,Li6PS5Cl,L-001,25,g,NEI\nNCM811,cathode,LiNi0.8Mn0.1Co0.1O2,B7,100,g,\n`));
    expect(sheet).toEqual({
      format: 'csv',
      encoding: 'utf-8',
      columns: ['name', 'kind', 'formula', 'lot', 'quantity', 'unit', 'supplier'].map((column, i) => ({
        header: [...HEADER.split(','), 'Supplier'][i],
        column,
      })),
      rows: [
        { line: 2, cells: { name: 'LPSC', kind: 'electrolyte', formula: 'Li6PS5Cl', lot: 'L-001', quantity: '25', unit: 'g', supplier: 'NEI' } },
        { line: 3, cells: { name: 'NCM811', kind: 'cathode', formula: 'LiNi0.8Mn0.1Co0.1O2', lot: 'B7', quantity: '100', unit: 'g' } },
      ],
      warnings: [],
    });
  });

  it('reads UTF-8 with a BOM, which is not part of the first header', async () => {
    const sheet = await readFile('inventory.csv', utf8(`\uFEFF${HEADER},D50\r\nLi metal foil,anode,Li,F-2,3,m,50 µm\r\n`));
    expect(sheet.encoding).toBe('utf-8-bom');
    expect(sheet.columns[0]).toEqual({ header: 'Name', column: 'name' });
    expect(sheet.rows).toEqual([{ line: 2, cells: { name: 'Li metal foil', kind: 'anode', formula: 'Li', lot: 'F-2', quantity: '3', unit: 'm', d50: '50 µm' } }]);
  });

  it('reads UTF-16 LE and BE marked by a BOM', async () => {
    const text = `\uFEFF${HEADER},Notes\r\nLPSC,electrolyte,Li6PS5Cl,L-1,5,g,"D50 3 µm, Ar"\r\n`;
    const le = new Uint8Array(Buffer.from(text, 'utf16le'));
    const be = new Uint8Array(le.length);
    for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1] as number, le[i] as number];

    for (const [bytes, encoding] of [[le, 'utf-16le'], [be, 'utf-16be']] as const) {
      const sheet = await readFile('inventory.csv', bytes);
      expect(sheet.encoding).toBe(encoding);
      expect(sheet.rows).toEqual([{ line: 2, cells: { name: 'LPSC', kind: 'electrolyte', formula: 'Li6PS5Cl', lot: 'L-1', quantity: '5', unit: 'g', notes: 'D50 3 µm, Ar' } }]);
    }
  });

  it('refuses Windows-1252 bytes, naming the line and the byte', async () => {
    const lines = [HEADER + ',Notes', 'a,b,c,1,2,g,', 'a,b,c,2,2,g,', '', 'a,b,c,3,2,g,', 'a,b,c,4,2,g,', 'LPSC,electrolyte,Li6PS5Cl,5,2,g,D50 3 \u00b5m'];
    const bytes = new Uint8Array(Buffer.from(lines.join('\r\n') + '\r\n', 'latin1'));
    expect(bytes.includes(0xb5)).toBe(true);
    expect(await refusal('inventory.csv', bytes)).toBe('inventory.csv line 7 is not valid UTF-8 (byte 0xB5); save the file as "CSV UTF-8" and import again');

    // A lead byte without its continuation ("é" in Latin-1) is reported as that lead byte.
    const accented = new Uint8Array(Buffer.from(`${HEADER}\nCathode m\u00e9lange,cathode,x,1,2,g\n`, 'latin1'));
    expect(await refusal('old.csv', accented)).toBe('old.csv line 2 is not valid UTF-8 (byte 0xE9); save the file as "CSV UTF-8" and import again');
  });
});

describe('readInventorySheet: CSV structure', () => {
  it('detects a semicolon delimiter and keeps decimal commas as text', async () => {
    const sheet = await readFile('inventory.csv', utf8('Name;Kind;Formula;Lot;Quantity;Unit\nLPSC;electrolyte;Li6PS5Cl;L-01;12,5;g\n'));
    expect(sheet.rows).toEqual([{ line: 2, cells: { name: 'LPSC', kind: 'electrolyte', formula: 'Li6PS5Cl', lot: 'L-01', quantity: '12,5', unit: 'g' } }]);
  });

  it('is not misled into commas by decimal commas and blank lines (as German Excel saves)', async () => {
    const row = (lot: string) => `LPSC;electrolyte;Li6PS5Cl;${lot};12,5;g;539,5;1,64;3`;
    const text = ['Name;Kind;Formula;Lot;Quantity;Unit;Molar mass;Density (g/cm3, true);D50', row('A'), '', row('B'), '', row('C'), ''].join('\r\n');
    const sheet = await readFile('inventory.csv', utf8(text));
    expect(sheet.rows.map((r) => [r.line, r.cells.lot, r.cells.density])).toEqual([[2, 'A', '1,64'], [4, 'B', '1,64'], [6, 'C', '1,64']]);
  });

  it('detects a tab delimiter', async () => {
    const sheet = await readFile('inventory.tsv', utf8(`${HEADER.replaceAll(',', '\t')}\nLPSC\telectrolyte\tLi6PS5Cl\tL-01\t12.5\tg\n`));
    expect(sheet.rows[0]?.cells.quantity).toBe('12.5');
  });

  it('reads quoted cells with newlines, delimiters and quotes, and numbers later rows by physical line', async () => {
    const text = [
      `${HEADER},Notes`,
      'LPSC,electrolyte,Li6PS5Cl,L-1,5,g,"dried 12 h, 80 °C',
      'then sieved ""fine""',
      '"',
      'NCM811,cathode,LiNi0.8Mn0.1Co0.1O2,B7,100,g,plain',
    ].join('\r\n');
    const sheet = await readFile('inventory.csv', utf8(text));
    expect(sheet.rows.map((row) => row.line)).toEqual([2, 5]);
    expect(sheet.rows[0]?.cells.notes).toBe('dried 12 h, 80 °C\r\nthen sieved "fine"');
    expect(sheet.rows[1]?.cells).toMatchObject({ name: 'NCM811', notes: 'plain' });
  });

  it('recognises headers in any order, with units and synonyms', async () => {
    const header = 'Qty (g),Material,Lot #,Type,Units,Chemical formula,Density [g/cm3],D50 (µm),Expiry date,Vendor,CAS-No.,MW (g/mol),Low stock threshold,Remarks,Specific capacity / mAh g-1,Date received,Opened on,storage_location,Storage conditions';
    const row = '25,LPSC,L-9,electrolyte,g,Li6PS5Cl,1.64,3,2026-01-31,NEI,,,5,keep dry,,2025-01-10,2025-02-01,Glovebox 2 shelf A,Ar';
    const sheet = await readFile('inventory.csv', utf8(`${header}\n${row}\n`));
    expect(sheet.columns.map((c) => c.column)).toEqual([
      'quantity', 'name', 'lot', 'kind', 'unit', 'formula', 'density', 'd50', 'expires', 'supplier', 'cas', 'molar_mass',
      'threshold', 'notes', 'specific_capacity', 'received', 'opened', 'location', 'storage',
    ]);
    expect(sheet.columns[0]).toEqual({ header: 'Qty (g)', column: 'quantity' });
    expect(sheet.rows).toEqual([
      {
        line: 2,
        cells: {
          quantity: '25', name: 'LPSC', lot: 'L-9', kind: 'electrolyte', unit: 'g', formula: 'Li6PS5Cl', density: '1.64', d50: '3',
          expires: '2026-01-31', supplier: 'NEI', threshold: '5', notes: 'keep dry', received: '2025-01-10', opened: '2025-02-01',
          location: 'Glovebox 2 shelf A', storage: 'Ar',
        },
      },
    ]);
    expect(sheet.warnings).toEqual([]);
  });

  it('keeps unknown columns out of the cells and warns about them', async () => {
    const sheet = await readFile('inventory.csv', utf8(`Name,Kind,Colour,Formula,Lot,Quantity,Unit,Purity (%)\nLPSC,electrolyte,yellow,Li6PS5Cl,L-1,5,g,99.9\n`));
    expect(sheet.columns[2]).toEqual({ header: 'Colour', column: null });
    expect(sheet.rows[0]?.cells).toEqual({ name: 'LPSC', kind: 'electrolyte', formula: 'Li6PS5Cl', lot: 'L-1', quantity: '5', unit: 'g' });
    expect(sheet.warnings).toEqual(['inventory.csv line 1: ignored columns "Colour" (column C) and "Purity (%)" (column H), which are not inventory columns']);
  });

  it('warns about values in a column that has no header', async () => {
    const sheet = await readFile('inventory.csv', utf8(`${HEADER},,\nLPSC,electrolyte,Li6PS5Cl,L-1,5,g,,stray\n`));
    expect(sheet.columns).toHaveLength(6);
    expect(sheet.warnings).toEqual(['inventory.csv: column H has values but no header and was ignored']);
  });

  it('skips blank rows, including ones of empty or blank cells, and counts them as lines', async () => {
    const text = `\n${HEADER}\n\n , , ,,,\nLPSC,electrolyte,Li6PS5Cl,L-1,5,g\n,,,,,\n\nNCM,cathode,NCM811,B7,100,g\n\n\n`;
    const sheet = await readFile('inventory.csv', utf8(text));
    expect(sheet.rows.map((row) => [row.line, row.cells.name])).toEqual([[5, 'LPSC'], [8, 'NCM']]);
  });

  it('tells the format from the content, not the file name', async () => {
    const sheet = await readFile('inventory.xlsx', utf8(`${HEADER}\nLPSC,electrolyte,Li6PS5Cl,L-1,5,g\n`));
    expect(sheet.format).toBe('csv');
  });
});

describe('readInventorySheet: refusals', () => {
  it('refuses an empty file', async () => {
    expect(await refusal('inventory.csv', new Uint8Array())).toBe('inventory.csv is empty (0 bytes)');
    expect(await refusal('inventory.csv', utf8('\uFEFF\r\n \r\n'))).toBe('inventory.csv has only blank rows; the first row should hold the column headers');
  });

  it('refuses a header with no rows below it', async () => {
    expect(await refusal('inventory.csv', utf8(`${HEADER}\r\n\r\n,,,,,\r\n`))).toBe('inventory.csv has a header (line 1) but no rows below it');
  });

  it('lists every missing required column', async () => {
    expect(await refusal('inventory.csv', utf8('Material,Qty (g),Notes\nLPSC,5,x\n'))).toBe(
      'inventory.csv line 1: missing required columns Kind, Formula, Lot and Unit',
    );
  });

  it('names both headers of a duplicated column with their column letters', async () => {
    const message = await refusal('inventory.csv', utf8(`\n${HEADER},Amount (mg)\nLPSC,electrolyte,Li6PS5Cl,L-1,5,g,5000\n`));
    expect(message).toBe('inventory.csv line 2: columns "Quantity" (column E) and "Amount (mg)" (column G) both mean Quantity; keep only one of them');
  });

  it('reports duplicates and missing columns together', async () => {
    expect(await refusal('inventory.csv', utf8('Name,Material,Lot,Batch no.,Qty\nx,y,1,2,3\n'))).toBe(
      'inventory.csv line 1: columns "Name" (column A) and "Material" (column B) both mean Name; keep only one of them; ' +
        'columns "Lot" (column C) and "Batch no." (column D) both mean Lot; keep only one of them; missing required columns Kind, Formula and Unit',
    );
  });

  it('refuses a quoted cell that is never closed, naming its line', async () => {
    const text = `${HEADER},Notes\nLPSC,electrolyte,Li6PS5Cl,L-1,5,g,ok\nNCM,cathode,NCM811,B7,100,g,"forgot to close\nmore\n`;
    expect(await refusal('inventory.csv', utf8(text))).toBe('inventory.csv line 3: a quoted cell is never closed');
  });

  it('refuses a legacy .xls workbook', async () => {
    const bytes = new Uint8Array(512);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await refusal('inventory.xls', bytes)).toBe(
      'inventory.xls is an old-style Excel .xls workbook (or a password-protected one), which Cellbook cannot read; open it in Excel, save it as .xlsx or "CSV UTF-8" without a password, and import again',
    );
  });

  it('refuses a ZIP that is not a workbook', async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...utf8('not really a zip archive')]);
    expect(await refusal('inventory.xlsx', bytes)).toMatch(/^inventory\.xlsx could not be read as an Excel workbook \(\.xlsx\): /);
  });
});

async function workbookBytes(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('readInventorySheet: XLSX', () => {
  it('reads the first non-empty row as the header and converts numbers, dates, formulas and rich text', async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet('Glovebox');
      sheet.getRow(2).getCell(1).value = '   ';
      sheet.getRow(3).values = ['Name', 'Kind', 'Formula', 'Lot #', 'Quantity (g)', 'Unit', 'Received', 'Molar mass', 'Threshold', 'Supplier', 'Notes'];
      sheet.getRow(4).values = [
        { richText: [{ text: 'Li', font: { bold: true } }, { text: '6PS5Cl' }] }, 'electrolyte', 'Li6PS5Cl', 'L-001', 12.5, 'g',
        new Date(Date.UTC(2025, 2, 15)), 539.5, { formula: 'E4/5', result: 2.5 },
        { text: 'NEI', hyperlink: 'https://example.com' }, '  dry  ',
      ];
      sheet.getRow(6).values = ['Li foil', 'anode', 'Li', 7, 0.1 + 0.2, 'm', new Date(Date.UTC(2024, 11, 31, 18, 30)), 1.5e-7, 2e21];
    });
    const sheet = await readFile('inventory.xlsx', bytes);
    expect(sheet.format).toBe('xlsx');
    expect(sheet.encoding).toBeUndefined();
    expect(sheet.warnings).toEqual([]);
    expect(sheet.columns.map((c) => c.column)).toEqual(['name', 'kind', 'formula', 'lot', 'quantity', 'unit', 'received', 'molar_mass', 'threshold', 'supplier', 'notes']);
    expect(sheet.rows).toEqual([
      {
        line: 4,
        cells: {
          name: 'Li6PS5Cl', kind: 'electrolyte', formula: 'Li6PS5Cl', lot: 'L-001', quantity: '12.5', unit: 'g', received: '2025-03-15',
          molar_mass: '539.5', threshold: '2.5', supplier: 'NEI', notes: 'dry',
        },
      },
      {
        line: 6,
        cells: { name: 'Li foil', kind: 'anode', formula: 'Li', lot: '7', quantity: '0.3', unit: 'm', received: '2024-12-31', molar_mass: '0.00000015', threshold: '2000000000000000000000' },
      },
    ]);
  });

  it('says which worksheet it read when there are several', async () => {
    const bytes = await workbookBytes((workbook) => {
      const first = workbook.addWorksheet('Inventory');
      first.addRow(HEADER.split(','));
      first.addRow(['LPSC', 'electrolyte', 'Li6PS5Cl', 'L-1', 5, 'g']);
      workbook.addWorksheet('Suppliers').addRow(['NEI']);
      workbook.addWorksheet('Old').addRow(['x']);
    });
    const sheet = await readFile('inventory.xlsx', bytes);
    expect(sheet.rows).toEqual([{ line: 2, cells: { name: 'LPSC', kind: 'electrolyte', formula: 'Li6PS5Cl', lot: 'L-1', quantity: '5', unit: 'g' } }]);
    expect(sheet.warnings).toEqual(['inventory.xlsx: read worksheet "Inventory", the first of 3; ignored "Suppliers", "Old"']);
  });

  it('tells the format from the content, not the file name', async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet('Inventory');
      sheet.addRow(HEADER.split(','));
      sheet.addRow(['LPSC', 'electrolyte', 'Li6PS5Cl', 'L-1', 5, 'g']);
    });
    expect((await readFile('inventory.csv', bytes)).format).toBe('xlsx');
  });

  it('reads a merged cell once, so a header merged over two columns is no duplicate', async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet('Inventory');
      sheet.addRow([...HEADER.split(','), 'Notes', '']);
      sheet.mergeCells('G1:H1');
      sheet.addRow(['LPSC', 'electrolyte', 'Li6PS5Cl', 'L-1', 5, 'g', 'first half', '']);
    });
    const sheet = await readFile('inventory.xlsx', bytes);
    expect(sheet.columns.at(-1)).toEqual({ header: 'Notes', column: 'notes' });
    expect(sheet.rows[0]?.cells.notes).toBe('first half');
  });

  it('warns about a formula without a saved result', async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet('Inventory');
      sheet.addRow(HEADER.split(','));
      sheet.addRow(['LPSC', 'electrolyte', 'Li6PS5Cl', 'L-1', { formula: '2+3' }, 'g']);
    });
    const sheet = await readFile('inventory.xlsx', bytes);
    expect(sheet.rows[0]?.cells.quantity).toBeUndefined();
    expect(sheet.warnings).toEqual(['inventory.xlsx: formula cell E2 has no saved result and was read as empty; open the file in Excel, save it and import again']);
  });

  it('refuses missing columns and a header without rows, naming the worksheet row', async () => {
    const missing = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet('Inventory');
      sheet.getRow(2).values = ['Name', 'Formula', 'Quantity'];
      sheet.getRow(3).values = ['LPSC', 'Li6PS5Cl', 5];
    });
    expect(await refusal('inventory.xlsx', missing)).toBe('inventory.xlsx line 2: missing required columns Kind, Lot and Unit');

    const headerOnly = await workbookBytes((workbook) => {
      workbook.addWorksheet('Inventory').getRow(3).values = HEADER.split(',');
    });
    expect(await refusal('inventory.xlsx', headerOnly)).toBe('inventory.xlsx has a header (line 3) but no rows below it');
  });
});
