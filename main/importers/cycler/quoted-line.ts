// Splits a delimited line whose cells may be quoted ("a,b","c""d"): the CSV rule for the few
// exports that quote (Novonix 2.2 wraps every line in one pair of quotes).

/** Cells of `line`; a line wrapped whole in one pair of quotes is unwrapped first. */
export function splitQuotedLine(line: string, delimiter: string): string[] {
  let text = line;
  const inner = text.slice(1, -1);
  if (text.length >= 2 && text.startsWith('"') && text.endsWith('"') && !inner.includes('"')) text = inner;
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (text.startsWith(delimiter, i)) {
      cells.push(cell);
      cell = '';
      i += delimiter.length - 1;
    } else cell += char;
  }
  cells.push(cell);
  return cells;
}
