import type Database from "better-sqlite3";
import { expectedPage, type Outcome, type PageRule } from "../access-matrix.expectations";
import { auditSince, checksum, lastAuditId, userId } from "./db";
import { get, postAction, type Answer } from "./http";
import type { Marker, Records } from "./records";
import type { MatrixUser, Owner } from "./users";
import { demoUsers } from "../fixtures";

// One cell of the matrix: a page for a user with one owner's records, or a refused action.

export type PageCell = { key: string; path: string; user: MatrixUser; owners: Owner[]; rule: PageRule; expected: Outcome };

/** Every (page, user, records) cell of one route: each owner that has a record of the segment's kind, plus a made-up id. */
export function pageCells(key: string, pattern: string, rule: PageRule, users: MatrixUser[], records: Records, tag: string): PageCell[] {
  const kinds = rule.records ?? [];
  const fills: { path: string; owners: Owner[] }[] = [];
  if (kinds.length === 0) fills.push({ path: pattern, owners: [] });
  else {
    for (const owner of ["agency", "A", "B"] as Owner[]) {
      if (kinds.some((k) => records[k]?.[owner] === undefined)) continue;
      let i = 0;
      fills.push({ path: pattern.replace(/\[[^\]]+\]/g, () => encodeURIComponent(records[kinds[i++]][owner]!)), owners: [owner] });
    }
  }
  const cells: PageCell[] = [];
  for (const fill of fills) {
    for (const query of ["", ...(rule.queries ?? [])]) {
      const path = fill.path + query.replaceAll("{tag}", tag);
      for (const user of users) cells.push({ key, path, user, owners: fill.owners, rule, expected: expectedPage(rule, user, fill.owners) });
    }
  }
  // A record that does not exist is not found for everyone signed in.
  if (kinds.length && kinds.every((k) => k !== "report" && k !== "token")) {
    const path = pattern.replace(/\[[^\]]+\]/g, "999999");
    for (const user of users) cells.push({ key, path, user, owners: [], rule, expected: user.kind ? 404 : "login" });
  }
  return cells;
}

const toLogin = (location: string) => new URL(location, "http://x").pathname === "/login";

/**
 * The cell's outcome. An RSC payload is answered 200 whatever happened (a client navigation
 * renders the not-found page or follows the redirect itself), so there the payload tells.
 */
function outcomeOf(answer: Answer, rsc: boolean): Outcome | number {
  if (answer.status >= 300 && answer.status < 400) return answer.location && toLogin(answer.location) ? "login" : "redirect";
  if (rsc && answer.status === 200) {
    if (answer.body.includes("NEXT_HTTP_ERROR_FALLBACK;404")) return 404;
    const redirect = /NEXT_REDIRECT;(?:replace|push);([^;]+);/.exec(answer.body);
    if (redirect) return toLogin(redirect[1]) ? "login" : "redirect";
  }
  return answer.status as Outcome | number;
}

/** Problems with one page cell (empty when it is as declared), leaks, and the markers it rightly showed. */
export async function runPageCell(
  base: string,
  cell: PageCell,
  cookie: string,
  markers: Marker[],
): Promise<{ problems: string[]; leaks: string[]; shown: string[] }> {
  const problems: string[] = [];
  const leaks: string[] = [];
  /** Markers this user may see and did: proof that each marker is on some page at all. */
  const shown: string[] = [];
  const forbidden = new Set(markers.filter((m) => !(cell.user.company === "agency" || m.visibleTo.some((o) => o === cell.user.company))));
  for (const rsc of [false, true]) {
    const answer = await get(base, cell.path, cookie, rsc);
    const got = outcomeOf(answer, rsc);
    const label = `${cell.user.who} GET ${cell.path}${rsc ? " (RSC)" : ""}`;
    if (got !== cell.expected)
      problems.push(`${label}: expected ${cell.expected}, got ${got} (HTTP ${answer.status}${answer.location ? ` → ${answer.location}` : ""})`);
    if (answer.status >= 500) continue;
    // A refused page says "Page not found" in the tab too, not the name of what was refused: in the
    // HTML's <title> and in the title its payload sets once it runs (route handlers send no page;
    // a public page's own 404, an expired link's, has its own title).
    if (got === 404 && cell.rule.may !== "public") {
      const titles = [...answer.body.matchAll(/<title>([^<]*)<\/title>|\\?"title\\?",\\?"0\\?",\{\\?"children\\?":\\?"([^"\\]*)/g)].map((m) => m[1] ?? m[2]);
      for (const t of titles) if (!t.startsWith("Page not found")) problems.push(`${label}: a 404 page titled "${t}"`);
      // An HTML page with no title found would pass the check without testing it.
      if (!rsc && answer.body.includes("<html") && titles.length === 0) problems.push(`${label}: a 404 page with no title found`);
    }
    for (const m of markers) {
      if (!answer.body.includes(m.text)) continue;
      if (forbidden.has(m)) leaks.push(`${label} shows ${m.what} (${m.text})`);
      else shown.push(m.text);
    }
  }
  return { problems, leaks, shown };
}

/** `entity`: the record type its refusal is audited as; null when refused on the permission. */
export type ActionCell = { name: string; id: string; page: string; user: MatrixUser; owner: Owner; input: Record<string, unknown>; entity: string | null };

const NOT_FOUND = /^Not found\./;
const SESSION_ENDED = /session has ended/i;

/** lib/access/refusals.ts's throttle: at most this many record refusals per user and record type a minute are written. */
const REFUSALS_PER_WINDOW = 10;
const REFUSAL_WINDOW_MS = 60_000;

/**
 * Whether the refusal was audited: a permission refusal as a row without a record type, a record
 * refusal as a row of its type, a signed-out one as a row with no actor — or,
 * when other journeys just filled the throttle's window for that user and type (or, signed out,
 * that address), "throttled" (the log stays bounded by design).
 */
async function audited(db: Database.Database, since: number, actor: number | null, entity: string | null): Promise<boolean | "throttled"> {
  // Cells run one at a time, so a signed-out row written since the post is this cell's.
  const matches = (r: ReturnType<typeof auditSince>[number]) =>
    r.action === "access.denied" &&
    (actor === null ? r.actor_id === null && JSON.parse(r.details ?? "{}").signedOut === true : r.actor_id === actor && r.entity_type === entity);
  // Record refusals are written just after the answer (they do not hold the request up): wait a little.
  for (let i = 0; i < 40; i++) {
    if (auditSince(db, since).some(matches)) return true;
    if (entity === null && actor !== null) return false;
    if (actor === null) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  const recent = db
    .prepare(
      actor === null
        ? "select count(*) from audit_log where action = 'access.denied' and actor_id is null and created_at > ?"
        : "select count(*) from audit_log where action = 'access.denied' and actor_id = ? and entity_type = ? and created_at > ?",
    )
    .pluck()
    .get(...(actor === null ? [] : [actor, entity]), Date.now() - REFUSAL_WINDOW_MS) as number;
  return recent >= REFUSALS_PER_WINDOW ? "throttled" : false;
}

/**
 * Posts one refused action cell and checks it: refused as "not found" (signed out: "session has
 * ended"), every table unchanged, and an `access.denied` row by the user (signed out: with no actor).
 */
export async function runActionCell(base: string, db: Database.Database, cell: ActionCell, cookie: string, throttled: string[]): Promise<string[]> {
  const label = `${cell.user.who} → ${cell.name} with ${cell.owner === "agency" ? "the agency's" : `company ${cell.owner}'s`} records`;
  const before = checksum(db);
  const since = lastAuditId(db);
  const answer = await postAction(base, cell.page, cell.id, cookie, cell.input);
  const problems: string[] = [];
  const result = answer.result;
  if (answer.status >= 500 || result?.ref) problems.push(`${label}: unexpected error (HTTP ${answer.status}${result?.ref ? `, ref ${result.ref}` : ""})`);
  else if (!result) problems.push(`${label}: no action result in the answer (HTTP ${answer.status}): ${answer.raw.slice(0, 200)}`);
  else if (result.ok) problems.push(`${label}: ALLOWED — expected refused`);
  else if (result.fieldErrors && Object.keys(result.fieldErrors).length)
    problems.push(`${label}: refused on its input, not on access (${JSON.stringify(result.fieldErrors)}): fix its input in e2e/access-matrix.expectations.ts`);
  else if (!(cell.user.kind ? NOT_FOUND : SESSION_ENDED).test(result.message ?? ""))
    problems.push(`${label}: refused with "${result.message}", expected not found`);
  const actor = cell.user.kind ? userId(db, demoUsers[cell.user.who as keyof typeof demoUsers].email)! : null;
  const row = await audited(db, since, actor, actor === null ? null : cell.entity);
  if (row === "throttled") throttled.push(label);
  else if (!row) problems.push(`${label}: no access.denied audit row${actor === null ? " (signed out)" : cell.entity ? ` for the ${cell.entity}` : ""}`);
  if (checksum(db) !== before) problems.push(`${label}: the database changed`);
  return problems;
}
