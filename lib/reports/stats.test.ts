import { describe, expect, it } from "vitest";
import { formatRate, quantile, rate } from "./stats";
import { histogramQuantile, spread } from "./time-in-stage-math";

describe("quantile (linear between the nearest ranks)", () => {
  it.each([
    [[5], 0.5, 5],
    [[1, 2, 3, 10], 0.5, 2.5],
    [[1, 2, 3, 10], 0.75, 4.75],
    [[1, 2, 3, 4, 5], 0.5, 3],
    [[1, 2, 3, 4, 5], 0.75, 4],
    [[2, 4], 0.75, 3.5],
  ])("of %j at %d is %d", (values, p, expected) => {
    expect(quantile(values, p)).toBeCloseTo(expected, 10);
  });
  it("is null for nothing", () => expect(quantile([], 0.5)).toBeNull());
});

describe("histogramQuantile (hours in, days out)", () => {
  it("agrees with the quantile of the hours written out one by one", () => {
    const buckets: [number, number][] = [
      [24, 2],
      [48, 1],
      [240, 1],
    ];
    const hours = [24, 24, 48, 240];
    for (const p of [0.25, 0.5, 0.75, 0.9]) expect(histogramQuantile(buckets, p)).toBeCloseTo(quantile(hours, p)! / 24, 10);
    // Median: between 24 h and 48 h = 1.5 days; 75th: 48 h + a quarter of the way to 240 h = 96 h = 4 days.
    expect(spread(buckets)).toEqual({ count: 4, median: 1.5, p75: 4 });
  });
  it("is null for no stays", () => expect(spread([])).toEqual({ count: 0, median: null, p75: null }));
});

describe("rates", () => {
  it("are null without a whole, and print as whole percentages", () => {
    expect(rate(1, 0)).toBeNull();
    expect(formatRate(rate(2, 3))).toBe("67%");
    expect(formatRate(null)).toBe("—");
    // Halves round up, floating point notwithstanding (23 / 40 * 100 is 57.49999999999999).
    expect([formatRate(rate(23, 40)), formatRate(rate(1, 8)), formatRate(rate(7, 200)), formatRate(rate(1, 3))]).toEqual(["58%", "13%", "4%", "33%"]);
  });
});
