import { describe, expect, it } from 'vitest';
import { lotWarnings, type LotWarningFacts } from './lot-warnings';

const fresh: LotWarningFacts = { remaining: 25, unit: 'g', lowStockThreshold: 5, expiresOn: '2027-06-30', openedOn: '2026-11-20', hygroscopicWarnDays: 30 };

describe('lotWarnings', () => {
  it('says nothing about a fresh, full, recently opened lot', () => {
    expect(lotWarnings(fresh, '2026-11-27')).toEqual([]);
  });

  it('flags expiry from the day after the date, and on the day itself', () => {
    expect(lotWarnings({ ...fresh, expiresOn: '2026-11-25' }, '2026-11-27')).toEqual([{ kind: 'expired', message: 'expired on 2026-11-25 (2 days ago)' }]);
    expect(lotWarnings({ ...fresh, expiresOn: '2026-11-26' }, '2026-11-27')[0]?.message).toBe('expired on 2026-11-26 (1 day ago)');
    expect(lotWarnings({ ...fresh, expiresOn: '2026-11-27' }, '2026-11-27')).toEqual([{ kind: 'expired', message: 'expires today (2026-11-27)' }]);
  });

  it('flags stock below the threshold but not at it', () => {
    expect(lotWarnings({ ...fresh, remaining: 5 }, '2026-11-27')).toEqual([]);
    expect(lotWarnings({ ...fresh, remaining: 4.9 }, '2026-11-27')).toEqual([{ kind: 'low_stock', message: '4.9 g left, below the 5 g threshold' }]);
  });

  it('flags a hygroscopic lot open longer than its limit: 30 days is fine, 31 is not', () => {
    expect(lotWarnings({ ...fresh, openedOn: '2026-10-28' }, '2026-11-27')).toEqual([]); // 30 days
    expect(lotWarnings({ ...fresh, openedOn: '2026-10-27' }, '2026-11-27')).toEqual([
      { kind: 'open_too_long', message: 'open for 31 days (since 2026-10-27); this material is flagged after 30 days open' },
    ]);
    expect(lotWarnings({ ...fresh, openedOn: '2026-01-01', hygroscopicWarnDays: null }, '2026-11-27')).toEqual([]);
  });

  it('calls an empty lot used up instead of low', () => {
    expect(lotWarnings({ ...fresh, remaining: 0 }, '2026-11-27')).toEqual([{ kind: 'used_up', message: 'used up' }]);
  });
});
