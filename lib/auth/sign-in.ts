import { and, desc, eq, gt, lt } from "drizzle-orm";
import { type Tx } from "@/db/client";
import { db } from "@/lib/db";
import { loginAttempts, users } from "@/db/schema";
import { writeAudit } from "@/lib/audit";
import { hashPassword, verifyPassword } from "./password";
import { ACCOUNT_RULE, IP_RULE, lockedUntil, lookbackMs } from "./throttle";

// Plain module (used by Auth.js's authorize and by tests with an injected clock).

export type SignInResult = { outcome: "success"; userId: number } | { outcome: "failure" } | { outcome: "locked"; until: number };

// Verifying against a real hash for unknown emails keeps their timing like a wrong password's.
let dummyHash: Promise<string> | undefined;
const getDummyHash = () => (dummyHash ??= hashPassword("no-such-user-placeholder"));

const PRUNE_AFTER_MS = 24 * 60 * 60 * 1000;

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

function failureTimes(column: "email" | "ip", value: string, since: number): number[] {
  const col = column === "email" ? loginAttempts.email : loginAttempts.ip;
  return db()
    .select({ at: loginAttempts.createdAt })
    .from(loginAttempts)
    .where(and(eq(col, value), eq(loginAttempts.outcome, "failure"), gt(loginAttempts.createdAt, new Date(since))))
    .orderBy(loginAttempts.createdAt)
    .all()
    .map((r) => r.at.getTime());
}

function lastSuccess(email: string): number {
  const row = db()
    .select({ at: loginAttempts.createdAt })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.email, email), eq(loginAttempts.outcome, "success")))
    .orderBy(desc(loginAttempts.createdAt))
    .limit(1)
    .get();
  return row?.at.getTime() ?? 0;
}

/**
 * Checks the throttle, verifies the password, and records the attempt with its audit row.
 * The lock check and the attempt's row are written together before the (slow, awaited) password
 * check, counted as a failure until proven right: parallel guesses cannot all slip past the lock.
 */
export async function attemptSignIn(input: { email: string; password: string; ip: string }, now: number = Date.now()): Promise<SignInResult> {
  const email = normalizeEmail(input.email);
  const user = db().select().from(users).where(eq(users.email, email)).get();
  const audit = (tx: Tx, outcome: SignInResult["outcome"]) =>
    writeAudit(tx, {
      actorId: user?.id ?? null,
      action: outcome === "success" ? "auth.sign-in" : outcome === "locked" ? "auth.sign-in-locked" : "auth.sign-in-failed",
      entityType: "user",
      entityId: user?.id ?? null,
      ip: input.ip,
      details: outcome === "success" ? undefined : { email },
    });

  // Synchronous from here to the insert: no other attempt can run in between.
  const pending = db().transaction((tx) => {
    const accountSince = Math.max(now - lookbackMs(ACCOUNT_RULE), lastSuccess(email));
    const lock = Math.max(
      lockedUntil(failureTimes("email", email, accountSince), now, ACCOUNT_RULE) ?? 0,
      lockedUntil(failureTimes("ip", input.ip, now - lookbackMs(IP_RULE)), now, IP_RULE) ?? 0,
    );
    // Attempts older than a day can no longer matter to any lock.
    tx.delete(loginAttempts)
      .where(lt(loginAttempts.createdAt, new Date(now - PRUNE_AFTER_MS)))
      .run();
    const outcome = lock > now ? "locked" : "failure";
    const row = tx
      .insert(loginAttempts)
      .values({ email, ip: input.ip, outcome, createdAt: new Date(now), updatedAt: new Date(now) })
      .returning({ id: loginAttempts.id })
      .get();
    if (lock > now) audit(tx, "locked");
    return { id: row.id, lock };
  });
  if (pending.lock > now) return { outcome: "locked", until: pending.lock };

  const valid = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), input.password);
  const result: SignInResult = valid && user && user.active ? { outcome: "success", userId: user.id } : { outcome: "failure" };
  db().transaction((tx) => {
    if (result.outcome === "success") tx.update(loginAttempts).set({ outcome: "success" }).where(eq(loginAttempts.id, pending.id)).run();
    audit(tx, result.outcome);
  });
  return result;
}
