import { describe, expect, it } from 'vitest';
import { diffRecords, readableChange } from './history-diff';
import { fieldLabelText, recordLabel } from './history-fields';

describe('diffRecords', () => {
  it('lists every field of an insert as a change from null, leaving out id and timestamps', () => {
    expect(diffRecords(null, { id: 1, name: 'LiTFSI', created_at: 'a', updated_at: 'a' })).toEqual([{ field: 'name', before: null, after: 'LiTFSI' }]);
  });

  it('lists only the fields that changed, ignoring updated_at', () => {
    const before = { id: 1, name: 'LiTFSI', density: 1.33, updated_at: 'a' };
    const after = { id: 1, name: 'LiTFSI', density: 1.34, updated_at: 'b' };
    expect(diffRecords(before, after)).toEqual([{ field: 'density', before: 1.33, after: 1.34 }]);
  });

  it('treats a missing field and null alike', () => {
    expect(diffRecords({ a: null }, {})).toEqual([]);
  });
});

describe('readableChange', () => {
  it('names a column with its unit and writes a stored number without its binary artefact', () => {
    const change = { field: 'molar_mass_g_mol', before: null, after: 268.36400000000003 };
    const readable = readableChange(change);
    expect(`${readable.label}: ${readable.before} → ${readable.after}`).toBe('Molar mass (g/mol): — → 268.364');
  });

  it('labels columns from their unit suffix and spells out the ones a lab names differently', () => {
    expect(fieldLabelText('specific_capacity_mah_g')).toBe('Specific capacity (mAh/g)');
    expect(fieldLabelText('density_g_cm3')).toBe('Density (g/cm³)');
    expect(fieldLabelText('mass_tolerance_pct')).toBe('Mass tolerance (%)');
    expect(fieldLabelText('thickness_coated_um')).toBe('Thickness coated (µm)');
    expect(fieldLabelText('stack_pressure_mpa')).toBe('Stack pressure (MPa)');
    expect(fieldLabelText('cas_number')).toBe('CAS number');
    expect(fieldLabelText('glovebox_o2_ppm')).toBe('Glovebox O₂ (ppm)');
    expect(fieldLabelText('received_on')).toBe('Received on');
    expect(fieldLabelText('material_id')).toBe('Material');
    expect(fieldLabelText('name')).toBe('Name');
  });

  it('names the record in words', () => {
    expect(recordLabel('cycling_tests', '3')).toBe('Cycling test 3');
    expect(recordLabel('batches', '12')).toBe('Batch 12');
    expect(recordLabel('settings', 'operator')).toBe('Setting operator');
  });

  it('writes flags as yes/no and keeps text on one short line', () => {
    expect(readableChange({ field: 'made_in_house', before: 0, after: 1 })).toMatchObject({ label: 'Made in house', before: 'no', after: 'yes' });
    const long = 'x'.repeat(200);
    expect(readableChange({ field: 'notes', before: null, after: long }).after).toHaveLength(80);
  });

  it('summarizes a large JSON field by what changed inside it', () => {
    const before = JSON.stringify({ cycleNote: 'cycles from the file', agreementNote: 'agrees', notes: [], warnings: [] });
    const after = JSON.stringify({ cycleNote: 'cycles from the file', agreementNote: 'agrees', notes: ['a', 'b'], warnings: ['gap at 3.2 h'] });
    expect(readableChange({ field: 'import_report_json', before, after })).toEqual({
      label: 'Import report',
      before: '4 fields',
      after: '4 fields',
      details: ['Notes: 0 items → 2 items', 'Warnings: 0 items → 1 item'],
    });
    const inserted = readableChange({ field: 'import_report_json', before: null, after });
    expect(inserted.before).toBe('—');
    expect(inserted.details).toEqual(['Cycle note: cycles from the file', 'Agreement note: agrees', 'Notes: 2 items', 'Warnings: 1 item']);
  });

  it('reads a setting stored as JSON text without its quotes', () => {
    expect(readableChange({ field: 'value_json', before: '"M. Kim"', after: '"J. Park"' })).toEqual({ label: 'Value', before: 'M. Kim', after: 'J. Park', details: [] });
    expect(readableChange({ field: 'value_json', before: '"M. Kim"', after: 'null' })).toMatchObject({ before: 'M. Kim', after: '—' });
  });

  it('counts the parts it leaves out of a long JSON change', () => {
    const after = JSON.stringify(Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`part${i}`, i])));
    const details = readableChange({ field: 'measured_json', before: '{}', after }).details;
    expect(details).toHaveLength(7);
    expect(details.at(-1)).toBe('and 3 more parts');
  });
});
