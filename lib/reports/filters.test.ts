import { describe, expect, it } from "vitest";
import { filtersQuery, formatRange, rangeMs, resolveReportFilters } from "./filters";

describe("report filters from the address", () => {
  it("default to the last 90 days, today included", () => {
    expect(resolveReportFilters({}, "2026-11-22")).toEqual({ from: "2026-08-25", to: "2026-11-22", client: undefined, type: undefined, recruiter: undefined });
  });
  it("keep what is valid, drop what is not, and put a backwards range in order", () => {
    expect(resolveReportFilters({ from: "2026-13-01", to: "2026-02-30", client: "x", type: "wizard", recruiter: "-3" }, "2026-11-22")).toMatchObject({
      from: "2026-08-25",
      to: "2026-11-22",
      client: undefined,
      type: undefined,
      recruiter: undefined,
    });
    expect(resolveReportFilters({ from: "2026-10-10", to: "2026-10-01", client: "4", type: "lead", recruiter: ["7", "8"] }, "2026-11-22")).toEqual({
      from: "2026-10-01",
      to: "2026-10-10",
      client: 4,
      type: "lead",
      recruiter: 7,
    });
  });
  it("cut a range longer than two years to its last two years", () => {
    expect(resolveReportFilters({ from: "2000-01-01", to: "2026-11-22" }, "2026-11-22").from).toBe("2024-11-22");
  });
  it("say the range as times and as an address", () => {
    const f = resolveReportFilters({ from: "2026-01-01", to: "2026-01-01", type: "senior" }, "2026-11-22");
    expect(rangeMs(f)).toEqual({ start: Date.UTC(2026, 0, 1), end: Date.UTC(2026, 0, 2) });
    expect(filtersQuery(f)).toBe("from=2026-01-01&to=2026-01-01&type=senior");
    expect(formatRange(f)).toBe("1 Jan 2026 – 1 Jan 2026");
  });
});
