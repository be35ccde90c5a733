/** A class of the choropleth: counts from `min` to `max` inclusive (`max` null: no upper end). */
export type Band = { min: number; max: number | null };

/**
 * The legend's classes for a set of counts: zero on its own (nobody there yet is news in itself),
 * then up to `classes` ranges of whole numbers split at quantiles of the non-zero counts, so that
 * each colour marks about as many regions and neighbours with similar figures still differ.
 * The bands cover every whole number from 0 up, without gaps or overlaps.
 */
export function bandsFor(values: readonly number[], classes = 4): Band[] {
  const nonZero = values.filter((v) => v > 0).map(Math.floor).sort((a, b) => a - b);
  const bands: Band[] = [{ min: 0, max: 0 }];
  if (nonZero.length === 0) return bands;
  const starts = [1];
  for (let k = 1; k < classes; k++) {
    const start = nonZero[Math.floor((k * nonZero.length) / classes)];
    // the first band must hold the smallest count, and no band may repeat another
    if (start > nonZero[0] && start > starts[starts.length - 1]) starts.push(start);
  }
  starts.forEach((min, i) => bands.push({ min, max: i + 1 < starts.length ? starts[i + 1] - 1 : null }));
  return bands;
}

/** Index of the band a count belongs to. */
export function bandIndex(value: number, bands: readonly Band[]): number {
  for (let i = bands.length - 1; i >= 0; i--) {
    if (value >= bands[i].min) return i;
  }
  return 0;
}
