import "server-only";
import { and, eq } from "drizzle-orm";
import { db } from "@/lib/db";
import { organizations, users } from "@/db/schema";
import { Conflict, fail, isUniqueViolation, notFound, ok, type ActionContext, type ActionResult } from "@/lib/action";
import { hashPassword } from "@/lib/auth/password";
import { linkEndedAt, voidPasswordTokens } from "@/lib/auth/password-tokens";
import { createClientUser, statusMessage, type IssuedLink } from "./client-users";
import { EMAIL_TAKEN, STALE } from "./messages";
import { getUserForAdmin } from "./queries";
import { isAgencyKind, type CreateUserInput } from "./schemas";

/** The admin's "Add a user": an agency user with the password typed, or a client user through the same link flow as the client page. */
export async function createUser(input: CreateUserInput, ctx: ActionContext): Promise<ActionResult<{ userId: number; name: string } | IssuedLink>> {
  const { audit } = ctx;
  const org = db().select().from(organizations).where(eq(organizations.id, input.organizationId)).get();
  if (!org) return fail("Please correct the highlighted fields.", { organizationId: "Choose a client" });
  if ((org.kind === "agency") !== isAgencyKind(input.kind)) {
    return fail("Please correct the highlighted fields.", {
      kind: org.kind === "agency" ? "Agency users are admins or recruiters" : "Client users are hiring managers or client viewers",
    });
  }
  const taken = db().select({ id: users.id }).from(users).where(eq(users.email, input.email)).get();
  if (taken) return fail("Please correct the highlighted fields.", { email: EMAIL_TAKEN });

  // The list shows a page of users: the toast offers the new one.
  const show = { href: `/settings/users?q=${encodeURIComponent(input.email)}`, label: `Show ${input.name}` };
  if (org.kind === "client") {
    const created = await createClientUser(input, ctx);
    return created.ok ? ok(created.data, created.message, show) : created;
  }
  // The schema requires it for agency kinds.
  const passwordHash = await hashPassword(input.password!);
  const insert = () =>
    db().transaction((tx) => {
      const row = tx
        .insert(users)
        .values({ organizationId: org.id, kind: input.kind, name: input.name, email: input.email, title: input.title || null, passwordHash })
        .returning({ id: users.id })
        .get();
      audit(tx, { action: "user.create", entityType: "user", entityId: row.id, details: { kind: input.kind, organizationId: org.id } });
      return { userId: row.id, name: input.name };
    });
  try {
    return ok(insert(), `Created ${input.name}.`, show);
  } catch (error) {
    if (isUniqueViolation(error)) return fail("Please correct the highlighted fields.", { email: EMAIL_TAKEN });
    throw error;
  }
}

export function setUserActive({ userId, version }: { userId: number; version: number }, active: boolean, { viewer, audit }: ActionContext): ActionResult {
  const target = getUserForAdmin(viewer, userId);
  if (!target) return notFound();
  if (!active && target.id === viewer.id) return fail("You cannot deactivate your own account.");
  // One moment for the deactivation and the links it ends, so a reactivation can tell (linkEndedAt).
  const now = Date.now();
  const needsLink = db().transaction((tx) => {
    const before = active ? tx.select({ deactivatedAt: users.deactivatedAt }).from(users).where(eq(users.id, userId)).get() : undefined;
    const changed = tx
      .update(users)
      .set(
        active
          ? { active, deactivatedAt: null, version: version + 1 }
          : { active, deactivatedAt: new Date(now), sessionsValidFrom: new Date(now), version: version + 1 },
      )
      .where(and(eq(users.id, userId), eq(users.version, version)))
      .run().changes;
    if (changed === 0) throw new Conflict(STALE);
    if (!active) voidPasswordTokens(tx, userId, now);
    audit(tx, { action: active ? "user.reactivate" : "user.deactivate", entityType: "user", entityId: userId });
    return active && target.organizationKind === "client" && linkEndedAt(tx, userId, before?.deactivatedAt ?? null);
  });
  return ok(undefined, statusMessage(target.name, active, needsLink));
}

export async function resetPassword(
  { userId, version, password }: { userId: number; version: number; password: string },
  { viewer, audit }: ActionContext,
): Promise<ActionResult> {
  const target = getUserForAdmin(viewer, userId);
  if (!target) return notFound();
  // A client user's password is theirs alone to choose (issue #10): they get a link instead.
  if (target.organizationKind === "client") return fail(`${target.name} sets their own password: send them a new set-password link.`);
  const passwordHash = await hashPassword(password);
  db().transaction((tx) => {
    const changed = tx
      .update(users)
      .set({ passwordHash, sessionsValidFrom: new Date(), version: version + 1 })
      .where(and(eq(users.id, userId), eq(users.version, version)))
      .run().changes;
    if (changed === 0) throw new Conflict(STALE);
    audit(tx, { action: "user.reset-password", entityType: "user", entityId: userId });
  });
  return ok(undefined, `Password reset for ${target.name}.`);
}
