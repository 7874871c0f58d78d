/** A short, unique key for an ingredient from its name: "LiTFSI (dried)" -> "litfsi_dried". */
export function ingredientKey(name: string, taken: ReadonlySet<string>): string {
  const base = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .replace(/^(\d)/, 'i_$1') || 'ingredient';
  let key = base;
  for (let n = 2; taken.has(key); n += 1) key = `${base}_${n}`;
  return key;
}
