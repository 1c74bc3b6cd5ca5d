import { describe, expect, it } from "vitest";
import { trialSpanLabel } from "./labels";

describe("a trial's dates as the plan shows them", () => {
  it("names the last trial day and the decision day (the end date), so 14 days read as 14", () => {
    expect(trialSpanLabel("2026-11-11", "2026-11-25")).toBe("11 Nov – 24 Nov (14 days), decision on 25 Nov");
  });

  it("follows an extension, and crosses a month or a year", () => {
    expect(trialSpanLabel("2026-12-21", "2027-01-11")).toBe("21 Dec 2026 – 10 Jan 2027 (21 days), decision on 11 Jan 2027");
    // A year typed for the end: the years show what the two dates alone hid.
    expect(trialSpanLabel("2026-11-25", "2027-11-25")).toBe("25 Nov 2026 – 24 Nov 2027 (365 days), decision on 25 Nov 2027");
    expect(trialSpanLabel("2026-02-27", "2026-02-28")).toBe("27 Feb – 27 Feb (1 day), decision on 28 Feb");
  });
});
