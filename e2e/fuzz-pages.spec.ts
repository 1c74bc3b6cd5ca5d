import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import fc from "fast-check";
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { storageFor, type DemoUser } from "./fixtures";
import { pageRoutes, queryArbitrary, type PageRoute } from "./fuzz-queries";

// Every page that reads query parameters (found by grepping app/**/page.tsx for searchParams, so a
// new one is fuzzed without editing a list), requested with generated query strings as an admin
// and as a client user, as a document and as an RSC payload: always 200 or 404, never a 500 or
// an error reference. FUZZ_SEED=<n> replays the printed random seed; FUZZ_PAGE_RUNS sets the
// requests per page, user and seed.

const E2E_DB = "e2e/.data/e2e.db";
const FIXED_SEED = 20_261_122;
const RUNS = Number(process.env.FUZZ_PAGE_RUNS ?? 10);

/**
 * One random seed per run, the same in every worker process: taken from when the setup project
 * saved the admin's session (once per run).
 */
function randomSeed(): number {
  if (process.env.FUZZ_SEED) return Number(process.env.FUZZ_SEED);
  return Math.floor(fs.statSync(storageFor("admin")).mtimeMs) % 2 ** 31;
}
const USERS: DemoUser[] = ["admin", "northwindHiring"];

const routes = pageRoutes(path.resolve("app"));

/** Ids per table of the running demo: every company's, read from the server's database. */
function idsByTable(): Record<string, number[]> {
  const db = new Database(E2E_DB, { readonly: true, fileMustExist: true });
  try {
    const tables = ["roles", "candidates", "applications", "interviews", "trials", "organizations", "users", "scorecards", "trial_check_ins", "notes"];
    return Object.fromEntries(tables.map((t) => [t, db.prepare(`select id from "${t}" order by id`).pluck().all() as number[]]));
  } finally {
    db.close();
  }
}

/** Values for a dynamic segment: ids of the table its parent folder names, or links found on the parent page. */
async function segmentValues(api: APIRequestContext, route: PageRoute, ids: Record<string, number[]>): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (const segment of route.dynamic) {
    const table = segment.table && ids[segment.table]?.length ? ids[segment.table] : null;
    if (table) {
      out.set(segment.name, [...new Set([table[0], table[Math.floor(table.length / 2)], table.at(-1)!, 999_999_999].map(String))]);
      continue;
    }
    const html = await (await api.get(segment.parentPath)).text();
    const found = [...html.matchAll(new RegExp(`href="${segment.parentPath}/([^"/?#]+)(?:[?#][^"]*)?"`, "g"))].map((m) => decodeURIComponent(m[1]));
    out.set(segment.name, [...new Set(found)].slice(0, 6).concat(["unknown-report"]));
  }
  return out;
}

function isServerError(status: number, body: string): string | null {
  if (status !== 200 && status !== 404) return `status ${status}`;
  if (/Reference: \d+|data-testid="error-reference"|Something went wrong/.test(body)) return "error page with a reference";
  if (/\\?"digest\\?":\\?"\d{5,}/.test(body)) return "error digest in the payload";
  return null;
}

test.describe.configure({ mode: "parallel" });

test("the discovery finds the pages with query parameters", () => {
  expect(routes.length, routes.map((r) => r.file).join(", ")).toBeGreaterThanOrEqual(8);
  expect(routes.map((r) => r.pattern)).toContain("/candidates");
});

for (const route of routes) {
  test(`${route.pattern} answers generated query strings with 200 or 404`, async ({ baseURL }) => {
    test.setTimeout(120_000);
    const ids = idsByTable();
    const seeds = [FIXED_SEED, randomSeed()];
    const problems: string[] = [];
    const statuses: Record<number, number> = {};
    for (const user of USERS) {
      const api = await playwrightRequest.newContext({ baseURL, storageState: storageFor(user) });
      const segments = await segmentValues(api, route, ids);
      if (user === "admin") for (const [name, found] of segments) expect(found.length, `values for [${name}] of ${route.pattern}`).toBeGreaterThan(1);
      for (const seed of seeds) {
        const samples = fc.sample(queryArbitrary(route, segments, ids), { seed: seed ^ (route.pattern.length * 7919), numRuns: RUNS });
        for (const [i, sample] of samples.entries()) {
          const rsc = i % 4 === 3;
          const response = await api.get(sample, { headers: rsc ? { RSC: "1" } : {}, maxRedirects: 5, failOnStatusCode: false });
          statuses[response.status()] = (statuses[response.status()] ?? 0) + 1;
          const problem = isServerError(response.status(), await response.text());
          if (problem) problems.push(`${user}${rsc ? " (RSC)" : ""}, seed ${seed}: GET ${sample.slice(0, 300)} → ${problem}`);
        }
      }
      await api.dispose();
    }
    console.log(
      `fuzz-pages ${route.pattern}: ${Object.values(statuses).reduce((a, b) => a + b, 0)} requests (status ${JSON.stringify(statuses)}), seeds ${FIXED_SEED} and FUZZ_SEED=${seeds[1]}, ${problems.length} problems`,
    );
    expect(problems.slice(0, 15).join("\n")).toBe("");
  });
}

// The discovery must read every page file that mentions searchParams.
test("every page reading searchParams is fuzzed", () => {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name === "page.tsx" && fs.readFileSync(full, "utf8").includes("searchParams")) pages.push(full);
    }
  };
  walk(path.resolve("app"));
  expect(routes.map((r) => r.file).sort()).toEqual(pages.map((p) => path.relative(path.resolve("app"), p)).sort());
});
