// mol% ⇄ wt% of a salt in salt + medium, as the patent gives electrolytes in mol% and the
// balance weighs grams.
import { Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { resolveGelSubstance } from '../../../shared/chemistry/gel-substances';
import { UnitNumberInput } from '../components/UnitNumberInput';
import { mixtureFields, type FieldValue, type LinkedEntry, type MixtureField } from './conversion-fields';
import { SubstanceField } from './SubstanceField';

export function MixtureConverter() {
  const [salt, setSalt] = useState('LiTFSI');
  const [medium, setMedium] = useState('n-MAc');
  const [entry, setEntry] = useState<LinkedEntry<MixtureField>>({ field: 'molPct', value: 20 });
  const saltResolved = resolveGelSubstance(salt);
  const mediumResolved = resolveGelSubstance(medium);
  const { values, error } = mixtureFields(entry, saltResolved?.molarMassGMol ?? null, mediumResolved?.molarMassGMol ?? null);
  const edit = (field: MixtureField) => (value: FieldValue) => setEntry({ field, value });

  return (
    <Stack gap="xs">
      <Title order={4} fz="sm">mol% ⇄ wt%</Title>
      <SimpleGrid cols={2} spacing="xs">
        <SubstanceField label="Salt" value={salt} onChange={setSalt} resolved={saltResolved} />
        <SubstanceField label="Medium" value={medium} onChange={setMedium} resolved={mediumResolved} />
      </SimpleGrid>
      <Group grow align="flex-start" gap="xs">
        <UnitNumberInput
          label="Salt mol% of salt + medium"
          unit="mol%"
          value={values.molPct}
          onChange={edit('molPct')}
          allowNegative={false}
          error={error?.field === 'molPct' ? error.message : undefined}
          data-testid="conversion-mol-pct"
        />
        <UnitNumberInput
          label="Salt wt% of salt + medium"
          unit="wt%"
          value={values.wtPct}
          onChange={edit('wtPct')}
          allowNegative={false}
          error={error?.field === 'wtPct' ? error.message : undefined}
          data-testid="conversion-wt-pct"
        />
      </Group>
      <Text size="xs" c="dimmed">
        Type in either field; the other follows. Changing a substance keeps the field typed last.
      </Text>
    </Stack>
  );
}
