import { describe, expect, it } from "vitest";
import { hashPassword, passwordSchema, verifyPassword } from "./password";

describe("password policy", () => {
  it.each([
    ["", false],
    ["short-pass1", false], // 11 characters
    ["exactly12chr", true],
    ["ab".repeat(64), true],
    ["ab".repeat(64) + "c", false], // 129 characters
    [" ".repeat(12), false], // nothing but spaces
    ["a".repeat(12), false], // one character repeated
    ["a a a a a a a", false],
    ["correct horse battery staple", true],
    ["pässwörd-ünïcode", true],
  ])("%j is accepted: %s", (password, accepted) => {
    expect(passwordSchema.safeParse(password).success).toBe(accepted);
  });

  it("says what is wrong", () => {
    const result = passwordSchema.safeParse("tooshort");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toBe("Password must be at least 12 characters");
  });
});

describe("password hashing", () => {
  it("uses argon2id with a salt and verifies only the right password", async () => {
    const a = await hashPassword("trialboard-demo");
    const b = await hashPassword("trialboard-demo");
    expect(a.startsWith("$argon2id$")).toBe(true);
    expect(a).not.toBe(b);
    expect(await verifyPassword(a, "trialboard-demo")).toBe(true);
    expect(await verifyPassword(a, "trialboard-demO")).toBe(false);
    expect(await verifyPassword("not-a-hash", "trialboard-demo")).toBe(false);
  });
});
