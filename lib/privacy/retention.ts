import { and, eq, exists, isNull, lte, not, notInArray, or, gt, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { applications, candidates } from "@/db/schema";
import { writeAudit } from "@/lib/audit";
import { removeStoredResume } from "@/lib/candidates/resume";
import { anonymiseCandidate } from "./anonymise";

// Plain module (no "server-only"): run from instrumentation.ts at start and daily, and by tests
// with an injected clock.

/** Stages in which an application has ended. */
const ENDED = ["rejected", "withdrawn"] as const;

/**
 * The same instant `months` calendar months earlier (UTC), the day clamped to the shorter month's
 * last (31 March less one month is 28 or 29 February).
 */
export function monthsBefore(now: Date, months: number): Date {
  const d = new Date(now.getTime());
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d;
}

/**
 * Candidates not yet erased with at least one application, every one of which ended (rejected or
 * withdrawn) at or before `cutoff`. A candidate with no application at all is not "ended".
 */
export function candidatesPastRetention(database: Db, cutoff: Date): number[] {
  const open = database
    .select({ one: sql`1` })
    .from(applications)
    .where(and(eq(applications.candidateId, candidates.id), or(notInArray(applications.stage, [...ENDED]), gt(applications.stageChangedAt, cutoff))));
  const ended = database
    .select({ one: sql`1` })
    .from(applications)
    .where(and(eq(applications.candidateId, candidates.id), lte(applications.stageChangedAt, cutoff)));
  return database
    .select({ id: candidates.id })
    .from(candidates)
    .where(and(isNull(candidates.erasedAt), exists(ended), not(exists(open))))
    .all()
    .map((c) => c.id);
}

/**
 * Anonymises one candidate past the retention period in its own transaction, with its audit row
 * (by the system), and deletes the résumé file after the commit. False when someone else (another
 * process, an admin) erased them first: nothing is written twice.
 */
export function eraseForRetention(database: Db, id: number, { now, months, cutoff }: { now: Date; months: number; cutoff: Date }): boolean {
  const done = database.transaction((tx) => {
    // Checked again inside the transaction: an application reopened since the scan keeps the candidate.
    const reopened = tx
      .select({ id: applications.id })
      .from(applications)
      .where(and(eq(applications.candidateId, id), or(notInArray(applications.stage, [...ENDED]), gt(applications.stageChangedAt, cutoff))))
      .limit(1)
      .get();
    if (reopened) return undefined;
    const result = anonymiseCandidate(tx, id, now);
    if (result) {
      writeAudit(tx, {
        actorId: null,
        action: "candidate.erased",
        entityType: "candidate",
        entityId: id,
        details: { reason: "retention", months, cutoff: cutoff.toISOString(), applications: result.applications, notesDeleted: result.notesDeleted },
      });
    }
    return result;
  });
  if (done?.resumeStoredName) removeStoredResume(done.resumeStoredName);
  return !!done;
}

/** Anonymises every candidate past the retention period (see eraseForRetention); idempotent. */
export function runRetention(database: Db, { now, months }: { now: Date; months: number }): { erased: number[] } {
  const cutoff = monthsBefore(now, months);
  const erased = candidatesPastRetention(database, cutoff).filter((id) => eraseForRetention(database, id, { now, months, cutoff }));
  return { erased };
}
