// How a program's words become the lab's: a first capital, and a key ("cycleNote", "lot_number")
// read as words ("Cycle note", "Lot number"). One place, so that every label, history line, field
// message and plot axis made from a key reads the same.

/** The text with its first letter a capital ("disk full" → "Disk full"). */
export function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A camelCase or snake_case key as words with a first capital: "chargeLimitH" → "Charge limit h". */
export function keyWords(key: string): string {
  return capitalized(
    key
      .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
      .replace(/_/g, ' ')
      .toLowerCase(),
  );
}
