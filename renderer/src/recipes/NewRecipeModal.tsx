// A new recipe: a copy of an existing one (e.g. Example 1 with other amounts) or one written from
// scratch with its ingredients and steps.
import { Button, Group, Modal, SegmentedControl, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useLocation } from 'wouter';
import type { z } from 'zod';
import { MATERIAL_KIND_LABELS, MATERIAL_KINDS, type MaterialKind } from '../../../shared/materials/kinds';
import { createRecipeSchema, type recipeIngredientSchema, type RecipeStep } from '../../../shared/schemas/recipes';
import { callApi } from '../api/client';
import { useApiQuery } from '../api/hooks';
import { FormProblem } from '../components/FormProblem';
import { notifySuccess } from '../components/notify';
import { useFormCheck } from '../components/use-form-check';
import { IngredientsEditor } from './IngredientsEditor';
import { StepsEditor } from './StepsEditor';

type Ingredient = z.input<typeof recipeIngredientSchema>;

const NEW_RECIPE_LABELS = {
  name: 'Recipe name',
  productMaterialName: 'Makes (material)',
  productKind: 'Product kind',
  description: 'Description',
  content: 'Copy of',
  'content.ingredients': 'Ingredients',
  'content.ingredients.*.name': 'Ingredient *',
  'content.ingredients.*.amount': 'Ingredient * amount',
  'content.steps': 'Steps',
  'content.steps.*.title': 'Step *',
  'content.steps.*.params.temperatureC': 'Step * temperature',
  'content.steps.*.params.durationMin': 'Step * duration',
};

export function NewRecipeModal({ onClose }: { onClose: () => void }) {
  const [, navigate] = useLocation();
  const recipes = useApiQuery('listRecipes', {});
  const [mode, setMode] = useState<'copy' | 'blank'>('copy');
  const [sourceId, setSourceId] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [productName, setProductName] = useState('');
  const [productKind, setProductKind] = useState<MaterialKind | null>('oxide_composite_se');
  const [description, setDescription] = useState('');
  const [ingredients, setIngredients] = useState<Ingredient[]>([{ key: 'ingredient', name: '', materialName: null, amount: { kind: 'mass', g: 0 } }]);
  const [steps, setSteps] = useState<RecipeStep[]>([{ type: 'mix', title: 'Mix', params: {}, notes: null }]);
  const source = useApiQuery('getRecipe', { id: Number(sourceId ?? 0) }, { enabled: mode === 'copy' && sourceId !== null });

  const content = mode === 'copy' ? source.data?.versions[0]?.content : { kind: 'generic' as const, ingredients, steps };
  const draft = { name, productKind, productMaterialName: productName, description: description || null, content };
  const check = useFormCheck({ schema: createRecipeSchema, value: draft, labels: NEW_RECIPE_LABELS });
  const contentError = (path: string) => check.error(`content.${path}`);

  const create = async () => {
    const recipe = await check.submit(() => callApi('createRecipe', draft as z.input<typeof createRecipeSchema>));
    if (!recipe) return;
    notifySuccess(`Added recipe ${recipe.name}`);
    onClose();
    navigate(`/recipes/${recipe.id}`);
  };

  return (
    <Modal opened onClose={onClose} title="New recipe" size="xl">
      <Stack gap="sm">
        <SegmentedControl value={mode} onChange={(next) => setMode(next as typeof mode)} data={[{ value: 'copy', label: 'Copy an existing recipe' }, { value: 'blank', label: 'Write a new one' }]} />
        {mode === 'copy' && (
          <Select
            label="Copy of"
            placeholder="choose a recipe"
            data={(recipes.data ?? []).map((recipe) => ({ value: String(recipe.id), label: `${recipe.name} (v${recipe.latestVersion})` }))}
            value={sourceId}
            error={check.error('content')}
            onChange={(id) => {
              setSourceId(id);
              const chosen = recipes.data?.find((recipe) => String(recipe.id) === id);
              if (chosen) {
                setName(`${chosen.name} (copy)`);
                setProductName(chosen.productMaterialName);
                setProductKind(chosen.productKind);
              }
            }}
          />
        )}
        <SimpleGrid cols={3} spacing="sm">
          <TextInput label="Recipe name" required value={name} onChange={(event) => setName(event.currentTarget.value)} error={check.error('name')} />
          <TextInput label="Makes (material)" required value={productName} onChange={(event) => setProductName(event.currentTarget.value)} error={check.error('productMaterialName')} />
          <Select label="Product kind" data={MATERIAL_KINDS.map((kind) => ({ value: kind, label: MATERIAL_KIND_LABELS[kind] }))} value={productKind} onChange={(kind) => setProductKind(kind as MaterialKind | null)} error={check.error('productKind')} />
        </SimpleGrid>
        <Textarea label="Description" autosize minRows={1} value={description} onChange={(event) => setDescription(event.currentTarget.value)} error={check.error('description')} />
        {mode === 'blank' && (
          <>
            <Title order={4}>Ingredients</Title>
            <IngredientsEditor ingredients={ingredients} onChange={setIngredients} error={contentError} />
            <Title order={4}>Steps</Title>
            <StepsEditor steps={steps} onChange={setSteps} error={contentError} />
          </>
        )}
        {mode === 'copy' && sourceId && <Text size="xs" c="dimmed">The copy starts from the latest version; edit its amounts and steps on its page.</Text>}
        <FormProblem check={check} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>Cancel</Button>
          <Button onClick={() => void create()} loading={check.busy}>Add recipe</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
