import type { ViewportRect } from './page-model';

const GAP = 6;
const MARGIN = 8;

/**
 * Where a box of `width`×`height` goes next to `anchor` (viewport coordinates): below it when it
 * fits, else above, and slid sideways to stay on screen. Reads the viewport size from the window
 * given, so it runs in tests.
 */
export function placeNear(
  anchor: ViewportRect,
  width: number,
  height: number,
  viewport: { innerWidth: number; innerHeight: number } = window,
): { left: number; top: number } {
  const below = anchor.bottom + GAP;
  const top = below + height <= viewport.innerHeight - MARGIN ? below : Math.max(MARGIN, anchor.top - GAP - height);
  const left = Math.min(Math.max(MARGIN, anchor.left), Math.max(MARGIN, viewport.innerWidth - width - MARGIN));
  return { left, top };
}
