import { describe, expect, it } from "vitest";
import { clientFieldsSchema } from "./schemas";

/** One field of the client form as saved, or its refusal. */
const saved = (field: "timezone" | "website", value: string) => {
  const result = clientFieldsSchema.safeParse({ name: "Northwind", website: "", timezone: "", notes: "", [field]: value });
  return result.success ? { saved: result.data[field] } : { error: result.error.issues[0].message };
};
const zone = (timezone: string) => saved("timezone", timezone);
const site = (website: string) => saved("website", website);

describe("a client's time zone", () => {
  it("is named by place: its case corrected, otherwise kept as typed", () => {
    expect(zone("europe/paris")).toEqual({ saved: "Europe/Paris" });
    expect(zone("US/Eastern")).toEqual({ saved: "US/Eastern" });
    // Kept as typed, not turned into an older name this Node's ICU may list it by (Asia/Calcutta).
    expect(zone("Asia/Kolkata")).toEqual({ saved: "Asia/Kolkata" });
    expect(zone("Europe/Kyiv")).toEqual({ saved: "Europe/Kyiv" });
    expect(zone("UTC")).toEqual({ saved: "UTC" });
    expect(zone("")).toEqual({ saved: "" });
  });

  it("refuses an abbreviation, which keeps no summer time, and what is no zone", () => {
    expect(zone("EST")).toEqual({ error: "Use an IANA time zone such as Europe/Berlin: EST keeps no summer time" });
    expect(zone("Etc/GMT+5")).toEqual({ error: "Use an IANA time zone such as Europe/Berlin: Etc/GMT+5 keeps no summer time" });
    expect(zone("Mars/Olympus")).toEqual({ error: "Use an IANA time zone such as Europe/Berlin" });
  });
});

describe("a client's website", () => {
  it("takes a bare domain as https, keeps a full address, and refuses other schemes or no domain", () => {
    expect(site("acme.com")).toEqual({ saved: "https://acme.com" });
    expect(site("http://acme.com/careers")).toEqual({ saved: "http://acme.com/careers" });
    expect(site("javascript:alert(1)")).toEqual({ error: "Enter a web address such as acme.com or https://acme.com" });
    expect(site("acme")).toEqual({ error: "Enter a web address such as acme.com or https://acme.com" });
    expect(site("user@evil.com")).toEqual({ error: "Enter a web address such as acme.com or https://acme.com" });
  });
});
