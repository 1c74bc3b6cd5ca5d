import "server-only";
import { randomBytes } from "node:crypto";
import { and, eq, ne } from "drizzle-orm";
import { db } from "@/lib/db";
import { users } from "@/db/schema";
import { Conflict, fail, isUniqueViolation, notFound, ok, type ActionContext, type ActionResult } from "@/lib/action";
import { hashPassword } from "@/lib/auth/password";
import { voidPasswordTokens } from "@/lib/auth/password-tokens";
import { EMAIL_TAKEN, STALE } from "./messages";
import { getClientUser, getUserForAdmin } from "./queries";
import { isAgencyKind, type EditUserInput } from "./schemas";

const CORRECT = "Please correct the highlighted fields.";
const NO_LONGER_ADMIN = "Your own rights changed meanwhile; reload the page.";

/**
 * An admin corrects anyone (from /settings/users); a recruiter corrects a client's people (from the
 * client page), and finds no agency user this way. The kind changes only between recruiter and
 * admin, and never one's own: an admin cannot take their own admin rights away by mistake (and two
 * admins demoting each other at once: the second finds they are no longer one).
 *
 * A client user's corrected email ends what the old one could do: a set-password link passed to
 * the misspelt address may have reached someone else, so their links stop working, their password
 * is replaced by one nobody knows and they are signed out; they set a new one through a new link.
 */
export async function editUser(input: EditUserInput, from: "admin" | "client-page", { viewer, audit }: ActionContext): Promise<ActionResult> {
  const target = from === "admin" ? getUserForAdmin(viewer, input.userId) : getClientUser(viewer, input.userId);
  if (!target) return notFound();
  const kind = input.kind ?? target.kind;
  if (kind !== target.kind) {
    if (target.organizationKind === "client") return fail(CORRECT, { kind: "A client user's kind stays; add them again as the other kind" });
    if (!isAgencyKind(kind)) return fail(CORRECT, { kind: "Agency users are admins or recruiters" });
    if (target.id === viewer.id) return fail(CORRECT, { kind: "You cannot change your own kind; another admin can" });
  }
  const changes = {
    name: input.name,
    email: input.email,
    title: input.title || null,
    kind,
  };
  const changed = (Object.keys(changes) as (keyof typeof changes)[]).filter((key) => changes[key] !== target[key]);
  if (changed.length === 0) return ok(undefined, `Nothing to change for ${target.name}.`);
  const emailChanged = changed.includes("email");
  if (emailChanged) {
    const taken = db()
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.email, input.email), ne(users.id, target.id)))
      .get();
    if (taken) return fail(CORRECT, { email: EMAIL_TAKEN });
  }
  const locksOut = emailChanged && target.organizationKind === "client";
  // Hashed before the transaction (it is slow and async); nobody is told this password.
  const lockedHash = locksOut ? await hashPassword(randomBytes(32).toString("base64url")) : null;
  const now = Date.now();
  try {
    db().transaction((tx) => {
      if (changed.includes("kind")) {
        const actor = tx.select({ kind: users.kind, active: users.active }).from(users).where(eq(users.id, viewer.id)).get();
        if (actor?.kind !== "admin" || !actor.active) throw new Conflict(NO_LONGER_ADMIN);
      }
      const written = tx
        .update(users)
        .set({
          ...changes,
          ...(lockedHash ? { passwordHash: lockedHash, sessionsValidFrom: new Date(now) } : {}),
          version: input.version + 1,
        })
        .where(and(eq(users.id, target.id), eq(users.version, input.version)))
        .run().changes;
      if (written === 0) throw new Conflict(STALE);
      if (emailChanged) voidPasswordTokens(tx, target.id, now);
      audit(tx, {
        action: from === "admin" ? "user.update" : "client-user.update",
        entityType: "user",
        entityId: target.id,
        // Which fields, not their values: the log keeps no one's old email.
        details: {
          fields: changed,
          ...(changed.includes("kind") ? { kind: { from: target.kind, to: kind } } : {}),
          ...(locksOut ? { signedOut: true } : {}),
        },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) return fail(CORRECT, { email: EMAIL_TAKEN });
    throw error;
  }
  return ok(
    undefined,
    locksOut
      ? `Saved ${input.name}. With the new email they are signed out and their old links stop working: send them a new set-password link.`
      : `Saved ${input.name}.`,
  );
}
