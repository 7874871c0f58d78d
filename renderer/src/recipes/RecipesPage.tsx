// Recipes (templates) and the batches made from them, and the bench conversions.
import { Badge, Button, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconListDetails, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useLocation } from 'wouter';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { EmptyState } from '../components/EmptyState';
import { notifyError, notifySuccess } from '../components/notify';
import { VirtualTable, type VirtualColumn } from '../components/VirtualTable';
import { formatLocalDateTime } from '../notebook/format';
import { ConversionsTool } from './ConversionsTool';
import { NewRecipeModal } from './NewRecipeModal';
import { BatchStatusBadge } from './BatchStatusBadge';
import type { ApiOutput } from '../../../shared/api';
import { ExportListMenu } from '../components/ExportListMenu';

type RecipeItem = ApiOutput<'listRecipes'>[number];
type BatchItem = ApiOutput<'listBatches'>[number];

const recipeColumns: VirtualColumn<RecipeItem>[] = [
  { key: 'name', header: 'Recipe', sortValue: (r) => r.name, render: (r) => <Group gap={6}><Text size="sm" fw={500}>{r.name}</Text>{r.isTemplate && <Badge size="xs" variant="outline">patent template</Badge>}</Group> },
  { key: 'product', header: 'Makes', width: 260, sortValue: (r) => r.productMaterialName, render: (r) => r.productMaterialName },
  { key: 'version', header: 'Version', width: 80, align: 'right', sortValue: (r) => r.latestVersion, render: (r) => `v${r.latestVersion}` },
  { key: 'batches', header: 'Batches', width: 80, align: 'right', sortValue: (r) => r.batchCount, render: (r) => r.batchCount },
];

const batchColumns: VirtualColumn<BatchItem>[] = [
  { key: 'code', header: 'Batch', width: 140, sortValue: (b) => b.code, render: (b) => <Text size="sm" fw={500}>{b.code}</Text> },
  { key: 'recipe', header: 'Recipe', sortValue: (b) => b.recipeName, render: (b) => `${b.recipeName} (v${b.recipeVersion})` },
  { key: 'status', header: 'Status', width: 110, sortValue: (b) => b.status, render: (b) => <BatchStatusBadge status={b.status} /> },
  { key: 'started', header: 'Started', width: 140, sortValue: (b) => b.startedAt, render: (b) => formatLocalDateTime(b.startedAt) },
  { key: 'yield', header: 'Yield', width: 90, align: 'right', sortValue: (b) => b.yieldG, render: (b) => (b.yieldG === null ? '—' : `${b.yieldG} g`) },
];

export function RecipesPage() {
  const [, navigate] = useLocation();
  const recipes = useApiQuery('listRecipes', {});
  const batches = useApiQuery('listBatches', {});
  const templates = useApiMutation('addGelTemplates');
  const [creating, setCreating] = useState(false);
  const addTemplates = () =>
    templates.mutate({}, { onSuccess: (r) => notifySuccess(`Added ${r.created} gel recipe(s) from the patent`), onError: (e) => notifyError('Could not add the templates', e) });

  return (
    <Container size="xl" px={0}>
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={2}>Recipes</Title>
          <Group gap="xs">
            <ExportListMenu list="batches" label="Export batches" />
            <Button leftSection={<IconPlus size={14} />} onClick={() => setCreating(true)}>New recipe</Button>
          </Group>
        </Group>
        {recipes.data?.length === 0 ? (
          <EmptyState
            icon={<IconListDetails size={22} />}
            title="No recipes yet"
            action={<Button mt="sm" onClick={addTemplates} loading={templates.isPending}>Add the patent's gel recipes</Button>}
          >
            Start from the gel process of Example 1 (TEOS, formic acid, LiTFSI in n-MAc) and its DME and LiFSI variants.
          </EmptyState>
        ) : (
          <Paper withBorder p="md">
            <VirtualTable label="Recipes" rows={recipes.data ?? []} columns={recipeColumns} rowKey={(r) => r.id} height="auto" empty="Loading…" onOpen={(r) => navigate(`/recipes/${r.id}`)} />
          </Paper>
        )}
        <Paper withBorder p="md">
          <Title order={3} mb="sm">Batches</Title>
          <VirtualTable
            label="Batches"
            rows={batches.data ?? []}
            columns={batchColumns}
            rowKey={(b) => b.id}
            height={(batches.data?.length ?? 0) < 10 ? 'auto' : 360}
            empty="No batches yet. Open a recipe and start one."
            onOpen={(b) => navigate(`/batches/${b.id}`)}
          />
        </Paper>
        <ConversionsTool />
      </Stack>
      {creating && <NewRecipeModal onClose={() => setCreating(false)} />}
    </Container>
  );
}
