import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";

// The pages of app/ that read query parameters, their URL patterns and the parameter names they
// (and the lib modules they import) mention; and generated query strings for them: repeated
// keys, huge values, unicode, NUL, broken percent-encoding, odd page numbers, bad dates, unknown
// enum values, ids of every company's records and of none.

export type PageRoute = {
  file: string;
  pattern: string;
  dynamic: { name: string; table: string | null; parentPath: string }[];
  keys: string[];
};

const TABLES: Record<string, string> = {
  roles: "roles",
  candidates: "candidates",
  applications: "applications",
  interviews: "interviews",
  trials: "trials",
  clients: "organizations",
  users: "users",
};

const COMMON_KEYS = [
  "q",
  "page",
  "sort",
  "dir",
  "stage",
  "status",
  "client",
  "role",
  "owner",
  "from",
  "to",
  "type",
  "kind",
  "view",
  "source",
  "as",
  "next",
  "error",
  "id",
];

function keysOf(file: string, root: string): string[] {
  const text = fs.readFileSync(file, "utf8");
  const keys = new Set<string>();
  for (const m of text.matchAll(/\b(?:query|raw|params|sp|searchParams|filters)\??\.(\w+)/g)) keys.add(m[1]);
  for (const m of text.matchAll(/Promise<\{([^}]*)\}>/g)) for (const k of m[1].matchAll(/(\w+)\??:/g)) keys.add(k[1]);
  // Keys of the zod schemas in the lib modules the page imports (one level).
  for (const m of text.matchAll(/from "@\/(lib\/[^"]+)"/g)) {
    const base = path.join(root, "..", m[1]);
    const lib = [`${base}.ts`, path.join(base, "index.ts")].find((f) => fs.existsSync(f));
    if (!lib) continue;
    for (const k of fs.readFileSync(lib, "utf8").matchAll(/^\s+(\w+): (?:z\.|first|page|optional|id)/gm)) keys.add(k[1]);
  }
  return [...keys].filter((k) => !["then", "get"].includes(k)).slice(0, 40);
}

export function pageRoutes(appDir: string): PageRoute[] {
  const out: PageRoute[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name === "page.tsx" && fs.readFileSync(full, "utf8").includes("searchParams")) {
        const rel = path.relative(appDir, full);
        const parts = path
          .dirname(rel)
          .split(path.sep)
          .filter((p) => p !== "." && !/^\(.*\)$/.test(p));
        const dynamic = parts.flatMap((p, i) => {
          const m = /^\[(\w+)\]$/.exec(p);
          return m ? [{ name: m[1], table: TABLES[parts[i - 1]] ?? null, parentPath: `/${parts.slice(0, i).join("/")}` }] : [];
        });
        out.push({ file: rel, pattern: `/${parts.join("/")}`, dynamic, keys: [...new Set([...keysOf(full, appDir), ...COMMON_KEYS])] });
      }
    }
  };
  walk(appDir);
  return out.sort((a, b) => a.pattern.localeCompare(b.pattern));
}

const enc = encodeURIComponent;

/** Raw (already encoded) query values: some well formed, some not. */
function values(ids: number[]): fc.Arbitrary<string> {
  const today = new Date().toISOString().slice(0, 10);
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...ids, 0, -1, 999_999_999).map(String) },
    { weight: 2, arbitrary: fc.constantFrom("1", "2", "0", "-1", "-999", "1.5", "1e3", "1e309", "99999999999999999999", "NaN", "Infinity", "0x10", " 1", "") },
    { weight: 2, arbitrary: fc.constantFrom(today, "2026-02-31", "0000-00-00", "9999-12-31", "275760-09-14", "-001000-01-01", "2026-13-01", "yesterday") },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        "asc",
        "desc",
        "name",
        "score",
        "stage",
        "submitted",
        "hired",
        "open",
        "lead",
        "role",
        "client",
        "ADMIN",
        "__proto__",
        "constructor",
      ),
    },
    { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 30 }).map(enc) },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 30 }).map(enc) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        "%00",
        "a%00b",
        "%",
        "%zz",
        "%E0%A4%A",
        "%C0%AF",
        "%ED%A0%80",
        "+",
        "%2B",
        "a%26b%3Dc",
        "%0D%0ASet-Cookie:x=1",
        "..%2F..%2Fetc%2Fpasswd",
      ),
    },
    { weight: 2, arbitrary: fc.constantFrom("👩‍👩‍👧‍👦", "\u202Eevil", "e\u0301\u0308", "<script>alert(1)</script>", "' OR 1=1 --").map(enc) },
    { weight: 1, arbitrary: fc.constantFrom(1000, 4000).map((n) => "x".repeat(n)) },
    { weight: 1, arbitrary: fc.constant(enc("😀".repeat(250))) },
  );
}

/** A path for the route (dynamic segments filled) and a generated query string. */
export function queryArbitrary(route: PageRoute, segments: Map<string, string[]>, ids: Record<string, number[]>): fc.Arbitrary<string> {
  const all = Object.values(ids)
    .flatMap((list) => [list[0], list.at(-1)!])
    .filter((v) => v !== undefined);
  const pathArb = fc
    .tuple(
      ...route.dynamic.map((d) =>
        fc.oneof(
          { weight: 9, arbitrary: fc.constantFrom(...(segments.get(d.name) ?? ["1"])) },
          { weight: 1, arbitrary: fc.constantFrom("abc", "-1", "1.5", "0", "%00") },
        ),
      ),
    )
    .map((vals) => {
      let p = route.pattern;
      route.dynamic.forEach((d, i) => (p = p.replace(`[${d.name}]`, vals[i])));
      return p;
    });
  const key = fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...route.keys) },
    { weight: 1, arbitrary: fc.constantFrom("", "%00", "a[]", "__proto__", "k%ZZ", "x".repeat(200)) },
  );
  const pair = fc.tuple(key, values(all), fc.nat(9)).map(([k, v, shape]) => (shape === 0 ? k : shape === 1 ? `${k}=${v}=${v}` : `${k}=${v}`));
  const query = fc.array(pair, { minLength: 0, maxLength: 6 }).chain((pairs) =>
    // Repeated keys: the same pair again, or the same key with another value.
    fc.constantFrom(0, 1, 2).map((dup) => (dup === 0 || !pairs.length ? pairs : [...pairs, pairs[0], `${pairs[0].split("=")[0]}=2`]).join("&")),
  );
  // Node refuses a request whose headers pass 16 KB (431) before the app sees it: stay under that.
  const bounded = query.map((q) => (q.length > 9000 ? q.slice(0, 9000) : q));
  return fc.tuple(pathArb, bounded, fc.constantFrom("?", "?&", "??", "?;")).map(([p, q, sep]) => (q ? `${p}${sep}${q}` : p));
}
