// The arithmetic the reports share, pure and tested by hand-computed tables (stats.test.ts).

import { percent } from "@/lib/labels";

/**
 * The p-quantile (0–1) of numbers sorted ascending, interpolating linearly between the two nearest
 * ranks (the common definition: Excel's PERCENTILE.INC, NumPy's default). The median of 1, 2, 3, 10
 * is 2.5; its 75th percentile 4.75. Null for no numbers.
 */
export function quantile(sorted: readonly number[], p: number): number | null {
  if (!sorted.length) return null;
  const at = (sorted.length - 1) * p;
  const below = Math.floor(at);
  const above = Math.ceil(at);
  return sorted[below] + (sorted[above] - sorted[below]) * (at - below);
}

/** part / whole, or null when there is no whole (a rate of nothing is not 0%). */
export const rate = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

/** "42%", or "—" for no rate. */
export const formatRate = (value: number | null): string => (value === null ? "—" : `${percent(value)}%`);

/** Days with one decimal ("3.5"), or "—". */
export const formatDays = (value: number | null): string => (value === null ? "—" : value.toFixed(1));

export const DAY_MS = 86_400_000;

/** Fewer than this many and a figure is shown greyed, "too few to read": a rate of 2 out of 3 says little. */
export const SMALL_SAMPLE = 5;
