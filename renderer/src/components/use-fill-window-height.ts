// A list page's table ends at the bottom of the window (above the jobs bar), whatever sits above
// it (warnings, filters): it is measured from where it starts, again when the window or the
// content above it changes size; the jobs bar's height is left to CSS.
import { useLayoutEffect, type RefObject } from 'react';

/** Room kept below the table: the page's bottom padding and the count line under the table. */
const BELOW_PX = 16 + 24;
const MIN_PX = 240;

function fit(element: HTMLElement): void {
  const top = Math.round(element.getBoundingClientRect().top + window.scrollY);
  // The jobs bar comes and goes: CSS follows its height (the shell's footer offset) by itself.
  const height = `max(${MIN_PX}px, calc(100vh - ${top + BELOW_PX}px - var(--app-shell-footer-offset, 0px)))`;
  if (element.style.height !== height) element.style.height = height;
}

export function useFillWindowHeight(ref: RefObject<HTMLElement | null>, enabled: boolean): void {
  useLayoutEffect(() => {
    const element = ref.current;
    if (!enabled || !element) return;
    const refit = () => fit(element);
    refit();
    window.addEventListener('resize', refit);
    // Content above the table (a warnings panel loading) moves its top: watch the page's main area.
    const observer = new ResizeObserver(refit);
    const main = element.closest('main') ?? document.body;
    for (const child of Array.from(main.children)) observer.observe(child);
    return () => {
      window.removeEventListener('resize', refit);
      observer.disconnect();
    };
  });
}
