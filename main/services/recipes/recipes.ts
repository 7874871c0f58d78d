// Recipes and their versions. A version is written once and never changed: saving an edited
// recipe writes the next version, so every batch keeps exactly the version it followed.
import type { z } from 'zod';
import { CellbookError } from '../../../shared/api-error';
import { recipeContentSchema, type createRecipeSchema, type Recipe, type RecipeContent, type saveRecipeVersionSchema } from '../../../shared/schemas/recipes';
import { archiveRecord, insertRecord, restoreRecord } from '../../db/records';
import type { ServiceContext } from '../context';

interface RecipeRow {
  id: number;
  name: string;
  product_kind: Recipe['productKind'];
  product_material_name: string;
  description: string | null;
  is_template: number;
  archived_at: string | null;
  created_at: string;
}

interface VersionRow {
  id: number;
  recipe_id: number;
  version: number;
  content_json: string;
  change_note: string | null;
  created_at: string;
  batch_count: number;
}

export function parseRecipeContent(json: string): RecipeContent {
  return recipeContentSchema.parse(JSON.parse(json));
}

function toRecipeHeader(row: RecipeRow): Omit<Recipe, 'versions'> {
  return {
    id: row.id,
    name: row.name,
    productKind: row.product_kind,
    productMaterialName: row.product_material_name,
    description: row.description,
    isTemplate: row.is_template === 1,
    archivedAt: row.archived_at,
    createdAt: row.created_at,
  };
}

export function getRecipe(ctx: ServiceContext, id: number): Recipe {
  const row = ctx.notebook.db.prepare('SELECT * FROM recipes WHERE id = ?').get(id) as RecipeRow | undefined;
  if (!row) throw new CellbookError('not_found', `recipe ${id} does not exist`);
  const versions = ctx.notebook.db
    .prepare(
      `SELECT recipe_versions.*, (SELECT count(*) FROM batches WHERE batches.recipe_version_id = recipe_versions.id) AS batch_count
       FROM recipe_versions WHERE recipe_id = ? ORDER BY version DESC`,
    )
    .all(id) as VersionRow[];
  return {
    ...toRecipeHeader(row),
    versions: versions.map((version) => ({
      id: version.id,
      version: version.version,
      content: parseRecipeContent(version.content_json),
      changeNote: version.change_note,
      createdAt: version.created_at,
      batchCount: version.batch_count,
    })),
  };
}

export function listRecipes(ctx: ServiceContext, includeArchived: boolean) {
  const rows = ctx.notebook.db
    .prepare(
      `SELECT recipes.*,
         (SELECT max(version) FROM recipe_versions WHERE recipe_id = recipes.id) AS latest_version,
         (SELECT count(*) FROM batches JOIN recipe_versions ON recipe_versions.id = batches.recipe_version_id WHERE recipe_versions.recipe_id = recipes.id) AS batch_count
       FROM recipes ${includeArchived ? '' : 'WHERE archived_at IS NULL'} ORDER BY is_template, name COLLATE NOCASE`,
    )
    .all() as Array<RecipeRow & { latest_version: number; batch_count: number }>;
  return rows.map((row) => ({ ...toRecipeHeader(row), latestVersion: row.latest_version, batchCount: row.batch_count }));
}

function assertNameFree(ctx: ServiceContext, name: string): void {
  const clash = ctx.notebook.db.prepare('SELECT id FROM recipes WHERE name = ? COLLATE NOCASE AND archived_at IS NULL').get(name) as { id: number } | undefined;
  if (clash) throw new CellbookError('conflict', `a recipe named "${name}" already exists (recipe ${clash.id})`, [{ field: 'name', message: 'already used by another recipe' }]);
}

export function createRecipe(ctx: ServiceContext, input: z.output<typeof createRecipeSchema> & { isTemplate?: boolean }, options: { emit?: boolean } = {}): Recipe {
  const id = ctx.notebook.db.transaction(() => {
    assertNameFree(ctx, input.name);
    const recipeId = insertRecord(ctx.writer, 'recipes', {
      name: input.name,
      product_kind: input.productKind,
      product_material_name: input.productMaterialName,
      description: input.description,
      is_template: input.isTemplate ? 1 : 0,
    });
    insertRecord(ctx.writer, 'recipe_versions', { recipe_id: recipeId, version: 1, content_json: JSON.stringify(input.content), change_note: 'first version' });
    return Number(recipeId);
  })();
  if (options.emit !== false) ctx.emit({ type: 'changed', tables: ['recipes'] });
  return getRecipe(ctx, id);
}

export function saveRecipeVersion(ctx: ServiceContext, input: z.output<typeof saveRecipeVersionSchema>): Recipe {
  ctx.notebook.db.transaction(() => {
    const recipe = getRecipe(ctx, input.recipeId);
    if (recipe.archivedAt) throw new CellbookError('refused', `recipe "${recipe.name}" is archived; restore it before editing`);
    const latest = recipe.versions[0];
    if (latest && JSON.stringify(latest.content) === JSON.stringify(input.content)) {
      throw new CellbookError('validation', 'nothing changed: the content is the same as version ' + latest.version);
    }
    insertRecord(ctx.writer, 'recipe_versions', {
      recipe_id: input.recipeId,
      version: (latest?.version ?? 0) + 1,
      content_json: JSON.stringify(input.content),
      change_note: input.changeNote,
    });
  })();
  ctx.emit({ type: 'changed', tables: ['recipes', 'recipe_versions'] });
  return getRecipe(ctx, input.recipeId);
}

export function setRecipeArchived(ctx: ServiceContext, id: number, archived: boolean): Recipe {
  ctx.notebook.db.transaction(() => {
    const recipe = getRecipe(ctx, id);
    if (!archived) assertNameFree(ctx, recipe.name);
    if (archived) archiveRecord(ctx.writer, 'recipes', id);
    else restoreRecord(ctx.writer, 'recipes', id);
  })();
  ctx.emit({ type: 'changed', tables: ['recipes'] });
  return getRecipe(ctx, id);
}
