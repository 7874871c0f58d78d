// A design-rule warning acknowledged with a reason (shared/cells/rule-acknowledgements.ts).
import { z } from 'zod';
import type { AcknowledgedRule } from '../cells/rule-acknowledgements';
import { designRuleResultSchema } from './build-derived';
import { recordIdSchema, requiredText } from './fields';

/** Long enough for "the patent's own Example 1 numbers give 19.6 mol% ([0038] vs [0098])". */
export const ACKNOWLEDGEMENT_REASON_MAX_CHARS = 500;

export const ruleAcknowledgementSchema = z.object({ reason: z.string(), operator: z.string(), at: z.string() });

/** A rule's result on a saved build, with the acknowledgement that covers its warning, if any. */
export const buildRuleSchema = designRuleResultSchema.extend({ acknowledgement: ruleAcknowledgementSchema.nullable() });

/** A rule id of shared/cells/design-rules.ts; the service refuses one the build does not show. */
const ruleIdSchema = z.string().min(1, 'one of the design rules').max(100, 'one of the design rules');

export const acknowledgeRuleSchema = z
  .object({
    buildId: recordIdSchema,
    ruleId: ruleIdSchema,
    reason: requiredText(ACKNOWLEDGEMENT_REASON_MAX_CHARS, 'say why this warning is acceptable for this build'),
  })
  .strict();

export const withdrawRuleAcknowledgementSchema = z.object({ buildId: recordIdSchema, ruleId: ruleIdSchema }).strict();

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const buildRuleSchemaMatchesCalculator: Same<z.infer<typeof buildRuleSchema>, AcknowledgedRule> = true;
