// The report's print style: black on white, A4/Letter margins, tables and figures never split
// across pages, and the build's name with the page number in each page's footer when printed.
export const REPORT_CSS = `
  @page { margin: 16mm 14mm 18mm 14mm; }
  body { font-family: Helvetica, Arial, sans-serif; font-size: 10.5pt; color: #111; background: #fff; max-width: 190mm; margin: 0 auto; padding: 8px; }
  h1 { font-size: 18pt; margin: 0 0 4px; }
  h2 { font-size: 13pt; margin: 18px 0 6px; border-bottom: 1px solid #999; padding-bottom: 2px; break-after: avoid; }
  h3 { font-size: 11pt; margin: 12px 0 4px; break-after: avoid; }
  table { border-collapse: collapse; width: 100%; margin: 4px 0 8px; font-size: 9.5pt; }
  th, td { border: 1px solid #bbb; padding: 2px 5px; text-align: left; vertical-align: top; }
  th { background: #f0f0f0; }
  td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
  tr, figure, svg, .keep { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  figure { margin: 6px 0 10px; }
  figcaption { font-size: 9pt; color: #444; }
  .muted { color: #666; }
  .missing { color: #8a5a00; font-style: italic; }
  .status-warn, .status-fail { color: #b03a2e; font-weight: bold; }
  .status-pass { color: #1e7b4c; }
  .meta { font-size: 9pt; color: #444; }
  code { font-size: 8.5pt; word-break: break-all; }
`;
