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

function AmountFields({ amount, onChange, index }: { amount: Amount; onChange: (amount: Amount) => void; index: number }) {
  const number = (value: number | string) => numberOrNull(value) ?? 0;
  const label = (what: string) => `ingredient ${index + 1} ${what}`;
  switch (amount.kind) {
    case 'mass':
      return <UnitNumberInput w={120} aria-label={label('mass')} unit="g" value={amount.g || ''} onChange={(v) => onChange({ ...amount, g: number(v) })} />;
    case 'volume':
      return <UnitNumberInput w={120} aria-label={label('volume')} unit="mL" value={amount.mL || ''} onChange={(v) => onChange({ ...amount, mL: number(v) })} />;
    case 'moles':
      return <UnitNumberInput w={120} aria-label={label('moles')} unit="mol" value={amount.mol || ''} onChange={(v) => onChange({ ...amount, mol: number(v) })} />;
    case 'molarity':
      return (
        <Group gap={4} wrap="nowrap">
          <UnitNumberInput w={120} aria-label={label('molarity')} unit="mol/L" value={amount.molPerL || ''} onChange={(v) => onChange({ ...amount, molPerL: number(v) })} />
          <UnitNumberInput w={110} aria-label={label('solution volume')} unit="mL" value={amount.volumeMl || ''} onChange={(v) => onChange({ ...amount, volumeMl: number(v) })} />
        </Group>
      );
    case 'mol_pct':
    case 'wt_pct':
      return (
        <Group gap={4} wrap="nowrap">
          <UnitNumberInput w={110} aria-label={label('share')} unit={amount.kind === 'mol_pct' ? 'mol%' : 'wt%'} value={amount.pct || ''} onChange={(v) => onChange({ ...amount, pct: number(v) })} />
          <TextInput w={150} aria-label={label('mixture')} placeholder="of which mixture" value={amount.of} onChange={(event) => onChange({ ...amount, of: event.currentTarget.value })} />
        </Group>
      );
  }
}

export function IngredientsEditor({ ingredients, onChange, errors }: { ingredients: Ingredient[]; onChange: (ingredients: Ingredient[]) => void; errors: Record<string, string> }) {
  const materials = useApiQuery('listMaterials', { status: 'active' });
  const set = (index: number, patch: Partial<Ingredient>) => onChange(ingredients.map((ingredient, i) => (i === index ? { ...ingredient, ...patch } : ingredient)));
  const rename = (index: number, name: string) => {
    const taken = new Set(ingredients.filter((_, i) => i !== index).map((ingredient) => ingredient.key));
    set(index, { name, key: ingredientKey(name, taken) });
  };
  return (
    <Stack gap="xs">
      {ingredients.map((ingredient, index) => (
        <Group key={index} gap="xs" align="flex-start" wrap="nowrap">
          <TextInput w={180} aria-label={`ingredient ${index + 1} name`} placeholder="name" value={ingredient.name} onChange={(event) => rename(index, event.currentTarget.value)} error={errors[`ingredients.${index}.name`]} />
          <Autocomplete
            w={220}
            aria-label={`ingredient ${index + 1} material`}
            placeholder="inventory material (lots)"
            data={(materials.data ?? []).map((material) => material.name)}
            value={ingredient.materialName ?? ''}
            onChange={(value) => set(index, { materialName: value || null })}
          />
          <Select w={170} aria-label={`ingredient ${index + 1} given as`} data={AMOUNT_KINDS} value={ingredient.amount.kind} onChange={(kind) => kind && set(index, { amount: emptyAmount(kind as Amount['kind']) })} allowDeselect={false} />
          <Stack gap={2}>
            <AmountFields amount={ingredient.amount} index={index} onChange={(amount) => set(index, { amount })} />
            {Object.entries(errors).filter(([path]) => path.startsWith(`ingredients.${index}.amount`)).map(([path, message]) => (
              <Text key={path} size="xs" c="red">{message}</Text>
            ))}
          </Stack>
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
      {errors.ingredients && <Text c="red" size="sm">{errors.ingredients}</Text>}
    </Stack>
  );
}
