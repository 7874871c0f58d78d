// Which operations only read: a call of one of these may be sent again when its connection failed
// before an answer came (a kept-alive socket closed under it), since asking twice changes nothing.
// A write is never sent again blindly: the first attempt may have been done.
const READ_PREFIXES = ['list', 'get', 'preview', 'search', 'find', 'recommend'] as const;

export function isReadOperation(name: string): boolean {
  return READ_PREFIXES.some((prefix) => name.startsWith(prefix) && /[A-Z]/.test(name.charAt(prefix.length)));
}
