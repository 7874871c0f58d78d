// A substance for the bench conversions: one of the gel process's substances by name or alias,
// or any formula typed in. Under the field, the molar mass it resolved to and where that came from.
import { Autocomplete, Group, Text, type OptionsFilter } from '@mantine/core';
import { GEL_SUBSTANCES, type ResolvedSubstance } from '../../../shared/chemistry/gel-substances';
import { formatFixed } from '../../../shared/format/quantity';

const NAMES = GEL_SUBSTANCES.map((substance) => substance.name);
const FORMULAS = new Map(GEL_SUBSTANCES.map((substance) => [substance.name, substance.formula]));
// Searching by alias and formula too: people type "NMA" or "HCOOH" as often as the short name.
const SEARCH_TEXT = new Map(GEL_SUBSTANCES.map((substance) => [substance.name, [substance.name, substance.formula, ...substance.aliases].join(' ').toLowerCase()]));

const filterSubstances: OptionsFilter = ({ options, search }) => {
  const wanted = search.trim().toLowerCase();
  return options.filter((option) => 'value' in option && (SEARCH_TEXT.get(option.value) ?? option.value.toLowerCase()).includes(wanted));
};

interface SubstanceFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** `value` resolved by the caller, which needs its molar mass too; null when it does not resolve. */
  resolved: ResolvedSubstance | null;
}

export function SubstanceField({ label, value, onChange, resolved }: SubstanceFieldProps) {
  return (
    <Autocomplete
      size="xs"
      label={label}
      placeholder="name or formula"
      data={NAMES}
      value={value}
      onChange={onChange}
      filter={filterSubstances}
      maxDropdownHeight={240}
      renderOption={({ option }) => (
        <Group gap="xs" wrap="nowrap">
          <Text size="xs">{option.value}</Text>
          <Text size="xs" c="dimmed">{FORMULAS.get(option.value)}</Text>
        </Group>
      )}
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      description={resolved ? `${formatFixed(resolved.molarMassGMol, 2)} g/mol (${resolved.source})` : undefined}
      error={resolved ? undefined : 'not a known name or formula'}
      spellCheck={false}
    />
  );
}
