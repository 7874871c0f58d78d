// An entry's text as notes a researcher can read. eLabFTW and others write HTML; Cellbook's notes
// are plain text, so tags are dropped (block ends become line breaks) and the common character
// references decoded. The markup is never rendered or run: the original HTML stays in the entry's
// kept metadata, byte for byte.

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', deg: '°', micro: 'µ', plusmn: '±', times: '×', minus: '−' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const point = code[1]?.toLowerCase() === 'x' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(point) && point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : whole;
    }
    return NAMED[code.toLowerCase()] ?? whole;
  });
}

const looksLikeHtml = (text: string) => /<\/?(p|div|h[1-6]|br|ul|ol|li|table|span|strong|em|a)\b[^>]*>/i.test(text);

/** Plain text of `text`; HTML (stated as text/html, or plainly marked up) loses its tags. */
export function plainTextOf(text: string, encodingFormat?: unknown): string {
  if (encodingFormat !== 'text/html' && !looksLikeHtml(text)) return text.trim();
  const withBreaks = text
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|h[1-6]|li|tr|table|ul|ol)\s*>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '• ')
    .replace(/<[^>]*>/g, '');
  return decodeEntities(withBreaks)
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
