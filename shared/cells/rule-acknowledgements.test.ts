import { describe, expect, it } from 'vitest';
import { countRules, withAcknowledgements, type RuleAcknowledgement } from './rule-acknowledgements';
import type { DesignRuleResult } from './types';

const rule = (id: string, status: DesignRuleResult['status'], message: string): DesignRuleResult => ({ id, title: id, paragraph: '[0038]', status, value: null, unit: '', range: '', message, missing: [] });
const ack = (ruleId: string, warningMessage: string): RuleAcknowledgement => ({ ruleId, warningMessage, reason: "the patent's own numbers", operator: 'M. Kim', at: '2026-12-01T10:00:00.000Z' });

describe('acknowledged rule warnings', () => {
  const rules = [rule('a', 'warn', 'salt 19.6 mol%, above 10 mol%'), rule('b', 'warn', 'too thin'), rule('c', 'not_enough_data', 'needs the mass'), rule('d', 'pass', 'fine')];

  it('marks a warning acknowledged and counts it apart from those that still need a look', () => {
    const joined = withAcknowledgements(rules, [ack('a', 'salt 19.6 mol%, above 10 mol%')]);
    expect(joined[0]?.acknowledgement).toEqual({ reason: "the patent's own numbers", operator: 'M. Kim', at: '2026-12-01T10:00:00.000Z' });
    expect(joined[1]?.acknowledgement).toBeNull();
    expect(countRules(joined)).toEqual({ warn: 1, acknowledged: 1, notEnoughData: 1 });
  });

  it('no longer covers a warning that reads differently since, nor a rule that no longer warns', () => {
    const changed = withAcknowledgements(rules, [ack('a', 'salt 12 mol%, above 10 mol%'), ack('d', 'fine')]);
    expect(changed.every((entry) => entry.acknowledgement === null)).toBe(true);
    expect(countRules(changed)).toEqual({ warn: 2, acknowledged: 0, notEnoughData: 1 });
  });
});
