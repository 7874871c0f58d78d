// Splits CSV text into rows of trimmed cells, each with the physical line it starts on, so that a
// message about a row points at the line a text editor shows even after multi-line quoted cells.
import Papa from 'papaparse';
import { CellbookError } from '../../shared/api-error';
import type { GridRow } from './sheet-grid';

const DELIMITERS = [',', ';', '\t'];

export function readCsvGrid(fileName: string, text: string): GridRow[] {
  const parsed = Papa.parse<string[]>(text, { delimiter: detectDelimiter(text), skipEmptyLines: false });
  // Blank lines are kept as rows here (and skipped by the caller) because they count as lines.
  const rows: GridRow[] = [];
  let line = 1;
  for (const cells of parsed.data) {
    rows.push({ line, cells: cells.map((cell) => cell.trim()) });
    line += 1 + cells.reduce((sum, cell) => sum + countLineBreaks(cell), 0);
  }
  const quoteError = parsed.errors.find((error) => error.type === 'Quotes');
  if (quoteError) {
    const where = rows[quoteError.row ?? -1]?.line;
    const problem =
      quoteError.code === 'MissingQuotes'
        ? 'a quoted cell is never closed'
        : 'a quoted cell has more text after its closing quote (write a quote inside a quoted cell as "")';
    throw new CellbookError('validation', `${fileName}${where ? ` line ${where}` : ''}: ${problem}`);
  }
  return rows;
}

/**
 * Papa Parse counts blank lines (and the final newline) against a delimiter's consistency, so a
 * semicolon file with decimal commas and a few blank lines is taken for comma-separated; guessing
 * on the non-blank lines alone avoids that.
 */
function detectDelimiter(text: string): string {
  const guess = Papa.parse<string[]>(text, { delimitersToGuess: DELIMITERS, skipEmptyLines: 'greedy', preview: 50 });
  return DELIMITERS.includes(guess.meta.delimiter) ? guess.meta.delimiter : ',';
}

/** Papa Parse keeps line breaks inside quoted cells as written, so each is one physical line. */
function countLineBreaks(cell: string): number {
  return cell.match(/\r\n|\r|\n/g)?.length ?? 0;
}
