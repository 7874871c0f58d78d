// What the plot draws of the stored points: downsampled (and how), or every point of a zoomed range.
import type { VoltageCurves } from '../../../../shared/schemas/plots';

type Sampling = VoltageCurves['curves'][number]['sampling'];

export function samplingText(samplings: readonly Sampling[], zoomed: boolean): string {
  if (samplings.length === 0) return '';
  const stored = samplings.reduce((sum, s) => sum + s.storedPoints, 0);
  const shown = samplings.reduce((sum, s) => sum + s.shownPoints, 0);
  const full = samplings.every((s) => s.fullResolution);
  if (full) return zoomed ? `Full resolution: every point of the zoomed range (${shown} points)` : `Every point (${shown})`;
  return `${shown} of ${stored} points (${samplings[0]!.method})${zoomed ? ', zoomed range' : '; zoom in for every point'}`;
}

export function SamplingCaption({ samplings, zoomed }: { samplings: readonly Sampling[]; zoomed: boolean }) {
  return <span data-testid="sampling">{samplingText(samplings, zoomed)}</span>;
}
