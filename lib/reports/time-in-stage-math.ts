import { DAY_MS } from "./stats";

// Quantiles from a histogram of whole hours, pure: the time-in-stage report's arithmetic.

export const HOUR_MS = 3_600_000;

export type Spread = { count: number; median: number | null; p75: number | null };

/** The p-quantile of a histogram of whole hours ([hours, count] ascending), in days; interpolated as lib/reports/stats.ts's quantile. Pure. */
export function histogramQuantile(buckets: readonly (readonly [number, number])[], p: number): number | null {
  const total = buckets.reduce((n, [, c]) => n + c, 0);
  if (!total) return null;
  const at = (total - 1) * p;
  const nth = (k: number) => {
    let seen = 0;
    for (const [hours, c] of buckets) {
      seen += c;
      if (k < seen) return hours;
    }
    return buckets[buckets.length - 1][0];
  };
  const below = nth(Math.floor(at));
  const above = nth(Math.ceil(at));
  return ((below + (above - below) * (at - Math.floor(at))) * HOUR_MS) / DAY_MS;
}

export function spread(buckets: readonly (readonly [number, number])[]): Spread {
  return { count: buckets.reduce((n, [, c]) => n + c, 0), median: histogramQuantile(buckets, 0.5), p75: histogramQuantile(buckets, 0.75) };
}
