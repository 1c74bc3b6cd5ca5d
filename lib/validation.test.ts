import { describe, expect, it } from "vitest";
import {
  cleanMultiLine,
  cleanSingleLine,
  emailSchema,
  idSchema,
  isCalendarDate,
  optionalDateSchema,
  optionalTextToNull,
  optionalWholeNumber,
  pageSchema,
  singleLineText,
  versionSchema,
  wholeNumber,
} from "./validation";

const years = optionalWholeNumber({ min: 0, max: 60, message: "Enter a whole number of years" });
const outcome = (schema: { safeParse: (v: unknown) => { success: boolean; data?: unknown; error?: { issues: { message: string }[] } } }, v: unknown) => {
  const r = schema.safeParse(v);
  return r.success ? { value: r.data } : { error: r.error!.issues[0].message };
};

describe("wholeNumber: decimal digits only", () => {
  it.each<[unknown, object]>([
    ["12", { value: 12 }],
    [" 7 ", { value: 7 }],
    ["007", { value: 7 }],
    [5, { value: 5 }],
    ["", { value: undefined }],
    [undefined, { value: undefined }],
    ["0x10", { error: "Enter a whole number of years" }],
    ["1e1", { error: "Enter a whole number of years" }],
    ["4.5", { error: "Enter a whole number of years" }],
    ["4.0", { error: "Enter a whole number of years" }],
    [4.5, { error: "Enter a whole number of years" }],
    ["+3", { error: "Enter a whole number of years" }],
    ["٣", { error: "Enter a whole number of years" }],
    ["Infinity", { error: "Enter a whole number of years" }],
    [true, { error: "Enter a whole number of years" }],
    [false, { error: "Enter a whole number of years" }],
    [[3], { error: "Enter a whole number of years" }],
    ["99999999999999999999", { error: "Enter a whole number of years" }],
    ["-1", { error: "At least 0" }],
    ["61", { error: "At most 60" }],
  ])("%j → %j", (input, expected) => {
    expect(outcome(years, input)).toEqual(expected);
  });

  it("ids and versions are positive whole numbers", () => {
    expect(outcome(idSchema, "42")).toEqual({ value: 42 });
    expect(outcome(idSchema, "0")).toEqual({ error: "Missing id" });
    expect(outcome(idSchema, "0x2a")).toEqual({ error: "Missing id" });
    expect(outcome(idSchema, undefined)).toEqual({ error: "Missing id" });
    expect(outcome(versionSchema, "3")).toEqual({ value: 3 });
    expect(outcome(versionSchema, "1.5")).toEqual({ error: "Missing version" });
    expect(outcome(wholeNumber({ min: 1, max: 50, message: "Enter a whole number" }), "0")).toEqual({ error: "At least 1" });
  });
});

describe("calendar dates", () => {
  it.each([
    ["2026-11-21", true],
    ["2028-02-29", true],
    ["2026-02-29", false],
    ["2026-02-31", false],
    ["2026-13-01", false],
    ["2026-00-10", false],
    ["2026-1-5", false],
    ["21/11/2026", false],
    ["2026-11-21T00:00", false],
    ["1899-12-31", false],
  ])("%s is a real date: %s", (input, real) => {
    expect(isCalendarDate(input)).toBe(real);
  });

  it("an optional date field says what is wrong, and blank is no date", () => {
    expect(outcome(optionalDateSchema, "2026-02-31")).toEqual({ error: "Enter a real date, like 2026-11-21" });
    expect(outcome(optionalDateSchema, "")).toEqual({ value: "" });
    expect(outcome(optionalDateSchema, " 2026-03-01 ")).toEqual({ value: "2026-03-01" });
  });
});

describe("text cleaning", () => {
  it.each([
    ["NUL", "Ada\u0000Lovelace", "AdaLovelace"],
    ["C0 bell and escape", "a\u0007b\u001Bc", "abc"],
    ["DEL and C1", "a\u007Fb\u0085c\u009Fd", "abcd"],
    ["tab to space", "a\tb", "a b"],
    ["line breaks to spaces", "a\r\nb\nc\rd\u2028e", "a b c d e"],
    ["bidi override U+202E", "\u202Egnp.exe", "gnp.exe"],
    ["bidi embeddings U+202A–U+202D", "\u202Aa\u202Bb\u202Cc\u202Dd", "abcd"],
    ["bidi isolates U+2066–U+2069", "\u2066a\u2067b\u2068c\u2069", "abc"],
    ["LRM/RLM marks are kept", "a\u200Eb\u200Fc", "a\u200Eb\u200Fc"],
    ["accents, CJK and emoji are kept", "Zoë 李 👩‍💻", "Zoë 李 👩‍💻"],
  ])("single line: %s", (_name, input, expected) => {
    expect(cleanSingleLine(input)).toBe(expected);
  });

  it.each([
    ["CRLF and CR become LF", "a\r\nb\rc\nd", "a\nb\nc\nd"],
    ["controls and overrides go, breaks stay", "a\u0000\u202E\n\tb\u2029c", "a\n b\nc"],
  ])("multi-line: %s", (_name, input, expected) => {
    expect(cleanMultiLine(input)).toBe(expected);
  });

  it("cleans before checking length and emptiness", () => {
    const name = singleLineText({ max: 5, tooLong: "Name is too long", required: "Enter a name" });
    expect(outcome(name, "\u202E\u0000 ")).toEqual({ error: "Enter a name" });
    expect(outcome(name, "ab\u0000\u0000\u0000\u0000cd")).toEqual({ value: "abcd" });
    expect(outcome(name, "abcdef")).toEqual({ error: "Name is too long (at most 5 characters)" });
    expect(outcome(name, 42)).toEqual({ error: "Enter a name" });
  });

  it("optional text for a nullable column: blank is null", () => {
    const phone = optionalTextToNull(40, "Phone");
    expect(outcome(phone, "  ")).toEqual({ value: null });
    expect(outcome(phone, undefined)).toEqual({ value: null });
    expect(outcome(phone, " +1 555\u0000 ")).toEqual({ value: "+1 555" });
  });

  it("emails are trimmed, lower-cased and checked", () => {
    expect(outcome(emailSchema, " Ada@Example.TEST ")).toEqual({ value: "ada@example.test" });
    expect(outcome(emailSchema, "ada\u202E@example.test")).toEqual({ error: "Enter a valid email address" });
    expect(outcome(emailSchema, "")).toEqual({ error: "Enter an email address" });
  });
});

describe("a page number from the URL", () => {
  it("takes a page past any list as the last page, as a page just past the end is, and refuses what is no page", () => {
    expect(pageSchema.parse("3")).toBe(3);
    expect(pageSchema.parse("99999999999999999999")).toBe(10_000);
    for (const bad of ["0", "abc", "-2", "1.5"]) expect(pageSchema.safeParse(bad).success, bad).toBe(false);
  });
});
