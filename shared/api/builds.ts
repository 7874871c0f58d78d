// Cell builds: layer stacks, derived numbers, design rules, cells, clone and compare, the demo.
// Part of the one API contract (shared/api.ts assembles the parts).
import { z } from 'zod';
import { idInputSchema, requiredText } from '../schemas/fields';
import { addCellSchema, buildDetailSchema, buildListItemSchema, buildListQuerySchema, cellSchema, createBuildSchema, saveBuildStackSchema, updateBuildSchema, updateCellSchema } from '../schemas/builds';
import { jobIdSchema } from '../schemas/jobs';
import { acknowledgeRuleSchema, withdrawRuleAcknowledgementSchema } from '../schemas/rule-acknowledgements';
import { noInput, operation } from './operation';

export const buildsApi = {
  listBuilds: operation({
    doc: 'Builds with their cells, derived loading and capacity, and how many design rules warn; filter by status, cell status, tag, material, date.',
    input: buildListQuerySchema,
    output: z.array(buildListItemSchema),
  }),
  getBuild: operation({ doc: "One build: header, protocol, layer stack, cells, derived numbers and the patent's design rules.", input: idInputSchema, output: buildDetailSchema }),
  createBuild: operation({ doc: 'Add a build (FIG. 1 single-sided or FIG. 2 double-sided) with an empty layer stack to fill in.', input: createBuildSchema, output: buildDetailSchema }),
  updateBuild: operation({ doc: "Change a build's header (name, date, operator, glovebox atmosphere, tags, notes) or its cycling protocol.", input: updateBuildSchema, output: buildDetailSchema }),
  saveBuildStack: operation({
    doc: "Save a build's layer stack (geometry, thickness, mass, components with their lots); refused once a cell of it is assembled.",
    input: saveBuildStackSchema,
    output: buildDetailSchema,
  }),
  cloneBuild: operation({
    doc: 'A new build like this one (same stack and protocol, no cells), to change one thing.',
    input: z.object({ id: z.number().int().positive(), name: requiredText(200, 'name the new build') }).strict(),
    output: buildDetailSchema,
  }),
  diffBuilds: operation({
    doc: 'What differs between two builds: configuration, protocol, each layer field and composition, and the derived numbers.',
    input: z.object({ aId: z.number().int().positive(), bId: z.number().int().positive() }).strict(),
    output: z.object({ a: z.string(), b: z.string(), differences: z.array(z.object({ section: z.string(), field: z.string(), before: z.string(), after: z.string() })) }),
  }),
  archiveBuild: operation({ doc: 'Take a build out of lists; it stays reachable and restorable.', input: idInputSchema, output: buildDetailSchema }),
  restoreBuild: operation({ doc: 'Bring an archived build back.', input: idInputSchema, output: buildDetailSchema }),
  addCell: operation({ doc: 'Add a cell (replicate) to a build.', input: addCellSchema, output: cellSchema }),
  updateCell: operation({
    doc: "Change a cell's status (first 'assembled' takes its materials from the lots), failure reason, fixture, stack pressure or notes.",
    input: updateCellSchema,
    output: z.object({ cell: cellSchema, notTakenFromLots: z.array(z.string()) }),
  }),
  previewBuildStack: operation({
    doc: 'Derived numbers, design rules and problems of a stack being edited, without saving it (live while editing).',
    input: saveBuildStackSchema,
    output: buildDetailSchema.pick({ derived: true, rules: true, problems: true }),
  }),
  acknowledgeRuleWarning: operation({
    doc: "Accept a design-rule warning on a build with a reason; it is then shown muted with the reason and counted apart, until the warning reads differently.",
    input: acknowledgeRuleSchema,
    output: buildDetailSchema,
  }),
  withdrawRuleAcknowledgement: operation({ doc: 'Take back the acknowledgement of a design-rule warning, so that it counts as needing a look again.', input: withdrawRuleAcknowledgementSchema, output: buildDetailSchema }),
  createDemoNotebook: operation({
    doc: "Fill an empty notebook with the demo: the patent examples' materials and lots, the gel recipe and a batch, and the eleven builds of the patent at once; their synthetic cycling tests follow as a job.",
    input: noInput,
    output: z.object({ builds: z.number().int(), materials: z.number().int(), lots: z.number().int(), jobId: jobIdSchema }),
  }),
} as const;
