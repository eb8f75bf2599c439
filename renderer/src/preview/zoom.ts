/** The preview's zoom steps, in percent of the printed size. */
export const ZOOM_STEPS = [50, 75, 100, 125, 150] as const;
export const DEFAULT_ZOOM = 75;

/** The next step up (+1) or down (−1) from `zoom`, staying within 50–150 %. */
export function stepZoom(zoom: number, direction: 1 | -1): number {
  if (direction > 0) return ZOOM_STEPS.find((step) => step > zoom) ?? ZOOM_STEPS[ZOOM_STEPS.length - 1]!;
  return [...ZOOM_STEPS].reverse().find((step) => step < zoom) ?? ZOOM_STEPS[0];
}
