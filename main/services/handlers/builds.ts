// The builds operations mapped to the services that do them.
import { saveBuildStack } from '../builds/build-stack';
import { diffBuildsById } from '../builds/build-diff';
import { createBuild, getBuildDetail, listBuilds, previewBuildStack, setBuildArchived, updateBuild } from '../builds/builds';
import { addCell, updateCell } from '../builds/cells';
import { cloneBuild } from '../builds/clone-build';
import { acknowledgeRule, withdrawRuleAcknowledgement } from '../builds/rule-acknowledgements';
import { startDemoNotebook } from '../demo/demo-notebook';
import type { AreaHandlers } from './area-handlers';
import type { buildsApi } from '../../../shared/api/builds';

export const buildsHandlers: AreaHandlers<typeof buildsApi> = {
  listBuilds: (ctx, input) => listBuilds(ctx, input),
  getBuild: (ctx, input) => getBuildDetail(ctx, input.id),
  createBuild: (ctx, input) => getBuildDetail(ctx, createBuild(ctx, input)),
  updateBuild: (ctx, input) => updateBuild(ctx, input),
  saveBuildStack: (ctx, input) => {
    saveBuildStack(ctx, input);
    return getBuildDetail(ctx, input.buildId);
  },
  cloneBuild: (ctx, input) => getBuildDetail(ctx, cloneBuild(ctx, input.id, input.name)),
  diffBuilds: (ctx, input) => diffBuildsById(ctx, input.aId, input.bId),
  archiveBuild: (ctx, input) => setBuildArchived(ctx, input.id, true),
  restoreBuild: (ctx, input) => setBuildArchived(ctx, input.id, false),
  addCell: (ctx, input) => addCell(ctx, input),
  updateCell: (ctx, input) => updateCell(ctx, input),
  previewBuildStack: (ctx, input) => previewBuildStack(ctx, input),
  acknowledgeRuleWarning: (ctx, input) => {
    acknowledgeRule(ctx, input, getBuildDetail(ctx, input.buildId).rules);
    return getBuildDetail(ctx, input.buildId);
  },
  withdrawRuleAcknowledgement: (ctx, input) => {
    getBuildDetail(ctx, input.buildId);
    withdrawRuleAcknowledgement(ctx, input);
    return getBuildDetail(ctx, input.buildId);
  },
  createDemoNotebook: (ctx) => startDemoNotebook(ctx),
};
