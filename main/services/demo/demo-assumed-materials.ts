// The demo's stated assumptions on materials (shared/demo/demo-assumptions.ts): set on the starter
// materials with the assumption written into each material's notes, so that what a derived number
// rests on can be read where the number is used.
import { DEMO_MATERIAL_ASSUMPTIONS } from '../../../shared/demo/demo-assumptions';
import { updateRecord } from '../../db/records';
import type { ServiceContext } from '../context';

export function applyDemoMaterialAssumptions(ctx: ServiceContext): void {
  const find = ctx.notebook.db.prepare('SELECT id, notes FROM materials WHERE name = ? AND archived_at IS NULL');
  for (const assumption of DEMO_MATERIAL_ASSUMPTIONS) {
    const row = find.get(assumption.material) as { id: number; notes: string | null } | undefined;
    if (!row) throw new Error(`demo material "${assumption.material}" is missing`);
    updateRecord(ctx.writer, 'materials', row.id, {
      specific_capacity_mah_g: assumption.specificCapacityMAhG,
      notes: row.notes ? `${row.notes}\n\n${assumption.note}` : assumption.note,
    });
  }
}
