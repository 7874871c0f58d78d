// Chemical formulas as researchers type them into the notebook: sum formulas with decimal
// (non-stoichiometric) subscripts, nested groups, hydrates and adducts, and subscript digits
// pasted from papers. Parsing yields element amounts per formula unit; molar masses follow from
// the IUPAC table in ./atomic-weights.
import { elementInfo } from './atomic-weights';

export interface ParsedFormula {
  /** Amount of each element per formula unit, keyed by symbol in order of first appearance. */
  elements: Record<string, number>;
  /**
   * The formula rewritten in one canonical spelling, so that two spellings of the same formula
   * compare equal: no whitespace, ASCII digits, "·" between parts, no subscript 1, no redundant
   * zeros ("O2.50" -> "O2.5"). Groups and part order stay as written; it is not a Hill formula.
   */
  normalized: string;
}

/** A formula that cannot be read; `position` is the 0-based index into the string as given. */
export class FormulaError extends Error {
  readonly position: number;

  constructor(message: string, position: number) {
    super(message);
    this.name = 'FormulaError';
    this.position = position;
  }
}

/** Parses a formula such as `LiNi0.8Co0.15Mn0.05O2`, `Ca3[Fe(CN)6]2` or `CuSO4·5H2O`. */
export function parseFormula(formula: string): ParsedFormula {
  return new FormulaParser(formula).parse();
}

/** Molar mass in g/mol; throws FormulaError if the formula cannot be read. */
export function molarMass(formula: string): number {
  return molarMassOf(parseFormula(formula).elements);
}

/** Molar mass in g/mol of a composition given as element -> amount per formula unit. */
export function molarMassOf(elements: Readonly<Record<string, number>>): number {
  let mass = 0;
  for (const [symbol, amount] of Object.entries(elements)) {
    const info = elementInfo(symbol);
    if (!info) throw new RangeError(`unknown element "${symbol}"`);
    if (!Number.isFinite(amount) || amount < 0) {
      throw new RangeError(`amount of ${symbol} must be a finite number of at least 0, got ${amount}`);
    }
    mass += amount * info.weight;
  }
  return mass;
}

/**
 * Elements of the formula whose weight is a mass number rather than a standard atomic weight,
 * so that the UI can say the molar mass is approximate.
 */
export function formulaUsesEstimatedWeights(parsed: Pick<ParsedFormula, 'elements'>): string[] {
  return Object.keys(parsed.elements).filter((symbol) => elementInfo(symbol)?.estimated === true);
}

// "·" is the typographic convention; "*" is what a keyboard offers. The dot and bullet operators
// (U+22C5, U+2219) arrive when formulas are pasted from word processors. "." is deliberately not
// a separator: it is needed as the decimal point in LiNi0.8Co0.15Mn0.05O2.
const SEPARATORS = new Set(['·', '•', '*', '⋅', '∙']);
const CLOSER_OF: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}' };
const CLOSERS = new Set(Object.values(CLOSER_OF));
const SUBSCRIPT_ZERO = 0x2080; // "₀"; "₁" .. "₉" follow it

/** Amounts that should be exact (0.1 * 3) are rounded to this many significant digits. */
const AMOUNT_PRECISION = 12;

interface Group {
  open: string;
  position: number;
  counts: Map<string, number>;
  text: string;
}

interface NumberToken {
  value: number;
  /** Canonical spelling; empty for 1, which formulas leave implicit. */
  text: string;
}

class FormulaParser {
  private readonly input: string;
  private readonly quoted: string;
  private i = 0;

  constructor(input: string) {
    this.input = input;
    this.quoted = JSON.stringify(input);
  }

  parse(): ParsedFormula {
    this.skipWhitespace();
    if (this.i >= this.input.length) throw new FormulaError('empty formula', 0);

    const total = new Map<string, number>();
    const parts: string[] = [];
    let separator: number | undefined;
    for (;;) {
      const part = this.parsePart(separator);
      addScaled(total, part.counts, part.coefficient);
      parts.push(part.text);
      if (this.i >= this.input.length) break;
      // A part ends only at the end of the input or at a separator.
      separator = this.i;
      this.i++;
      this.skipWhitespace();
    }

    const elements: Record<string, number> = {};
    for (const [symbol, amount] of total) elements[symbol] = Number(amount.toPrecision(AMOUNT_PRECISION));
    return { elements, normalized: parts.join('·') };
  }

  /** One hydrate/adduct part: an optional coefficient, then elements and groups. */
  private parsePart(previousSeparator: number | undefined): { counts: Map<string, number>; coefficient: number; text: string } {
    const src = this.input;
    const coefficientAt = this.i;
    const coefficient = isDigit(src.charAt(this.i)) ? this.readNumber() : undefined;
    const stack: Group[] = [{ open: '', position: coefficientAt, counts: new Map(), text: '' }];

    while (this.i < src.length) {
      const c = src.charAt(this.i);
      if (SEPARATORS.has(c) || isWhitespace(c)) break;
      const top = stack[stack.length - 1]!;
      if (isUpper(c)) {
        this.readElement(top);
      } else if (Object.hasOwn(CLOSER_OF, c)) {
        stack.push({ open: c, position: this.i, counts: new Map(), text: '' });
        this.i++;
      } else if (CLOSERS.has(c)) {
        this.closeGroup(stack);
      } else if (isDigit(c)) {
        // Subscripts are consumed with their element or group, so a number here follows "(".
        const raw = src.slice(this.i, this.numberEnd(this.i));
        throw this.error(`unexpected number "${raw}"`, this.i);
      } else if (c === '.') {
        throw new FormulaError(
          `"." at position ${this.i} in ${this.quoted} is not part of a number; write hydrates with "·" or "*"`,
          this.i,
        );
      } else {
        const char = String.fromCodePoint(src.codePointAt(this.i)!);
        const hint = isLower(char) ? '; element symbols start with a capital letter' : '';
        throw this.error(`unexpected character ${JSON.stringify(char)}`, this.i, hint);
      }
    }

    // Whitespace may only pad separators (and the ends, which parse() already skips).
    if (isWhitespace(src.charAt(this.i))) {
      const whitespaceAt = this.i;
      this.skipWhitespace();
      if (this.i < src.length && !SEPARATORS.has(src.charAt(this.i))) {
        throw this.error(`unexpected character ${JSON.stringify(src.charAt(whitespaceAt))}`, whitespaceAt);
      }
    }

    const unclosed = stack[stack.length - 1]!;
    if (stack.length > 1) {
      if (this.i < src.length) {
        throw new FormulaError(
          `"${src.charAt(this.i)}" at position ${this.i} cannot stand inside "${unclosed.open}" opened at position ${unclosed.position} in ${this.quoted}`,
          this.i,
        );
      }
      throw new FormulaError(`"${unclosed.open}" at position ${unclosed.position} is never closed in ${this.quoted}`, unclosed.position);
    }

    if (unclosed.text === '') {
      if (coefficient) {
        throw new FormulaError(
          `number "${src.slice(coefficientAt, this.numberEnd(coefficientAt))}" at position ${coefficientAt} is not followed by a formula in ${this.quoted}`,
          coefficientAt,
        );
      }
      if (this.i < src.length) throw this.error(`missing formula before "${src.charAt(this.i)}"`, this.i);
      if (previousSeparator !== undefined) {
        throw this.error(`missing formula after "${src.charAt(previousSeparator)}"`, previousSeparator);
      }
      throw new FormulaError('empty formula', 0);
    }

    return {
      counts: unclosed.counts,
      coefficient: coefficient?.value ?? 1,
      text: (coefficient?.text ?? '') + unclosed.text,
    };
  }

  private readElement(group: Group): void {
    const src = this.input;
    const at = this.i;
    // A lowercase letter can never start a symbol, so it always belongs to the one before it:
    // "Co" is cobalt, "CO" is carbon and oxygen, and a typo like "Cx" is reported, not split.
    const symbol = isLower(src.charAt(at + 1)) ? src.slice(at, at + 2) : src.charAt(at);
    if (!elementInfo(symbol)) throw this.error(`unknown element "${symbol}"`, at);
    this.i = at + symbol.length;
    const count = this.readOptionalNumber();
    group.counts.set(symbol, (group.counts.get(symbol) ?? 0) + count.value);
    group.text += symbol + count.text;
  }

  private closeGroup(stack: Group[]): void {
    const close = this.input.charAt(this.i);
    const at = this.i;
    if (stack.length === 1) throw this.error(`unbalanced "${close}"`, at);
    const group = stack.pop()!;
    if (CLOSER_OF[group.open] !== close) {
      throw new FormulaError(
        `"${close}" at position ${at} does not match "${group.open}" at position ${group.position} in ${this.quoted}`,
        at,
      );
    }
    if (group.text === '') throw this.error(`empty group "${group.open}${close}"`, group.position);
    this.i++;
    const multiplier = this.readOptionalNumber();
    const parent = stack[stack.length - 1]!;
    addScaled(parent.counts, group.counts, multiplier.value);
    parent.text += group.open + group.text + close + multiplier.text;
  }

  private readOptionalNumber(): NumberToken {
    return isDigit(this.input.charAt(this.i)) ? this.readNumber() : { value: 1, text: '' };
  }

  /** Digits with at most one decimal point between digits; "₀".."₉" count as digits. */
  private readNumber(): NumberToken {
    const start = this.i;
    const end = this.numberEnd(start);
    let ascii = '';
    for (const c of this.input.slice(start, end)) ascii += toAsciiDigit(c);
    this.i = end;

    const raw = this.input.slice(start, end);
    const value = Number(ascii);
    if (value === 0) throw this.error(`zero amount "${raw}"`, start);
    if (!Number.isFinite(value)) throw this.error(`amount "${raw}" is too large`, start);

    const [whole = '', fraction = ''] = ascii.split('.');
    const wholeText = whole.replace(/^0+(?=\d)/, '');
    const fractionText = fraction.replace(/0+$/, '');
    const text = fractionText === '' ? wholeText : `${wholeText}.${fractionText}`;
    return { value, text: text === '1' ? '' : text };
  }

  private numberEnd(start: number): number {
    const src = this.input;
    let end = start;
    while (isDigit(src.charAt(end))) end++;
    // A "." only belongs to the number when a digit follows; otherwise it is left to be reported.
    if (src.charAt(end) === '.' && isDigit(src.charAt(end + 1))) {
      end++;
      while (isDigit(src.charAt(end))) end++;
    }
    return end;
  }

  private skipWhitespace(): void {
    while (isWhitespace(this.input.charAt(this.i))) this.i++;
  }

  /** `<problem> at position N in "<formula>"<hint>` */
  private error(problem: string, position: number, hint = ''): FormulaError {
    return new FormulaError(`${problem} at position ${position} in ${this.quoted}${hint}`, position);
  }
}

function addScaled(target: Map<string, number>, source: ReadonlyMap<string, number>, factor: number): void {
  for (const [symbol, amount] of source) target.set(symbol, (target.get(symbol) ?? 0) + amount * factor);
}

function isUpper(c: string): boolean {
  return c >= 'A' && c <= 'Z' && c.length === 1;
}

function isLower(c: string): boolean {
  return c >= 'a' && c <= 'z' && c.length === 1;
}

function isDigit(c: string): boolean {
  if (c.length !== 1) return false;
  if (c >= '0' && c <= '9') return true;
  const code = c.charCodeAt(0);
  return code >= SUBSCRIPT_ZERO && code <= SUBSCRIPT_ZERO + 9;
}

function toAsciiDigit(c: string): string {
  const code = c.charCodeAt(0);
  return code >= SUBSCRIPT_ZERO && code <= SUBSCRIPT_ZERO + 9 ? String(code - SUBSCRIPT_ZERO) : c;
}

function isWhitespace(c: string): boolean {
  return c !== '' && /\s/.test(c);
}
