import type { z } from 'zod';
import type { ingredientAmountSchema } from '../../../shared/schemas/recipes';
import { formatSignificant } from '../../../shared/format/quantity';

/** An ingredient's amount as the recipe gives it: "2.5 g", "0.1 mol", "10 mL of 1.0 mol/L", "20 mol% of the electrolyte". */
export function ingredientAmountText(amount: z.output<typeof ingredientAmountSchema>): string {
  const n = (value: number) => formatSignificant(value, 4);
  switch (amount.kind) {
    case 'mass':
      return `${n(amount.g)} g`;
    case 'volume':
      return `${n(amount.mL)} mL`;
    case 'moles':
      return `${n(amount.mol)} mol`;
    case 'molarity':
      return `${n(amount.volumeMl)} mL of ${n(amount.molPerL)} mol/L`;
    case 'mol_pct':
      return `${n(amount.pct)} mol% of ${amount.of}`;
    case 'wt_pct':
      return `${n(amount.pct)} wt% of ${amount.of}`;
  }
}
