// The shortest decimal text that reads back as the same 32-bit float. Cellbook keeps voltages,
// currents and capacities as float32 (DESIGN.md "Storage"); printing them as float64 would write
// artefacts like 3.8499999046325684 for a stored 3.85.
export function float32Text(value: number): string {
  if (!Number.isFinite(value)) return '';
  const stored = Math.fround(value);
  for (let digits = 6; digits < 9; digits += 1) {
    const text = Number(stored.toPrecision(digits));
    if (Math.fround(text) === stored) return String(text);
  }
  return String(Number(stored.toPrecision(9)));
}
