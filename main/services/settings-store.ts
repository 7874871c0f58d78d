// Notebook settings are records like any other (table `settings`, history on every change);
// this file reads and writes one setting by key.
import { z } from 'zod';
import { insertRecord, updateRecord, type RecordWriter } from '../db/records';
import type { Db } from '../db/query';
import { lifespanSettingsSchema, shortCircuitSettingsSchema } from '../../shared/schemas/cycling';
import { pressingSettingsSchema } from '../../shared/schemas/pressing';
import { automaticBackupSettingsSchema } from '../../shared/backups/automatic-backups';
import { labelSettingsSchema } from '../../shared/labels/labels-schemas';

/** Each setting's stored shape; a value that does not parse is treated as unset. */
const settingSchemas = {
  operator: z.string().nullable(),
  cycling_lifespan: lifespanSettingsSchema,
  cycling_short_circuit: shortCircuitSettingsSchema,
  pressing: pressingSettingsSchema,
  backups_automatic: automaticBackupSettingsSchema,
  labels: labelSettingsSchema,
} as const;
export type SettingKey = keyof typeof settingSchemas;
type SettingValue<K extends SettingKey> = z.infer<(typeof settingSchemas)[K]>;

export function readSetting<K extends SettingKey>(db: Db, key: K): SettingValue<K> | null {
  const row = db.prepare('SELECT value_json FROM settings WHERE id = ? AND archived_at IS NULL').get(key) as
    | { value_json: string }
    | undefined;
  if (!row) return null;
  const parsed = settingSchemas[key].safeParse(JSON.parse(row.value_json));
  return parsed.success ? (parsed.data as SettingValue<K>) : null;
}

export function writeSetting<K extends SettingKey>(writer: RecordWriter, key: K, value: SettingValue<K>): void {
  const valueJson = JSON.stringify(value);
  const exists = writer.db.prepare('SELECT 1 FROM settings WHERE id = ?').get(key);
  if (exists) updateRecord(writer, 'settings', key, { value_json: valueJson });
  else insertRecord(writer, 'settings', { id: key, value_json: valueJson });
}
