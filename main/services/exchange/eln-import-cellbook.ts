import type { ServiceContext } from '../context';
import type { ElnImportPlan } from './eln-import';
import type { Crate } from './eln-import-crate';
import type { ElnArchive } from './eln-import-zip';

export function planCellbookCrate(_ctx: ServiceContext, _crate: Crate, _archive: ElnArchive): ElnImportPlan | null {
  return null;
}
