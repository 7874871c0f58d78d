// Display of build numbers: every number with its unit, "—" when it cannot be computed.
import type { DesignRuleResult, RuleStatus } from '../../../shared/cells/types';
import { formatQuantity } from '../../../shared/format/quantity';

/** A computed build number to `digits` significant digits with its unit (shared/format). */
export function num(value: number | null | undefined, unit: string, digits = 4): string {
  return formatQuantity(value, unit, { significant: digits });
}

export { compositionText, shapeText, sideText } from '../../../shared/cells/layer-text';

export const RULE_STATUS_COLOR: Record<RuleStatus, string> = { pass: 'teal', warn: 'yellow', not_enough_data: 'gray', not_applicable: 'gray' };
export const RULE_STATUS_WORD: Record<RuleStatus, string> = { pass: 'pass', warn: 'warn', not_enough_data: 'not enough data', not_applicable: 'n/a' };

/**
 * A rule as one sentence: what it checks, then its value against the range as the rule words it,
 * or "not enough data" with what it needs (never a bare "—" beside the range).
 */
export function ruleSentence(rule: Pick<DesignRuleResult, 'title' | 'status' | 'message'>): string {
  if (rule.status === 'not_enough_data') return `${rule.title}: not enough data (${rule.message})`;
  return `${rule.title}: ${rule.message}`;
}
