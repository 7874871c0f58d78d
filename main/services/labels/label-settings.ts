// Which label stock the lab prints on, kept in the notebook like every setting: the size last
// chosen is offered first next time.
import { DEFAULT_LABEL_SIZE, type LabelSizeId } from '../../../shared/labels/label-sizes';
import type { ServiceContext } from '../context';
import { readSetting, writeSetting } from '../settings-store';

export function getLabelSize(ctx: ServiceContext): LabelSizeId {
  return readSetting(ctx.notebook.db, 'labels')?.size ?? DEFAULT_LABEL_SIZE;
}

export function setLabelSize(ctx: ServiceContext, size: LabelSizeId): LabelSizeId {
  if (getLabelSize(ctx) !== size || readSetting(ctx.notebook.db, 'labels') === null) writeSetting(ctx.writer, 'labels', { size });
  ctx.emit({ type: 'changed', tables: ['settings'] });
  return size;
}
