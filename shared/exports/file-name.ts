/** A record's name as part of a file name: letters, digits, dot, dash and underscore only ("Example 1" → "Example-1"). */
export function safeFileStem(text: string, fallback = 'export'): string {
  return text.replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '') || fallback;
}
