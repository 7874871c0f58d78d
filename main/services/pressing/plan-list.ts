// Every build's plan at a glance (the Pressing area's list, and the builds list's plan column):
// state, worst check, steps done, total duration.
import type { z } from 'zod';
import type { CheckStatus, PlanState, pressPlanListItemSchema, pressPlanListQuerySchema } from '../../../shared/schemas/pressing';
import { queryAll } from '../../db/query';
import { sql } from '../../db/sql';
import type { ServiceContext } from '../context';
import { getPressPlan } from './plan-view';

type ListItem = z.infer<typeof pressPlanListItemSchema>;

export function listPressPlans(ctx: ServiceContext, query: z.output<typeof pressPlanListQuerySchema>): ListItem[] {
  const builds = queryAll<{ id: number }>(
    ctx.notebook.db,
    sql`SELECT id FROM builds WHERE (${query.buildId ?? null} IS NULL OR id = ${query.buildId ?? null}) AND (${query.includeArchivedBuilds ? 1 : 0} = 1 OR archived_at IS NULL OR id = ${query.buildId ?? null}) ORDER BY name COLLATE NOCASE`,
  );
  return builds
    .map(({ id }) => {
      const plan = getPressPlan(ctx, id);
      return {
        buildId: id,
        buildName: plan.buildName,
        buildArchived: plan.buildArchived,
        planId: plan.planId,
        state: plan.state,
        worst: plan.worst,
        stepCount: plan.steps.length,
        doneCount: plan.steps.filter((step) => step.status === 'done').length,
        totalDurationS: plan.timeline.totalDurationS,
        updatedAt: plan.updatedAt,
      };
    })
    .filter((item) => query.state === undefined || item.state === query.state);
}

/** The plan state and worst check of one build, for the builds list and page. */
export function buildPlanSummary(ctx: ServiceContext, buildId: number): { state: PlanState; worst: CheckStatus | null } {
  const plan = getPressPlan(ctx, buildId);
  return { state: plan.state, worst: plan.worst };
}
