/** A class of the choropleth: counts from `min` to `max` inclusive (`max` null: no upper end). */
export type Band = { min: number; max: number | null };

/** Where a band may begin: round numbers, so that a band reads as a range people can compare. */
function roundStarts(max: number): number[] {
  const starts = [1];
  for (let scale = 1; ; scale *= 10) {
    for (const step of [5, 10, 20].map((s) => s * scale)) {
      if (step > max) return starts;
      if (step > starts[starts.length - 1]) starts.push(step);
    }
  }
}

/**
 * The legend's classes for a set of counts: zero on its own (nobody there yet is news in itself),
 * then up to `classes` ranges with round bounds (1–4, 5–9, 10–19, 20–49, 50–99, 100+…), only as
 * far as the largest count reaches. Round, widening bounds are honest: a region with 11 and one
 * with 12 share a colour, where quantiles of clustered figures made 0 / 1–9 / 10 / 11 / 12+ and a
 * difference of one look like a step. With more round bounds than classes, every other one is
 * kept, the lowest and the highest always. The bands cover every whole number from 0 up.
 */
export function bandsFor(values: readonly number[], classes = 4): Band[] {
  const max = Math.max(0, ...values.map(Math.floor));
  const bands: Band[] = [{ min: 0, max: 0 }];
  if (max === 0) return bands;
  const all = roundStarts(max);
  const starts = all.length <= classes ? all : [...new Set(Array.from({ length: classes }, (_, i) => all[Math.round((i * (all.length - 1)) / (classes - 1))]))];
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
