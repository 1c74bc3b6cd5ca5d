import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { permissions } from "./permissions";

// Every permission in the table must decide something: a permission checked nowhere is either
// dead or, worse, a rule someone believes is enforced. This reads the source for the ways the
// code checks one.

const root = path.resolve(import.meta.dirname, "../..");
const scanned = ["app", "lib", "components", "proxy.ts"];

function sourceFiles(entry: string): string[] {
  const full = path.join(root, entry);
  if (!fs.existsSync(full)) return [];
  if (fs.statSync(full).isFile()) return [full];
  return fs.readdirSync(full, { withFileTypes: true }).flatMap((d) => {
    const rel = path.join(entry, d.name);
    if (d.isDirectory()) return sourceFiles(rel);
    return /\.tsx?$/.test(d.name) && !/\.test\.tsx?$/.test(d.name) ? [path.join(root, rel)] : [];
  });
}

/** The forms a check takes: can(x, "p"), requirePermission("p"), permittedViewer("p"), action("name", "p"), { permission: "p" } (navigation). */
function checksIn(source: string): Set<string> {
  const found = new Set<string>();
  const forms = [
    /\bcan\(\s*[^,()]+(?:\([^()]*\))?\s*,\s*"([a-z-]+:[a-z-]+)"/g,
    /\brequirePermission\(\s*"([a-z-]+:[a-z-]+)"/g,
    /\bpermittedViewer\(\s*"([a-z-]+:[a-z-]+)"/g,
    /\b(?:action|publicAction)\(\s*"[^"]*"\s*,\s*"([a-z-]+:[a-z-]+)"/g,
    /\bpermission:\s*"([a-z-]+:[a-z-]+)"/g,
  ];
  for (const form of forms) for (const m of source.matchAll(form)) found.add(m[1]);
  return found;
}

const table = path.join(root, "lib/access/permissions.ts");
const checked = new Set(
  scanned
    .flatMap(sourceFiles)
    .filter((f) => f !== table)
    .flatMap((f) => [...checksIn(fs.readFileSync(f, "utf8"))]),
);

describe("every permission is checked somewhere", () => {
  it("recognises each form of check", () => {
    expect(
      [
        ...checksIn(
          `can(viewer, "a:b"); can(scopeOf(v), "c:d"); requirePermission("e:f", "/x"); permittedViewer("g:h", "/y"); action("x:y", "i:j", s); { permission: "k:l" }`,
        ),
      ].sort(),
    ).toEqual(["a:b", "c:d", "e:f", "g:h", "i:j", "k:l"]);
  });

  for (const permission of permissions) {
    it(permission, () => {
      expect(checked.has(permission), `"${permission}" is in lib/access/permissions.ts but no code checks it`).toBe(true);
    });
  }

  it("checks only permissions the table names", () => {
    expect([...checked].filter((p) => !(permissions as readonly string[]).includes(p))).toEqual([]);
  });
});
