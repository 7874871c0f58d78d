// What a form's fields hold, turned into what the contract takes. Checking and refusals are
// useFormCheck's (use-form-check.ts).

/** NumberInput gives '' for an empty field; the contract wants null. */
export function numberOrNull(value: number | string | null | undefined): number | null {
  if (value === '' || value === null || value === undefined) return null;
  const number = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(number) ? number : null;
}

export function textOrNull(value: string | null | undefined): string | null {
  const trimmed = (value ?? '').trim();
  return trimmed === '' ? null : trimmed;
}
