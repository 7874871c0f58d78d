// What a screen hides from its reader: text clipped by its box (overflow hidden or an ellipsis)
// with no title to show it whole, and a page wider than the window. Run in the page.
export function findCutText(): string[] {
  const problems: string[] = [];
  const doc = globalThis.document;
  if (doc.documentElement.scrollWidth > globalThis.innerWidth + 1) problems.push(`the page is ${doc.documentElement.scrollWidth} px wide in a ${globalThis.innerWidth} px window`);
  for (const element of Array.from(doc.querySelectorAll<HTMLElement>('body *'))) {
    if (element.clientWidth === 0 || ['INPUT', 'TEXTAREA', 'SELECT', 'svg'].includes(element.tagName)) continue;
    const style = globalThis.getComputedStyle(element);
    // Text for screen readers only (VisuallyHidden) is a 1 px box by design.
    if (style.position === 'absolute' && element.clientWidth <= 1) continue;
    const clips = style.overflowX === 'hidden' || style.overflowX === 'clip' || style.textOverflow === 'ellipsis';
    if (!clips || element.scrollWidth <= element.clientWidth + 1) continue;
    // A box the user can scroll (Mantine's ScrollArea viewport) shows everything; so does a title.
    if (element.closest('[title], [aria-hidden="true"], .js-plotly-plot, [data-scrollable]')) continue;
    if (element.querySelector('.mantine-ScrollArea-viewport') || element.classList.contains('mantine-ScrollArea-root')) continue;
    const text = (element.innerText ?? '').trim();
    if (!text) continue;
    const box = element.getBoundingClientRect();
    if (box.bottom < 0 || box.right < 0) continue;
    problems.push(`${element.tagName.toLowerCase()}${element.getAttribute('data-testid') ? `[data-testid=${element.getAttribute('data-testid')}]` : ''} "${text.slice(0, 60).replace(/\s+/g, ' ')}" needs ${element.scrollWidth} px, has ${element.clientWidth} px`);
  }
  return problems;
}
