// The one warning every demo build shows is the patent's own: Example 1's composite (salt : oxide
// 2.63 by mass [0098]) lies outside the ranges [0038] states. It is correct but constant, so the
// demo acknowledges it with that reason, and the builds list's warning count shows what else needs a look.
import { acknowledgeRule } from '../builds/rule-acknowledgements';
import { getBuildDetail } from '../builds/builds';
import type { ServiceContext } from '../context';

export const DEMO_COMPOSITE_RULE = 'composite_composition';
export const DEMO_COMPOSITE_REASON =
  "The patent's own numbers: Example 1's composite (LiTFSI : SiO2 = 2.63 by mass, [0098]) lies outside the ranges [0038] states; the demo follows the example.";

export function acknowledgeDemoCompositeWarning(ctx: ServiceContext, buildId: number): void {
  const rules = getBuildDetail(ctx, buildId).rules;
  if (rules.some((rule) => rule.id === DEMO_COMPOSITE_RULE && rule.status === 'warn')) {
    acknowledgeRule(ctx, { buildId, ruleId: DEMO_COMPOSITE_RULE, reason: DEMO_COMPOSITE_REASON }, rules);
  }
}
