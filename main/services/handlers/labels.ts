// The labels operations mapped to the services that do them.
import { printedCode } from '../../../shared/labels/cellbook-link';
import type { labelsApi } from '../../../shared/api/labels';
import { findRecordsByText } from '../labels/label-records';
import { getLabelSize, setLabelSize } from '../labels/label-settings';
import { makeLabelsFile } from '../labels/labels-file';
import { remembered } from '../reports/recent-reports';
import type { AreaHandlers } from './area-handlers';

export const labelsHandlers: AreaHandlers<typeof labelsApi> = {
  makeLabels: (ctx, input) => {
    const size = input.size ?? getLabelSize(ctx);
    return remembered(ctx, { operation: 'makeLabels', input: { ...input, size } }, () => makeLabelsFile(ctx, { records: input.records, size, format: input.format }));
  },
  getLabelSettings: (ctx) => ({ size: getLabelSize(ctx) }),
  updateLabelSettings: (ctx, input) => ({ size: setLabelSize(ctx, input.size) }),
  findRecordByCode: (ctx, input) => findRecordsByText(ctx, input.text).map((record) => ({ kind: record.kind, id: record.id, buildId: record.buildId, code: printedCode(record.ref), name: record.name })),
};
