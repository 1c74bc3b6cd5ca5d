import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { buildFtsQuery, parseSkills } from "./search-query";

describe("buildFtsQuery", () => {
  it.each([
    ["typ", '"typ"*'],
    ["TypeScript React", '"typescript"* "react"*'],
    ['"quoted" phrase', '"quoted"* "phrase"*'],
    ["go*", '"go"*'],
    ["-rust", '"rust"*'],
    ["NOT java OR c++", '"not"* "java"* "or"* "c"*'],
    ["name:alice", '"name"* "alice"*'],
    ["José Müller", '"josé"* "müller"*'],
    ["北京 工程师", '"北京"* "工程师"*'],
    ["jane.doe@example.com", '"jane"* "doe"* "example"* "com"*'],
    ["ＴＹＰＥ", '"type"*'],
    ["", null],
    ["   ", null],
    ['"*-^:()', null],
    [null, null],
  ])("%j → %j", (input, expected) => {
    expect(buildFtsQuery(input)).toBe(expected);
  });

  it("caps the number and length of terms", () => {
    const q = buildFtsQuery(`${"a".repeat(100)} b c d e f g h i j k`)!;
    expect(q.split(" ")).toHaveLength(8);
    expect(q.startsWith(`"${"a".repeat(64)}"*`)).toBe(true);
  });

  it("every built query is valid FTS5 syntax", () => {
    const sqlite = db().$client;
    sqlite.exec("CREATE VIRTUAL TABLE IF NOT EXISTS q_test USING fts5(body)");
    for (const input of ['"', "*", "-", "a-b", "AND", "NEAR(a b)", "^x", "(a", "a\u0000b", "🙂 emoji", "ǅ", "x".repeat(500)]) {
      const q = buildFtsQuery(input);
      if (q) expect(() => sqlite.prepare("SELECT * FROM q_test WHERE q_test MATCH ?").all(q)).not.toThrow();
    }
  });
});

describe("parseSkills", () => {
  it("trims, drops blanks and duplicates", () => {
    expect(parseSkills(" TypeScript, react ,, React,  Node.js ")).toEqual(["TypeScript", "react", "Node.js"]);
    expect(parseSkills("")).toEqual([]);
  });
});
