// SQL stays SQL: a tagged template turns every interpolated value into a bound parameter, so no
// value is ever spliced into query text. Identifiers (table names chosen by code, never by users)
// go through `sqlId`, which only accepts plain names.
export type SqlValue = string | number | bigint | Buffer | Uint8Array | null;

export class SqlFragment {
  constructor(
    readonly text: string,
    readonly params: readonly SqlValue[],
  ) {}
}

export function sql(strings: TemplateStringsArray, ...values: Array<SqlValue | SqlFragment>): SqlFragment {
  let text = strings[0] ?? '';
  const params: SqlValue[] = [];
  values.forEach((value, index) => {
    if (value instanceof SqlFragment) {
      text += value.text;
      params.push(...value.params);
    } else {
      text += '?';
      params.push(value);
    }
    text += strings[index + 1] ?? '';
  });
  return new SqlFragment(text, params);
}

const PLAIN_IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

export function sqlId(name: string): SqlFragment {
  if (!PLAIN_IDENTIFIER.test(name)) throw new Error(`not a plain SQL identifier: ${JSON.stringify(name)}`);
  return new SqlFragment(`"${name}"`, []);
}

/** `a, b, c` of fragments or values, e.g. for column lists and IN (...). */
export function sqlJoin(items: ReadonlyArray<SqlValue | SqlFragment>, separator = ', '): SqlFragment {
  const parts = items.map((item) => (item instanceof SqlFragment ? item : sql`${item}`));
  return new SqlFragment(
    parts.map((part) => part.text).join(separator),
    parts.flatMap((part) => part.params),
  );
}
