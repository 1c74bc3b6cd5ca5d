import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { type Tx } from "@/db/client";
import { db } from "@/lib/db";
import { loginAttempts, organizations, passwordTokens, users } from "@/db/schema";
import { writeAudit } from "@/lib/audit";
import { hashPassword } from "./password";
import { IP_RULE, lockedUntil, lookbackMs } from "./throttle";

// One-time set-password links. The link carries 32 random bytes (256 bits: unguessable); only
// their SHA-256 is stored, so a copy of the database cannot be turned into working links. A token
// works once, for 7 days, and issuing a new one voids the user's earlier unused ones.

export const TOKEN_TTL_MS = 7 * 24 * 60 * 60 * 1000;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/**
 * Unknown tokens are recorded as failed sign-in attempts from the visitor's address under this
 * marker (never a user's email: it has no @), so guessing links shares the per-address budget of
 * sign-in (lib/auth/throttle.ts IP_RULE) and survives a restart.
 */
export const LINK_GUESS_MARKER = "(set-password link)";

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A new link for the user, valid TOKEN_TTL_MS from now; their earlier unused links stop working. Returns the token (never stored). */
export function issuePasswordToken(
  tx: Tx,
  { userId, createdById }: { userId: number; createdById: number | null },
  now: number,
): { token: string; expiresAt: Date } {
  voidPasswordTokens(tx, userId, now);
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now + TOKEN_TTL_MS);
  tx.insert(passwordTokens)
    .values({ userId, tokenHash: hashToken(token), expiresAt, createdById, createdAt: new Date(now), updatedAt: new Date(now) })
    .run();
  return { token, expiresAt };
}

/** Ends every outstanding link of a user (a new link, a deactivation): they expire now. */
export function voidPasswordTokens(tx: Tx, userId: number, now: number): void {
  tx.update(passwordTokens)
    .set({ expiresAt: new Date(now), updatedAt: new Date(now) })
    .where(and(eq(passwordTokens.userId, userId), isNull(passwordTokens.usedAt), gt(passwordTokens.expiresAt, new Date(now))))
    .run();
}

/**
 * Whether a deactivation at `at` ended a set-password link the user had not used yet (deactivation
 * voids links at its own moment): reactivated, they have no way in until someone sends a new one.
 */
export function linkEndedAt(tx: Tx, userId: number, at: Date | null): boolean {
  if (!at) return false;
  return !!tx
    .select({ id: passwordTokens.id })
    .from(passwordTokens)
    .where(and(eq(passwordTokens.userId, userId), isNull(passwordTokens.usedAt), eq(passwordTokens.expiresAt, at)))
    .get();
}

export type PasswordLinkTarget = { tokenId: number; userId: number; name: string; email: string; companyName: string };
export type LinkCheck = { status: "valid"; target: PasswordLinkTarget } | { status: "invalid" } | { status: "locked" };

/** The link's account when it is unused, unexpired and the user active; anything else is "invalid" alike. */
function validTarget(handle: Tx | ReturnType<typeof db>, token: string, now: number): PasswordLinkTarget | undefined {
  if (!TOKEN_PATTERN.test(token)) return undefined;
  return handle
    .select({ tokenId: passwordTokens.id, userId: users.id, name: users.name, email: users.email, companyName: organizations.name })
    .from(passwordTokens)
    .innerJoin(users, eq(users.id, passwordTokens.userId))
    .innerJoin(organizations, eq(organizations.id, users.organizationId))
    .where(
      and(eq(passwordTokens.tokenHash, hashToken(token)), isNull(passwordTokens.usedAt), gt(passwordTokens.expiresAt, new Date(now)), eq(users.active, true)),
    )
    .get();
}

function isKnown(token: string): boolean {
  if (!TOKEN_PATTERN.test(token)) return false;
  return !!db()
    .select({ id: passwordTokens.id })
    .from(passwordTokens)
    .where(eq(passwordTokens.tokenHash, hashToken(token)))
    .get();
}

function addressLocked(ip: string, now: number): boolean {
  const failures = db()
    .select({ at: loginAttempts.createdAt })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.ip, ip), eq(loginAttempts.outcome, "failure"), gt(loginAttempts.createdAt, new Date(now - lookbackMs(IP_RULE)))))
    .orderBy(loginAttempts.createdAt)
    .all()
    .map((r) => r.at.getTime());
  return (lockedUntil(failures, now, IP_RULE) ?? 0) > now;
}

/**
 * Whether a link may be used, for the page that shows it. A token that was never issued counts as
 * a failed attempt from this address (a used or expired one does not: that is a late visitor, not
 * a guess); too many failures from one address lock it out as sign-in does.
 */
export function checkPasswordToken(token: string, ip: string, now: number = Date.now()): LinkCheck {
  if (addressLocked(ip, now)) return { status: "locked" };
  const target = validTarget(db(), token, now);
  if (target) return { status: "valid", target };
  if (!isKnown(token)) {
    db()
      .insert(loginAttempts)
      .values({ email: LINK_GUESS_MARKER, ip, outcome: "failure", createdAt: new Date(now), updatedAt: new Date(now) })
      .run();
  }
  return { status: "invalid" };
}

/**
 * Sets the user's password through the link and spends it: the hash, the token's use, the end of
 * older sessions and the audit row commit together; a link used twice at once works only once.
 */
export async function setPasswordWithToken(
  { token, password, ip }: { token: string; password: string; ip: string },
  now: number = Date.now(),
): Promise<{ status: "done"; email: string } | { status: "invalid" } | { status: "locked" }> {
  const check = checkPasswordToken(token, ip, now);
  if (check.status !== "valid") return check;
  const passwordHash = await hashPassword(password);
  return db().transaction((tx) => {
    const target = validTarget(tx, token, now);
    if (!target) return { status: "invalid" as const };
    const spent = tx
      .update(passwordTokens)
      .set({ usedAt: new Date(now), updatedAt: new Date(now) })
      .where(and(eq(passwordTokens.id, target.tokenId), isNull(passwordTokens.usedAt)))
      .run().changes;
    if (spent === 0) return { status: "invalid" as const };
    // The version moves on too: an admin's form open on this user then reloads instead of overwriting.
    tx.update(users)
      .set({ passwordHash, sessionsValidFrom: new Date(now), version: sql`${users.version} + 1`, updatedAt: new Date(now) })
      .where(eq(users.id, target.userId))
      .run();
    writeAudit(tx, { actorId: target.userId, action: "user.set-password", entityType: "user", entityId: target.userId, ip, details: { via: "link" } });
    return { status: "done" as const, email: target.email };
  });
}

export const LINK_UNUSABLE = "This link has expired or was already used — ask your recruiter for a new one.";
export const LINK_LOCKED = "Too many attempts from your network. Try again in 15 minutes.";
