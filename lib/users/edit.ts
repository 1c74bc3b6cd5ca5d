import "server-only";
import { and, eq, ne } from "drizzle-orm";
import { db } from "@/lib/db";
import { users } from "@/db/schema";
import { Conflict, fail, isUniqueViolation, notFound, ok, type ActionContext, type ActionResult } from "@/lib/action";
import { EMAIL_TAKEN, STALE } from "./client-users";
import { getClientUser, getUserForAdmin } from "./queries";
import { isAgencyKind, type EditUserInput } from "./schemas";

const CORRECT = "Please correct the highlighted fields.";

/**
 * An admin corrects anyone (from /settings/users); a recruiter corrects a client's people (from the
 * client page), and finds no agency user this way. The kind changes only between recruiter and
 * admin, and never one's own: an admin cannot take their own admin rights away by mistake.
 */
export function editUser(input: EditUserInput, from: "admin" | "client-page", { viewer, audit }: ActionContext): ActionResult {
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
  if (changed.includes("email")) {
    const taken = db()
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.email, input.email), ne(users.id, target.id)))
      .get();
    if (taken) return fail(CORRECT, { email: EMAIL_TAKEN });
  }
  try {
    db().transaction((tx) => {
      const written = tx
        .update(users)
        .set({ ...changes, version: input.version + 1 })
        .where(and(eq(users.id, target.id), eq(users.version, input.version)))
        .run().changes;
      if (written === 0) throw new Conflict(STALE);
      audit(tx, {
        action: from === "admin" ? "user.update" : "client-user.update",
        entityType: "user",
        entityId: target.id,
        // Which fields, not their values: the audit log keeps no one's old email.
        details: { fields: changed, ...(changed.includes("kind") ? { kind: { from: target.kind, to: kind } } : {}) },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) return fail(CORRECT, { email: EMAIL_TAKEN });
    throw error;
  }
  return ok(undefined, `Saved ${input.name}.`);
}
