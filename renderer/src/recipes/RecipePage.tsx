// One recipe: its version (chosen), the gel calculator on it with the patent's checks, its
// steps, its batches, and the way to start a new one.
import { Anchor, Badge, Breadcrumbs, Button, Container, Group, Paper, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconPencil, IconPlayerPlay } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'wouter';
import { calculateSolgel } from '../../../shared/chemistry/solgel';
import { STEP_TYPE_LABELS } from '../../../shared/schemas/recipes';
import { formatFixed, formatSignificant } from '../../../shared/format/quantity';
import { useApiQuery } from '../api/hooks';
import { FactGrid } from '../components/FactGrid';
import { HistoryTable } from '../components/HistoryTable';
import { StepsTable } from '../components/StepsTable';
import { formatLocalDateTime } from '../notebook/format';
import { BatchStatusBadge } from './BatchStatusBadge';
import { RecipeEditModal } from './RecipeEditModal';
import { SolgelChecks, SolgelResultTable } from './SolgelResultPanel';
import { StartBatchModal } from './StartBatchModal';
import { ingredientAmountText } from './ingredient-text';
import { setPointsText } from './step-text';

const n = (value: number | null | undefined, unit: string) => (value == null ? '—' : `${formatSignificant(value, 4)} ${unit}`);

export function RecipePage({ id }: { id: number }) {
  const recipe = useApiQuery('getRecipe', { id });
  const batches = useApiQuery('listBatches', { recipeId: id });
  const [versionId, setVersionId] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const [editing, setEditing] = useState(false);
  if (recipe.error) return <Text c="red" role="alert">{recipe.error.message}</Text>;
  if (!recipe.data) return <Text c="dimmed">Loading…</Text>;
  const versions = recipe.data.versions;
  const version = versions.find((candidate) => String(candidate.id) === versionId) ?? versions[0]!;
  const content = version.content;
  const result = content.kind === 'gel_process' ? calculateSolgel(content.solgel) : null;

  return (
    <Container size="xl" px={0}>
      <Stack gap="md">
        <Breadcrumbs>
          <Anchor component={Link} href="/recipes" size="sm">Recipes</Anchor>
          <Text size="sm">{recipe.data.name}</Text>
        </Breadcrumbs>
        <Group justify="space-between">
          <Group gap="xs">
            <Title order={2}>{recipe.data.name}</Title>
            {recipe.data.isTemplate && <Badge variant="outline">patent template</Badge>}
          </Group>
          <Group gap="xs">
            <Select
              w={240}
              aria-label="Version"
              value={String(version.id)}
              onChange={setVersionId}
              allowDeselect={false}
              data={versions.map((v) => ({ value: String(v.id), label: `v${v.version}: ${v.changeNote ?? ''} (${v.batchCount} batch${v.batchCount === 1 ? '' : 'es'})` }))}
            />
            {content.kind === 'gel_process' && version === versions[0] && (
              <Button variant="default" leftSection={<IconPencil size={14} />} onClick={() => setEditing(true)}>Edit</Button>
            )}
            <Button leftSection={<IconPlayerPlay size={14} />} onClick={() => setStarting(true)}>Start batch</Button>
          </Group>
        </Group>
        {recipe.data.description && <Text size="sm">{recipe.data.description}</Text>}
        <Text size="sm" c="dimmed">Makes: {recipe.data.productMaterialName}</Text>

        {content.kind === 'gel_process' && result && (
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
            <Paper withBorder p="md">
              <Title order={3} mb="sm">As written (version {version.version})</Title>
              <FactGrid
                cols={2}
                facts={[
                  { label: 'Electrolyte', value: `${n(content.solgel.electrolyteG, 'g')} at ${formatSignificant(content.solgel.saltMolPct, 4)} mol% ${content.solgel.salt.name} in ${content.solgel.medium.name}` },
                  { label: 'Salt / medium molar mass', value: `${formatFixed(content.solgel.salt.molarMassGMol, 2)} / ${formatFixed(content.solgel.medium.molarMassGMol, 2)} g/mol` },
                  { label: 'Precursor batch', value: `${n(content.solgel.precursor.volumeMl, 'mL')} ${content.solgel.precursor.name} + ${n(content.solgel.acid.volumeMl, 'mL')} ${content.solgel.acid.molarity} M ${content.solgel.acid.name}` },
                  { label: 'Precursor mixed in', value: n(content.solgel.precursorUsedG, 'g') },
                  { label: 'Lots from', value: `${content.materials.salt}; ${content.materials.medium}; ${content.materials.precursor}; ${content.materials.acid}` },
                ]}
              />
              <Title order={4} mt="md" mb="xs">Checks</Title>
              <SolgelChecks result={result} />
            </Paper>
            <Paper withBorder p="md">
              <Title order={3} mb="sm">Calculator</Title>
              <SolgelResultTable columns={[{ title: `v${version.version}`, result }]} />
            </Paper>
          </SimpleGrid>
        )}

        {content.kind === 'generic' && (
          <Paper withBorder p="md">
            <Title order={3} mb="sm">Ingredients</Title>
            <Table striped aria-label="Ingredients">
              <Table.Thead>
                <Table.Tr><Table.Th>Ingredient</Table.Th><Table.Th>Lots from</Table.Th><Table.Th>Amount</Table.Th></Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {content.ingredients.map((ingredient) => (
                  <Table.Tr key={ingredient.key}>
                    <Table.Td>{ingredient.name}</Table.Td>
                    <Table.Td>{ingredient.materialName ?? '—'}</Table.Td>
                    <Table.Td>{ingredientAmountText(ingredient.amount)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Paper>
        )}

        <Paper withBorder p="md">
          <Title order={3} mb="sm">Steps</Title>
          <StepsTable
            label="Steps"
            steps={content.steps}
            stepKey={(_, index) => index}
            title={(step) => step.title}
            kind={(step) => STEP_TYPE_LABELS[step.type]}
            setPoints={(step) => setPointsText(step.params)}
            setPointsWidth={240}
            columns={[{ key: 'notes', header: 'Notes', render: (step) => <Text size="xs" c="dimmed">{step.notes}</Text> }]}
          />
        </Paper>

        <Paper withBorder p="md">
          <Title order={3} mb="sm">Batches of this recipe</Title>
          {(batches.data ?? []).length === 0 ? (
            <Text size="sm" c="dimmed">None yet.</Text>
          ) : (
            <Stack gap={4}>
              {(batches.data ?? []).map((batch) => (
                <Group key={batch.id} gap="xs">
                  <Anchor component={Link} href={`/batches/${batch.id}`} size="sm">{batch.code}</Anchor>
                  <Text size="xs" c="dimmed">v{batch.recipeVersion}, started {formatLocalDateTime(batch.startedAt)}</Text>
                  <BatchStatusBadge status={batch.status} />
                </Group>
              ))}
            </Stack>
          )}
        </Paper>
        <HistoryTable table="recipes" recordId={String(id)} title="History of this recipe" height={220} />
      </Stack>
      {starting && <StartBatchModal versionId={version.id} content={content} opened onClose={() => setStarting(false)} />}
      {editing && content.kind === 'gel_process' && <RecipeEditModal recipeId={id} content={content} opened onClose={() => setEditing(false)} />}
    </Container>
  );
}
