export { formatBytes } from '../../../shared/format/bytes';
// Display formats for the Notebook area; every number carries its unit.

/** Local date and time, to the minute, in the form labs write in notebooks: 2026-11-27 14:05. */
export function formatLocalDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
