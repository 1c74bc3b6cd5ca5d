import "server-only";
import { inArray } from "drizzle-orm";
import { db } from "@/lib/db";
import { applications, candidates, interviews, roles, scorecards, trialGoals, trials } from "@/db/schema";
import { writeAudit } from "@/lib/audit";
import { requestIp } from "@/lib/request";

// Record-level refusals: a viewer-scoped load by id that found nothing the viewer may see, for a
// record that exists, is written to the audit log as `access.denied` (the answer stays "not
// found"). Only a miss pays for the existence check, so an allowed load costs nothing extra.

export type RefusedEntity = "role" | "candidate" | "application" | "resume" | "interview" | "scorecard" | "trial" | "trial-goal";

const tables = {
  role: roles,
  candidate: candidates,
  application: applications,
  resume: candidates,
  interview: interviews,
  scorecard: scorecards,
  trial: trials,
  "trial-goal": trialGoals,
} as const;

/** At most this many refusal rows per user and entity type per window: a crawler cannot flood the log. */
export const REFUSALS_PER_WINDOW = 10;
export const REFUSAL_WINDOW_MS = 60_000;

const windows = new Map<string, { start: number; count: number }>();
const WINDOWS_MAX = 10_000;

/** At most this many signed-out refusal rows a minute in all, whatever the address: many addresses cannot flood the log either. */
export const SIGNED_OUT_PER_WINDOW = 100;

/** Takes one slot of the window of `key` (a user and record type, or a signed-out address); false once it is full. */
function takeSlot(key: string, now: number, limit = REFUSALS_PER_WINDOW): boolean {
  let w = windows.get(key);
  if (!w || now - w.start >= REFUSAL_WINDOW_MS) {
    if (!w && windows.size >= WINDOWS_MAX) {
      for (const [k, old] of windows) if (now - old.start >= REFUSAL_WINDOW_MS) windows.delete(k);
      if (windows.size >= WINDOWS_MAX) windows.delete(windows.keys().next().value!);
    }
    windows.set(key, (w = { start: now, count: 0 }));
  }
  if (w.count >= limit) return false;
  w.count++;
  return true;
}

const pending = new Set<Promise<void>>();

/**
 * Called by a viewer-scoped getter after a miss: audits the ids (of those asked for) that exist,
 * within the throttle. The row is written once the request's address is known; loads never wait.
 */
export function recordRefusals(viewer: { id: number }, entity: RefusedEntity, ids: readonly number[]): void {
  if (ids.length === 0) return;
  const table = tables[entity];
  const existing = db()
    .select({ id: table.id })
    .from(table)
    .where(inArray(table.id, [...ids]))
    .all();
  const now = Date.now();
  const audited = existing.filter(() => takeSlot(`${viewer.id}:${entity}`, now));
  if (audited.length === 0) return;
  const write: Promise<void> = requestIp()
    .catch(() => null)
    .then((ip) => {
      for (const { id } of audited)
        writeAudit(db(), { actorId: viewer.id, action: "access.denied", entityType: entity, entityId: id, ip, details: { [entity]: id } });
    })
    .catch((error) => console.error("Could not audit a refused access", error))
    .finally(() => pending.delete(write));
  pending.add(write);
}

/**
 * A signed-out request refused (an action posted or a file asked for without a session): written
 * with no actor, under the same throttle per address and a cap over all addresses (per process), so
 * a crawler cannot flood the log either.
 */
export async function recordSignedOutRefusal(details: Record<string, unknown>): Promise<void> {
  const ip = await requestIp().catch(() => null);
  const now = Date.now();
  if (!takeSlot(`signed-out:${ip ?? "unknown"}`, now) || !takeSlot("signed-out:*", now, SIGNED_OUT_PER_WINDOW)) return;
  writeAudit(db(), { actorId: null, action: "access.denied", ip, details: { ...details, signedOut: true } });
}

/** Resolves once every refusal recorded so far is written (tests wait on it). */
export async function refusalsWritten(): Promise<void> {
  await Promise.all([...pending]);
}
