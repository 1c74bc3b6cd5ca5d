import { describe, expect, it } from "vitest";
import { candidateFieldsSchema } from "./schemas";
import { parseSkills } from "./search-query";

const base = { name: "Ada Lovelace", email: "ada@example.test", source: "sourced" };
const errorsOf = (input: Record<string, unknown>) => {
  const result = candidateFieldsSchema.safeParse({ ...base, ...input });
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));
};

describe("the candidate form's fields", () => {
  it("refuses a skill too long to keep whole, or too many skills, instead of cutting them without a word", () => {
    const long = "Distributed systems with a very long explanation of what that means";
    expect(errorsOf({ skills: `Go, ${long}` })).toEqual({ skills: "Each skill at most 40 characters: “Distributed systems …” is longer" });
    const many = Array.from({ length: 31 }, (_, i) => `Skill ${i}`).join(", ");
    expect(errorsOf({ skills: many })).toEqual({ skills: "At most 30 skills" });
    // What the form accepts, parseSkills keeps as typed.
    const fine = "TypeScript,  Go , Kubernetes, go";
    expect(errorsOf({ skills: fine })).toEqual({});
    expect(parseSkills(fine)).toEqual(["TypeScript", "Go", "Kubernetes"]);
  });

  it("takes a phone number as people write it, and refuses words", () => {
    for (const phone of ["+44 20 7946 0958", "(555) 010-2030 x12", "+1.555.010.2030", "+1 555 0100 ext 3", "020 7946 0958 Ext. 12"])
      expect(errorsOf({ phone })).toEqual({});
    expect(errorsOf({ phone: "call me maybe ☎" })).toEqual({ phone: "Enter a phone number (digits, spaces, + ( ) - . and an extension)" });
  });
});
