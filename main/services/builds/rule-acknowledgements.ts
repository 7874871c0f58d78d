// Acknowledging a design-rule warning with a reason, and withdrawing it. The warning must be one
// the build shows now; what it read is stored, so a later change to the build asks for a new look.
import type { z } from 'zod';
import { CellbookError } from '../../../shared/api-error';
import { withAcknowledgements, type AcknowledgedRule, type RuleAcknowledgement } from '../../../shared/cells/rule-acknowledgements';
import type { DesignRuleResult } from '../../../shared/cells/types';
import type { acknowledgeRuleSchema, withdrawRuleAcknowledgementSchema } from '../../../shared/schemas/rule-acknowledgements';
import { archiveRecord, insertRecord } from '../../db/records';
import type { ServiceContext } from '../context';

interface AcknowledgementRow {
  id: number;
  rule_id: string;
  warning_message: string;
  reason: string;
  operator: string;
  created_at: string;
}

function activeRows(ctx: ServiceContext, buildId: number): AcknowledgementRow[] {
  return ctx.notebook.db.prepare('SELECT * FROM rule_acknowledgements WHERE build_id = ? AND archived_at IS NULL ORDER BY id').all(buildId) as AcknowledgementRow[];
}

export function readAcknowledgements(ctx: ServiceContext, buildId: number): RuleAcknowledgement[] {
  return activeRows(ctx, buildId).map((row) => ({ ruleId: row.rule_id, warningMessage: row.warning_message, reason: row.reason, operator: row.operator, at: row.created_at }));
}

/** The build's rules with the acknowledgements that still cover their warnings. */
export function acknowledgedRules(ctx: ServiceContext, buildId: number, rules: readonly DesignRuleResult[]): AcknowledgedRule[] {
  return withAcknowledgements(rules, readAcknowledgements(ctx, buildId));
}

/**
 * Records why a warning is acceptable for this build. `currentRules` are the build's rules as they
 * read now; only a rule that warns can be acknowledged. A new reason replaces the old one (the
 * old one stays in the history).
 */
export function acknowledgeRule(ctx: ServiceContext, input: z.output<typeof acknowledgeRuleSchema>, currentRules: readonly DesignRuleResult[]): void {
  const rule = currentRules.find((candidate) => candidate.id === input.ruleId);
  if (!rule || rule.status !== 'warn') {
    const reads = rule ? (rule.status === 'pass' ? 'passes' : rule.status === 'not_enough_data' ? 'has not enough data' : 'does not apply') : 'is not checked';
    throw new CellbookError('refused', `"${rule?.title ?? input.ruleId}" ${reads} on this build, so there is no warning to acknowledge`, [{ field: 'ruleId', message: 'only a warning can be acknowledged' }]);
  }
  ctx.notebook.db.transaction(() => {
    for (const row of activeRows(ctx, input.buildId)) if (row.rule_id === input.ruleId) archiveRecord(ctx.writer, 'rule_acknowledgements', row.id);
    insertRecord(ctx.writer, 'rule_acknowledgements', {
      build_id: input.buildId,
      rule_id: input.ruleId,
      warning_message: rule.message,
      reason: input.reason,
      operator: ctx.writer.operator(),
    });
  })();
  ctx.emit({ type: 'changed', tables: ['builds', 'rule_acknowledgements'] });
}

/** The warning asks for a look again; the acknowledgement stays in the history. */
export function withdrawRuleAcknowledgement(ctx: ServiceContext, input: z.output<typeof withdrawRuleAcknowledgementSchema>): void {
  const rows = activeRows(ctx, input.buildId).filter((row) => row.rule_id === input.ruleId);
  if (rows.length === 0) throw new CellbookError('not_found', 'this warning has no acknowledgement to withdraw');
  ctx.notebook.db.transaction(() => rows.forEach((row) => archiveRecord(ctx.writer, 'rule_acknowledgements', row.id)))();
  ctx.emit({ type: 'changed', tables: ['builds', 'rule_acknowledgements'] });
}
