import { and, desc, eq, gt } from "drizzle-orm";
import { db } from "@/db/client";
import { loginAttempts, users } from "@/db/schema";
import { writeAudit } from "@/lib/audit";
import { hashPassword, verifyPassword } from "./password";
import { ACCOUNT_RULE, IP_RULE, lockedUntil, lookbackMs } from "./throttle";

// Plain module (used by Auth.js's authorize and by tests with an injected clock).

export type SignInResult =
  | { outcome: "success"; userId: number }
  | { outcome: "failure" }
  | { outcome: "locked"; until: number };

// Verifying against a real hash for unknown emails keeps their timing like a wrong password's.
let dummyHash: Promise<string> | undefined;
const getDummyHash = () => (dummyHash ??= hashPassword("no-such-user-placeholder"));

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

/** Checks the throttle, verifies the password, and records the attempt and its audit row together. */
export async function attemptSignIn(
  input: { email: string; password: string; ip: string },
  now: number = Date.now(),
): Promise<SignInResult> {
  const email = normalizeEmail(input.email);
  const accountSince = Math.max(now - lookbackMs(ACCOUNT_RULE), lastSuccess(email));
  const lock = Math.max(
    lockedUntil(failureTimes("email", email, accountSince), now, ACCOUNT_RULE) ?? 0,
    lockedUntil(failureTimes("ip", input.ip, now - lookbackMs(IP_RULE)), now, IP_RULE) ?? 0,
  );

  const user = db().select().from(users).where(eq(users.email, email)).get();
  let result: SignInResult;
  if (lock > now) {
    result = { outcome: "locked", until: lock };
  } else {
    const valid = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), input.password);
    result = valid && user && user.active ? { outcome: "success", userId: user.id } : { outcome: "failure" };
  }

  db().transaction((tx) => {
    tx.insert(loginAttempts)
      .values({ email, ip: input.ip, outcome: result.outcome, createdAt: new Date(now), updatedAt: new Date(now) })
      .run();
    writeAudit(tx, {
      actorId: user?.id ?? null,
      action: result.outcome === "success" ? "auth.sign-in" : result.outcome === "locked" ? "auth.sign-in-locked" : "auth.sign-in-failed",
      entityType: "user",
      entityId: user?.id ?? null,
      ip: input.ip,
      details: result.outcome === "success" ? undefined : { email },
    });
  });
  return result;
}
