import { describe, expect, it } from 'vitest';
import { backupsToPrune, scheduledBackupDue } from './automatic-backups';
import { backupNameFacts } from './backup-kind';

describe('backup names', () => {
  it('tells manual from automatic backups and reads the reason and time', () => {
    expect(backupNameFacts('lab-2026-11-27T04-32-10Z.cellbook')).toEqual({ kind: 'manual', reason: null, takenAt: '2026-11-27T04:32:10Z' });
    expect(backupNameFacts('lab-2026-11-27T04-32-10Z-2.cellbook')).toEqual({ kind: 'manual', reason: null, takenAt: '2026-11-27T04:32:10Z' });
    expect(backupNameFacts('lab-2026-11-27T04-32-10Z-auto-scheduled.cellbook')).toMatchObject({ kind: 'automatic', reason: 'scheduled' });
    expect(backupNameFacts('lab-2026-11-27T04-32-10Z-auto-before-eln-import-3.cellbook')).toMatchObject({ kind: 'automatic', reason: 'before .eln import' });
    expect(backupNameFacts('lab-2026-11-27T04-32-10Z-before-restore.cellbook')).toMatchObject({ kind: 'automatic', reason: 'before restore' });
    expect(backupNameFacts('lab-2026-11-27T04-32-10Z-before-schema-10.cellbook')).toMatchObject({ kind: 'automatic', reason: 'before schema update to 10' });
    expect(backupNameFacts('lab-2026-11-27T04-32-10Z-before-schema-10-2.cellbook')).toMatchObject({ kind: 'automatic', reason: 'before schema update to 10' });
    expect(backupNameFacts('copied by hand.cellbook')).toEqual({ kind: 'manual', reason: null, takenAt: null });
  });
});

const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString();

describe('rolling backups', () => {
  it('prunes only verified automatic backups older than the kept days, never the newest verified one', () => {
    const backups = [
      { fileName: 'a', kind: 'automatic' as const, takenAt: day(0), verified: true },
      { fileName: 'b', kind: 'automatic' as const, takenAt: day(1), verified: false },
      { fileName: 'c', kind: 'manual' as const, takenAt: day(2), verified: true },
      { fileName: 'd', kind: 'automatic' as const, takenAt: day(3), verified: true },
      { fileName: 'e', kind: 'automatic' as const, takenAt: day(20), verified: true },
    ];
    expect(backupsToPrune(backups, 14, new Date(day(21))).map((b) => b.fileName)).toEqual(['a', 'd']);
    // All old: the newest verified one (automatic or not) stays.
    expect(backupsToPrune(backups, 14, new Date(day(100))).map((b) => b.fileName)).toEqual(['a', 'd']);
    expect(backupsToPrune(backups.slice(0, 2), 14, new Date(day(100)))).toEqual([]);
  });

  it('schedules a backup only when the notebook changed and the newest is old enough', () => {
    const now = new Date('2026-01-01T12:00:00Z');
    expect(scheduledBackupDue({ newestVerifiedAt: null, changedSinceNewest: true, everyHours: 4, now })).toBe(true);
    expect(scheduledBackupDue({ newestVerifiedAt: '2026-01-01T08:00:00Z', changedSinceNewest: true, everyHours: 4, now })).toBe(true);
    expect(scheduledBackupDue({ newestVerifiedAt: '2026-01-01T08:00:01Z', changedSinceNewest: true, everyHours: 4, now })).toBe(false);
    expect(scheduledBackupDue({ newestVerifiedAt: '2026-01-01T00:00:00Z', changedSinceNewest: false, everyHours: 4, now })).toBe(false);
  });
});
