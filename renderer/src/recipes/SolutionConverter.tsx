// Molarity ⇄ mass of solute for a volume of solution, e.g. the formic acid of the silica
// precursor; with the molarity of the neat liquid when its density is known.
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { neatMolarity } from '../../../shared/chemistry/conversions';
import { resolveGelSubstance } from '../../../shared/chemistry/gel-substances';
import { formatFixed, formatSignificant } from '../../../shared/format/quantity';
import { UnitNumberInput } from '../components/UnitNumberInput';
import { solutionFields, type FieldValue, type LinkedEntry, type SolutionField } from './conversion-fields';
import { SubstanceField } from './SubstanceField';

export function SolutionConverter() {
  const [solute, setSolute] = useState('formic acid');
  const [volumeMl, setVolumeMl] = useState<FieldValue>('74.0');
  const [entry, setEntry] = useState<LinkedEntry<SolutionField>>({ field: 'molarity', value: 26.5 });
  const resolved = resolveGelSubstance(solute);
  const { values, error } = solutionFields(entry, volumeMl, resolved?.molarMassGMol ?? null);
  const edit = (field: SolutionField) => (value: FieldValue) => setEntry({ field, value });
  const errorOn = (field: SolutionField | 'volumeMl') => (error?.field === field ? error.message : undefined);
  const neat = resolved?.densityGMl ? formatSignificant(neatMolarity(resolved.densityGMl, resolved.molarMassGMol), 4) : null;

  return (
    <Stack gap="xs">
      <Title order={4} fz="sm">molarity ⇄ mass of solute</Title>
      <Group grow align="flex-start" gap="xs">
        <SubstanceField label="Solute" value={solute} onChange={setSolute} resolved={resolved} />
        <UnitNumberInput label="Volume of solution" unit="mL" value={volumeMl} onChange={setVolumeMl} allowNegative={false} error={errorOn('volumeMl')} />
      </Group>
      <Group grow align="flex-start" gap="xs">
        <UnitNumberInput label="Molarity" unit="mol/L" value={values.molarity} onChange={edit('molarity')} allowNegative={false} error={errorOn('molarity')} data-testid="conversion-molarity" />
        <UnitNumberInput label="Solute mass" unit="g" value={values.massG} onChange={edit('massG')} allowNegative={false} error={errorOn('massG')} data-testid="conversion-solute-g" />
      </Group>
      {resolved && neat !== null && resolved.densityGMl !== null && (
        <Group gap="xs">
          <Text size="xs" data-testid="conversion-neat-molarity">
            Neat liquid molarity: {neat} mol/L ({formatSignificant(resolved.densityGMl, 4)} g/mL ÷ {formatFixed(resolved.molarMassGMol, 2)} g/mol)
          </Text>
          <Button size="compact-xs" variant="subtle" aria-label={`Use ${neat} mol/L`} onClick={() => setEntry({ field: 'molarity', value: Number(neat) })}>
            Use
          </Button>
        </Group>
      )}
      <Text size="xs" c="dimmed">
        Type in either field; the other follows. Changing the solute or the volume keeps the field typed last.
      </Text>
    </Stack>
  );
}
