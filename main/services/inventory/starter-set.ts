import { STARTER_MATERIALS } from '../../../shared/materials/starter-set';
import { materialFieldsSchema } from '../../../shared/schemas/materials';
import type { ServiceContext } from '../context';
import { createMaterial } from './materials';

/** Adds the starter materials a notebook does not have yet (by name); returns how many were added. */
export function addStarterMaterials(ctx: ServiceContext): { created: number; alreadyPresent: number } {
  const result = ctx.notebook.db.transaction(() => {
    let created = 0;
    for (const fields of STARTER_MATERIALS) {
      const present = ctx.notebook.db.prepare('SELECT 1 FROM materials WHERE name = ? COLLATE NOCASE AND archived_at IS NULL').get(fields.name);
      if (present) continue;
      createMaterial(ctx, materialFieldsSchema.parse(fields), { emit: false });
      created += 1;
    }
    return { created, alreadyPresent: STARTER_MATERIALS.length - created };
  })();
  ctx.emit({ type: 'changed', tables: ['materials'] });
  return result;
}
