import { GEL_TEMPLATES } from '../../../shared/chemistry/gel-templates';
import { recipeContentSchema } from '../../../shared/schemas/recipes';
import type { ServiceContext } from '../context';
import { createRecipe } from './recipes';

/** Adds the patent's gel recipes as templates, skipping any whose name is taken. */
export function addGelTemplates(ctx: ServiceContext): number {
  let created = 0;
  ctx.notebook.db.transaction(() => {
    for (const template of GEL_TEMPLATES) {
      const taken = ctx.notebook.db.prepare('SELECT 1 FROM recipes WHERE name = ? COLLATE NOCASE AND archived_at IS NULL').get(template.name);
      if (taken) continue;
      createRecipe(
        ctx,
        { name: template.name, productKind: 'oxide_composite_se', productMaterialName: template.productMaterialName, description: template.description, content: recipeContentSchema.parse(template.content), isTemplate: true },
        { emit: false },
      );
      created += 1;
    }
  })();
  return created;
}
