// The bench conversions, on the Recipes page and on a route of their own: mol% ⇄ wt% of a salt
// in its medium, and molarity ⇄ mass of solute.
import { Paper, SimpleGrid, Title } from '@mantine/core';
import { MixtureConverter } from './MixtureConverter';
import { SolutionConverter } from './SolutionConverter';

export function ConversionsTool() {
  return (
    <Paper withBorder p="md" component="section" aria-label="Conversions">
      <Title order={3} mb="sm">
        Conversions
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl" verticalSpacing="lg">
        <MixtureConverter />
        <SolutionConverter />
      </SimpleGrid>
    </Paper>
  );
}
