import { describe, expect, it } from "vitest";
import { loginPathFor, safeReturnPath } from "./return-to";

describe("the page to return to after signing in", () => {
  it.each([
    ["/roles/12", "/roles/12"],
    ["/candidates?q=typescript&page=2", "/candidates?q=typescript&page=2"],
    ["/roles/12#board", "/roles/12"],
    ["/a/../roles/3", "/roles/3"],
  ])("keeps the site path %s", (input, expected) => {
    expect(safeReturnPath(input)).toBe(expected);
  });

  it.each([
    ["https://evil.example/roles", "an absolute address"],
    ["//evil.example/roles", "a protocol-relative address"],
    ["/\\evil.example", "a backslash some browsers read as a slash"],
    ["\\\\evil.example", "backslashes only"],
    ["/%0d%0aSet-Cookie:x", "encoded line breaks stay encoded in the path"],
    ["/roles\u0000", "a control character"],
    ["javascript:alert(1)", "a script address"],
    ["/.//evil.example", "a dot segment that normalises to a protocol-relative address"],
    ["/..//evil.example/roles", "a parent segment that does the same"],
    ["/%2e//evil.example", "an encoded dot segment"],
    ["/roles/..//evil.example", "a dot segment further in"],
    ["roles/12", "a relative path"],
    ["/login?next=/roles", "the sign-in page itself"],
    ["", "nothing"],
    [undefined, "no value"],
    [["/roles"], "a repeated parameter"],
  ] as [unknown, string][])("refuses %j (%s)", (input) => {
    const result = safeReturnPath(input);
    expect(result.startsWith("/") && !result.startsWith("//")).toBe(true);
    if (input !== "/%0d%0aSet-Cookie:x") expect(result).toBe("/");
  });

  it("builds the sign-in address with the page to return to", () => {
    expect(loginPathFor("/roles/12?view=list")).toBe("/login?next=%2Froles%2F12%3Fview%3Dlist");
    expect(loginPathFor("/")).toBe("/login");
  });
});
