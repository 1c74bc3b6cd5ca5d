import type Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { actions, pages, refusedOwners, type ActionRule, type Ids } from "./access-matrix.expectations";
import { genericInput, idsOf } from "./matrix/action-ids";
import { pageCells, runActionCell, runPageCell, type ActionCell, type PageCell } from "./matrix/cells";
import { openDatabase } from "./matrix/db";
import { keyOf, undeclared } from "./matrix/declared";
import { discoverActions, discoverEndpoints } from "./matrix/discover";
import { cookieFor, pool } from "./matrix/http";
import { findRecords, seedMarkers, type Marker, type Records } from "./matrix/records";
import { matrixUsers, userCan, type MatrixUser } from "./matrix/users";

// The access matrix (issue #12): every page, route handler and server action found under app/,
// run as every kind of user against records of the agency, of company A and of company B, each
// cell checked against e2e/access-matrix.expectations.ts. Requests go straight to the server
// (no browser): pages as HTML and as RSC payload, actions posted with their id as a browser would.

test.describe.configure({ mode: "serial" });

const endpoints = discoverEndpoints();
const { actions: found, unbuilt } = discoverActions();

let db: Database.Database;
let records: Records;
let markers: Marker[];
let tag: string;
let cookies: Record<string, string>;

test.beforeAll(() => {
  // The sessions auth.setup.ts saved (read now: the setup project has run by then).
  cookies = Object.fromEntries(matrixUsers.map((u) => [u.who, cookieFor(u.who)]));
  db = openDatabase();
  records = findRecords(db);
  markers = seedMarkers(db, records);
  tag = markers[0].text.slice(0, 10);
});
test.afterAll(() => db?.close());

test("every page, route handler and server action has a declared expectation", () => {
  const missing = undeclared(endpoints, found, unbuilt);
  expect(missing, missing.join("\n")).toEqual([]);
});

/** A permitted user posts the action's own input (none: no cell); a refused one, that or every common id field. */
function inputFor(rule: ActionRule, user: MatrixUser, ids: Ids) {
  const own = rule.input?.(ids) ?? null;
  return rule.may !== "public" && userCan(user, rule.may) ? own : (own ?? genericInput(ids));
}

test("refused server actions change nothing and are audited", async ({ baseURL }) => {
  test.setTimeout(120_000);
  const cells: ActionCell[] = [];
  for (const a of found) {
    const rule = actions[a.name];
    if (!rule) continue;
    for (const user of matrixUsers) {
      for (const owner of refusedOwners(rule, user)) {
        const ids = idsOf(db, records, owner);
        const input = inputFor(rule, user, ids);
        if (!input) continue;
        const page = a.page.replace(/\[[^\]]+\]/g, records.application.A!);
        const entity = rule.may !== "public" && userCan(user, rule.may) ? (rule.refusedAs ?? null) : null;
        cells.push({ name: a.name, id: a.id, page, user, owner, input, entity });
      }
    }
  }
  // One at a time: each cell's checksum must see its own request alone.
  const problems: string[] = [];
  const throttled: string[] = [];
  const started = Date.now();
  for (const cell of cells) {
    // Inputs are built from the database as it is just before the post (versions move).
    const fresh = inputFor(actions[cell.name], cell.user, idsOf(db, records, cell.owner)) ?? cell.input;
    problems.push(...(await runActionCell(baseURL!, db, { ...cell, input: fresh }, cookies[cell.user.who], throttled)));
  }
  console.log(
    `Access matrix, actions: ${found.length} actions × ${matrixUsers.length} users → ${cells.length} refused cells posted in ${((Date.now() - started) / 1000).toFixed(1)} s; ${problems.length} problems${throttled.length ? `; ${throttled.length} audited by earlier journeys' full refusal window (throttled by design)` : ""}`,
  );
  expect(problems, problems.join("\n")).toEqual([]);
});

test("pages and route handlers answer as declared and leak no marked record", async ({ baseURL }) => {
  test.setTimeout(150_000);
  const cells: PageCell[] = [];
  for (const e of endpoints) {
    for (const method of e.methods) {
      const key = keyOf(e, method);
      if (method !== "GET" || !pages[key]) continue;
      cells.push(...pageCells(key, e.pattern, pages[key], matrixUsers, records, tag));
    }
  }
  const problems: string[] = [];
  const leaks: string[] = [];
  const shown = new Set<string>();
  const started = Date.now();
  await pool(cells, 4, async (cell) => {
    const r = await runPageCell(baseURL!, cell, cookies[cell.user.who], markers);
    problems.push(...r.problems);
    leaks.push(...r.leaks);
    for (const text of r.shown) shown.add(text);
  });
  // A marker no allowed viewer ever sees would make its leak check prove nothing.
  for (const m of markers) if (!shown.has(m.text)) problems.push(`The marker of ${m.what} is on no page anyone may see: seed it where a page shows it`);
  const routes = new Set(cells.map((c) => c.key)).size;
  console.log(
    `Access matrix, pages: ${routes} routes × ${matrixUsers.length} users × (agency, A, B records and a missing id) → ${cells.length} cells, ${cells.length * 2} requests (HTML and RSC) in ${((Date.now() - started) / 1000).toFixed(1)} s; ${markers.length} markers; ${leaks.length} leaks`,
  );
  expect(leaks, leaks.join("\n")).toEqual([]);
  expect(problems, problems.join("\n")).toEqual([]);
});
