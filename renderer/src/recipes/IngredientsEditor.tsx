// A recipe's ingredients, given the way chemists give them: a mass, a volume, moles, a molarity
// with a volume, or a mol% / wt% of a mixture.
import { ActionIcon, Autocomplete, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { ingredientKey } from '../../../shared/ingredient-key';
import type { z } from 'zod';
import type { ingredientAmountSchema, recipeIngredientSchema } from '../../../shared/schemas/recipes';
import { useApiQuery } from '../api/hooks';
import { numberOrNull } from '../components/form-validation';
import { UnitNumberInput } from '../components/UnitNumberInput';

type Ingredient = z.input<typeof recipeIngredientSchema>;
type Amount = z.input<typeof ingredientAmountSchema>;

const AMOUNT_KINDS: Array<{ value: Amount['kind']; label: string }> = [
  { value: 'mass', label: 'mass' },
  { value: 'volume', label: 'volume' },
  { value: 'moles', label: 'moles' },
  { value: 'molarity', label: 'solution (molarity)' },
  { value: 'mol_pct', label: 'mol% of a mixture' },
  { value: 'wt_pct', label: 'wt% of a mixture' },
];

function emptyAmount(kind: Amount['kind']): Amount {
  switch (kind) {
    case 'mass':
      return { kind, g: 0 };
    case 'volume':
      return { kind, mL: 0 };
    case 'moles':
      return { kind, mol: 0 };
    case 'molarity':
      return { kind, molPerL: 0, volumeMl: 0 };
    case 'mol_pct':
    case 'wt_pct':
      return { kind, pct: 0, of: '' };
  }
}

function AmountFields({ amount, onChange, index, error }: { amount: Amount; onChange: (amount: Amount) => void; index: number; error: (path: string) => string | undefined }) {
  const number = (value: number | string) => numberOrNull(value) ?? 0;
  const label = (what: string) => `ingredient ${index + 1} ${what}`;
  const at = (field: string) => error(`ingredients.${index}.amount.${field}`);
  switch (amount.kind) {
    case 'mass':
      return <UnitNumberInput w={120} aria-label={label('mass')} unit="g" value={amount.g || ''} onChange={(v) => onChange({ ...amount, g: number(v) })} error={at('g')} />;
    case 'volume':
      return <UnitNumberInput w={120} aria-label={label('volume')} unit="mL" value={amount.mL || ''} onChange={(v) => onChange({ ...amount, mL: number(v) })} error={at('mL')} />;
    case 'moles':
      return <UnitNumberInput w={120} aria-label={label('moles')} unit="mol" value={amount.mol || ''} onChange={(v) => onChange({ ...amount, mol: number(v) })} error={at('mol')} />;
    case 'molarity':
      return (
        <Group gap={4} wrap="nowrap">
          <UnitNumberInput w={120} aria-label={label('molarity')} unit="mol/L" value={amount.molPerL || ''} onChange={(v) => onChange({ ...amount, molPerL: number(v) })} error={at('molPerL')} />
          <UnitNumberInput w={110} aria-label={label('solution volume')} unit="mL" value={amount.volumeMl || ''} onChange={(v) => onChange({ ...amount, volumeMl: number(v) })} error={at('volumeMl')} />
        </Group>
      );
    case 'mol_pct':
    case 'wt_pct':
      return (
        <Group gap={4} wrap="nowrap">
          <UnitNumberInput w={110} aria-label={label('share')} unit={amount.kind === 'mol_pct' ? 'mol%' : 'wt%'} value={amount.pct || ''} onChange={(v) => onChange({ ...amount, pct: number(v) })} error={at('pct')} />
          <TextInput w={150} aria-label={label('mixture')} placeholder="e.g. electrolyte" value={amount.of} onChange={(event) => onChange({ ...amount, of: event.currentTarget.value })} error={at('of')} />
        </Group>
      );
  }
}

/** `error` gives a field's sentence from the form's check, by a path like `ingredients.0.name` (see useFormCheck). */
export function IngredientsEditor({ ingredients, onChange, error }: { ingredients: Ingredient[]; onChange: (ingredients: Ingredient[]) => void; error: (path: string) => string | undefined }) {
  const materials = useApiQuery('listMaterials', { status: 'active' });
  const set = (index: number, patch: Partial<Ingredient>) => onChange(ingredients.map((ingredient, i) => (i === index ? { ...ingredient, ...patch } : ingredient)));
  const rename = (index: number, name: string) => {
    const taken = new Set(ingredients.filter((_, i) => i !== index).map((ingredient) => ingredient.key));
    set(index, { name, key: ingredientKey(name, taken) });
  };
  return (
    <Stack gap="xs">
      {ingredients.length > 0 && (
        <Group gap="xs" wrap="nowrap" aria-hidden>
          <Text size="xs" fw={500} w={180}>Name</Text>
          <Text size="xs" fw={500} w={220}>Inventory material (lots)</Text>
          <Text size="xs" fw={500} w={170}>Given as</Text>
          <Text size="xs" fw={500}>Amount</Text>
        </Group>
      )}
      {ingredients.map((ingredient, index) => (
        <Group key={index} gap="xs" align="flex-start" wrap="nowrap">
          <TextInput w={180} aria-label={`ingredient ${index + 1} name`} value={ingredient.name} onChange={(event) => rename(index, event.currentTarget.value)} error={error(`ingredients.${index}.name`)} />
          <Autocomplete
            w={220}
            aria-label={`ingredient ${index + 1} material`}
            data={(materials.data ?? []).map((material) => material.name)}
            value={ingredient.materialName ?? ''}
            onChange={(value) => set(index, { materialName: value || null })}
          />
          <Select w={170} aria-label={`ingredient ${index + 1} given as`} data={AMOUNT_KINDS} value={ingredient.amount.kind} onChange={(kind) => kind && set(index, { amount: emptyAmount(kind as Amount['kind']) })} allowDeselect={false} />
          <AmountFields amount={ingredient.amount} index={index} onChange={(amount) => set(index, { amount })} error={error} />
          <ActionIcon variant="subtle" color="gray" mt={6} aria-label={`remove ingredient ${index + 1}`} onClick={() => onChange(ingredients.filter((_, i) => i !== index))}>
            <IconTrash size={14} />
          </ActionIcon>
        </Group>
      ))}
      <Button
        variant="subtle"
        leftSection={<IconPlus size={14} />}
        w="fit-content"
        onClick={() => onChange([...ingredients, { key: ingredientKey('ingredient', new Set(ingredients.map((i) => i.key))), name: '', materialName: null, amount: { kind: 'mass', g: 0 } }])}
      >
        Add an ingredient
      </Button>
      {error('ingredients') && ingredients.length === 0 && <Text c="red" size="sm">{error('ingredients')}</Text>}
    </Stack>
  );
}
