import { describe, expect, it } from "vitest";
import { createClientUserSchema, createUserSchema, resetPasswordSchema } from "./schemas";

const errorsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));

describe("the user forms' schemas", () => {
  it("the admin's form asks a password for agency users only, and reports it with the other fields' errors", () => {
    const base = { name: "", email: "not-an-email", title: "", organizationId: "1" };
    expect(errorsOf(createUserSchema.safeParse({ ...base, kind: "recruiter", password: "short" }))).toMatchObject({
      name: expect.any(String),
      email: expect.any(String),
      password: "Password must be at least 12 characters",
    });
    const client = createUserSchema.safeParse({ name: "Cleo", email: "cleo@client.test", title: "", organizationId: "1", kind: "client_viewer" });
    expect(client.success).toBe(true);
  });

  it("a company not chosen is asked for, not reported as a missing id", () => {
    const empty = {
      name: "Quinn",
      email: "quinn@agency.test",
      title: "",
      kind: "recruiter",
      password: "long-enough-password",
      passwordConfirm: "long-enough-password",
    };
    expect(errorsOf(createUserSchema.safeParse({ ...empty, organizationId: "" }))).toEqual({ organizationId: "Choose a client" });
    expect(errorsOf(createUserSchema.safeParse(empty))).toEqual({ organizationId: "Choose a client" });
  });

  it("a password an admin types is typed twice: a mismatch is told next to the second field", () => {
    const agencyUser = { name: "Quinn", email: "quinn@agency.test", title: "", kind: "recruiter", organizationId: "1", password: "long-enough-password" };
    expect(errorsOf(createUserSchema.safeParse({ ...agencyUser, passwordConfirm: "long-enough-passwrod" }))).toEqual({
      passwordConfirm: "The two passwords differ",
    });
    expect(createUserSchema.safeParse({ ...agencyUser, passwordConfirm: "long-enough-password" }).success).toBe(true);
    const reset = { userId: "4", version: "2", password: "second-password-456" };
    expect(errorsOf(resetPasswordSchema.safeParse({ ...reset, passwordConfirm: "second-password-465" }))).toEqual({
      passwordConfirm: "The two passwords differ",
    });
    expect(resetPasswordSchema.safeParse({ ...reset, passwordConfirm: "second-password-456" }).success).toBe(true);
  });

  it("the client page's form refuses agency kinds next to the field", () => {
    for (const kind of ["admin", "recruiter"]) {
      const result = createClientUserSchema.safeParse({ name: "Ada", email: "ada@client.test", title: "", organizationId: "1", kind });
      expect(errorsOf(result).kind).toMatch(/hiring managers or client viewers/);
    }
    expect(createClientUserSchema.safeParse({ name: "Ada", email: "ada@client.test", title: "", organizationId: "1", kind: "hiring_manager" }).success).toBe(
      true,
    );
  });
});
