// Labels: printable labels with a QR code of each record's Cellbook link, and the lookup a scanned label makes.
// Part of the one API contract (shared/api.ts assembles the parts).
import { z } from 'zod';
import { codeMatchSchema, findRecordByCodeSchema, labelSettingsSchema, makeLabelsSchema } from '../labels/labels-schemas';
import { exportedFileSchema } from '../schemas/exports';
import { noInput, operation } from './operation';

export const labelsApi = {
  makeLabels: operation({
    doc: 'Labels for lots, batches, cells and builds as HTML or PDF on a label sheet or label-printer size: the code in large type, the name, a date and a QR code of the record’s cellbook:// link.',
    input: makeLabelsSchema,
    output: exportedFileSchema,
  }),
  getLabelSettings: operation({ doc: 'The label stock labels are printed on unless another is chosen.', input: noInput, output: labelSettingsSchema }),
  updateLabelSettings: operation({ doc: 'Sets the label stock labels are printed on.', input: labelSettingsSchema.strict(), output: labelSettingsSchema }),
  findRecordByCode: operation({
    doc: 'The records a typed code or a scanned cellbook:// link names exactly (batch code, lot number, build name, or build/cell); empty when none.',
    input: findRecordByCodeSchema,
    output: z.array(codeMatchSchema),
  }),
} as const;
