// Files Cellbook recognises and does not read: binary vendor formats and tests that are not
// cycling. Each says what the file is and what to export instead.
import type { FileHead, Refusal } from '../format';
import { splitHeader } from '../header-units';

const startsWith = (head: FileHead, text: string) => new TextDecoder('latin1').decode(head.firstBytes.subarray(0, text.length)) === text;

export const REFUSALS: Refusal[] = [
  {
    id: 'biologic-mpr',
    test: (head) => (startsWith(head, 'BIO-LOGIC MODULAR FILE') ? 'a BioLogic EC-Lab binary file (.mpr); export it as text from EC-Lab (File > Export as Text, .mpt) and import that' : null),
  },
  {
    id: 'hdf5',
    test: (head) => (head.firstBytes[0] === 0x89 && startsWith({ ...head, firstBytes: head.firstBytes.subarray(1) }, 'HDF') ? 'an HDF5 file (e.g. an Indigo or BEEP structured file); export the time series as CSV and import that' : null),
  },
  {
    id: 'gzip',
    test: (head) => (head.firstBytes[0] === 0x1f && head.firstBytes[1] === 0x8b ? 'a gzip-compressed file; unpack it first (an Arbin .res inside is a binary database: export CSV or XLSX from MITS Pro instead)' : null),
  },
  {
    id: 'access',
    test: (head) => (startsWith({ ...head, firstBytes: head.firstBytes.subarray(4) }, 'Standard Jet DB') || startsWith({ ...head, firstBytes: head.firstBytes.subarray(4) }, 'Standard ACE DB') ? 'an Arbin .res file (a Microsoft Access database); export CSV or XLSX from MITS Pro / Data Watcher and import that' : null),
  },
  {
    id: 'neware-ndax',
    test: (head) => (head.firstBytes[0] === 0x50 && head.firstBytes[1] === 0x4b && head.container !== 'xlsx' ? 'a Neware .ndax (or another ZIP that is not a workbook); export the data as .xlsx or .csv from BTSDA and import that' : null),
  },
  {
    id: 'neware-nda',
    test: (head) => (startsWith(head, 'NEWARE') ? 'a Neware .nda binary file; export the data as .xlsx or .csv from BTSDA and import that' : null),
  },
  {
    id: 'gamry-dta',
    test: (head) => {
      if (!head.lines[0]?.startsWith('EXPLAIN')) return null;
      const tag = head.lines.find((line) => line.startsWith('TAG'))?.split('\t')[1]?.trim() ?? 'unknown';
      const kind = tag === 'CHRONOA' ? 'a chronoamperometry' : tag === 'CHRONOP' ? 'a chronopotentiometry' : `a ${tag}`;
      return `a Gamry Framework file (.DTA) holding ${kind} experiment, not a charge/discharge cycling test; import the cycler's export of the cycling test instead`;
    },
  },
  {
    // The companion an Arbin CSV export writes beside its data file: one row about the test.
    id: 'arbin-metadata',
    test: (head) => {
      const names = (head.lines[0] ?? '').split(',').map((cell) => cell.trim().toLowerCase());
      const arbin = names.includes('test_id') && names.includes('schedule_file_name') && !names.some((name) => name.startsWith('current'));
      return arbin ? "the metadata of an Arbin export (test, channel and schedule, no measured points); import its data file, the CSV of the same name without \"_Metadata\"" : null;
    },
  },
  {
    // Battery Archive "*_cycle_data.csv", batterydata.energy.gov "*-summary.csv", Novonix
    // "_metadata.csv": one row per cycle, which Cellbook computes itself from the time series.
    id: 'cycle-summary',
    test: (head) => {
      const line = head.lines.slice(0, 5).find((text) => /cycle/i.test(text));
      if (!line || head.container !== 'text') return null;
      const names = line.split(/[,;\t]/).map((cell) => splitHeader(cell).name);
      const perCycle = names.some((name) => /^cycle( index| number)?$/.test(name)) && names.some((name) => /^(discharge capacity|q ?dis|qd)$/.test(name));
      const perPoint = names.some((name) => /^(current|current a|current ampere|i)$/.test(name));
      return perCycle && !perPoint ? 'a per-cycle summary (one row per cycle), not the time series Cellbook computes its cycles from; import the raw data export (time, current, voltage per point) instead' : null;
    },
  },
  {
    // Last: a file with NUL bytes that none of the refusals above named is some other binary format.
    id: 'binary',
    test: (head) => (head.container === 'text' && !head.textForm && head.firstBytes.subarray(0, 4096).includes(0) ? 'a binary file, not a text export; export the test from the cycler software as CSV or text and import that' : null),
  },
];
