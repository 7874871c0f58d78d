// The names of the builds operations, without schemas (see shared/api-names.ts).
export const buildsApiNames = [
  'listBuilds',
  'getBuild',
  'createBuild',
  'updateBuild',
  'saveBuildStack',
  'cloneBuild',
  'diffBuilds',
  'archiveBuild',
  'restoreBuild',
  'addCell',
  'updateCell',
  'previewBuildStack',
  'acknowledgeRuleWarning',
  'withdrawRuleAcknowledgement',
  'createDemoNotebook',
] as const;
