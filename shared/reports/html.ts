// HTML for reports, written as text: a tagged template escapes every interpolated value, so a
// build name or a note can never become markup; `raw` marks the fragments Cellbook made itself.
export interface RawHtml {
  readonly html: string;
}

export const raw = (html: string): RawHtml => ({ html });

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

type Interpolated = RawHtml | string | number | null | undefined | false | ReadonlyArray<RawHtml | string>;

function render(value: Interpolated): string {
  if (value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) return value.map((item) => render(item as Interpolated)).join('');
  if (typeof value === 'object') return (value as RawHtml).html;
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Interpolated[]): RawHtml {
  let out = strings[0] ?? '';
  values.forEach((value, index) => {
    out += render(value) + (strings[index + 1] ?? '');
  });
  return raw(out);
}
