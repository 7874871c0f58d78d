// The width a plot draws at, in px, rounded up to 100 px so that a resize by a few pixels does not
// ask main for a new downsampling (main sends about two points per pixel column).
import { useElementSize } from '@mantine/hooks';

export function usePlotWidth() {
  const { ref, width } = useElementSize<HTMLDivElement>();
  return { ref, widthPx: width <= 0 ? 0 : Math.min(8000, Math.max(200, Math.ceil(width / 100) * 100)) };
}
