// Which backups Cellbook took on its own and why, read from the file name alone (so a copy moved
// between computers keeps its meaning): <notebook>-<UTC stamp>[-<reason>][-<n>].cellbook, where a
// manual "Back up now" has no reason, -<n> is the counter added when the name was taken, and
// automatic ones carry auto-<why>, before-restore or before-schema-<version>.

export type BackupKind = 'manual' | 'automatic';

export interface BackupNameFacts {
  kind: BackupKind;
  /** Why an automatic backup was taken, in words ("scheduled", "before .eln import"); null for manual. */
  reason: string | null;
  /** When it was taken, from the stamp in its name; null when the name carries none. */
  takenAt: string | null;
}

const STAMP = /(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})Z/;
const REASON_WORDS: Record<string, string> = {
  scheduled: 'scheduled',
  'before-restore': 'before restore',
  'before-eln-import': 'before .eln import',
  'before-bulk-import': 'before bulk import',
  'before-migration': 'before schema update',
};

function reasonInWords(suffix: string): string {
  const auto = suffix.replace(/^auto-/, '');
  const schema = /^before-schema-(\d+)$/.exec(auto);
  if (schema) return `before schema update to ${schema[1]}`;
  return REASON_WORDS[auto] ?? auto.replace(/-/g, ' ');
}

/** Drops the -2, -3 … that publishing adds on a name clash (but not the version of before-schema-10). */
function withoutCounter(suffix: string): string {
  const schema = /^-(before-schema-\d+)(?:-\d+)?$/.exec(suffix);
  if (schema) return schema[1] as string;
  return suffix.replace(/-\d+$/, '').replace(/^-/, '');
}

export function backupNameFacts(fileName: string): BackupNameFacts {
  const stamp = STAMP.exec(fileName);
  if (!stamp) return { kind: 'manual', reason: null, takenAt: null };
  const takenAt = `${stamp[1]}T${stamp[2]}:${stamp[3]}:${stamp[4]}Z`;
  const rest = fileName.slice(stamp.index + stamp[0].length).replace(/\.[^.]*$/, '');
  const suffix = withoutCounter(rest);
  if (suffix === '') return { kind: 'manual', reason: null, takenAt };
  return { kind: 'automatic', reason: reasonInWords(suffix), takenAt };
}
