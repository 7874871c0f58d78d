// A design-rule warning someone has looked at and accepted, with the reason (the patent's own
// [0038] numbers, a deliberate variant). Acknowledged warnings are shown muted with the reason and
// counted apart, so a build's warning count says what still needs a look.
import type { DesignRuleResult } from './types';

export interface RuleAcknowledgement {
  ruleId: string;
  /** The warning's sentence when it was acknowledged. */
  warningMessage: string;
  reason: string;
  operator: string;
  at: string;
}

export type AcknowledgedRule = DesignRuleResult & {
  /** Set when this warning, as it reads now, was acknowledged; null otherwise. */
  acknowledgement: Omit<RuleAcknowledgement, 'ruleId' | 'warningMessage'> | null;
};

/**
 * Joins rule results with their acknowledgements. An acknowledgement covers a warning only while
 * the warning reads as it did when acknowledged: a build that changed gets a fresh look.
 */
export function withAcknowledgements(rules: readonly DesignRuleResult[], acknowledgements: readonly RuleAcknowledgement[]): AcknowledgedRule[] {
  const byRule = new Map(acknowledgements.map((entry) => [entry.ruleId, entry]));
  return rules.map((rule) => {
    const entry = byRule.get(rule.id);
    const covers = entry !== undefined && rule.status === 'warn' && entry.warningMessage === rule.message;
    return { ...rule, acknowledgement: covers ? { reason: entry.reason, operator: entry.operator, at: entry.at } : null };
  });
}

export interface RuleCounts {
  /** Warnings nobody has acknowledged: what still needs a look. */
  warn: number;
  /** Warnings acknowledged with a reason. */
  acknowledged: number;
  notEnoughData: number;
}

export function countRules(rules: readonly AcknowledgedRule[]): RuleCounts {
  const warnings = rules.filter((rule) => rule.status === 'warn');
  const acknowledged = warnings.filter((rule) => rule.acknowledgement !== null).length;
  return { warn: warnings.length - acknowledged, acknowledged, notEnoughData: rules.filter((rule) => rule.status === 'not_enough_data').length };
}
