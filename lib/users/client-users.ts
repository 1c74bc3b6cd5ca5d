import "server-only";
import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { db } from "@/lib/db";
import { users } from "@/db/schema";
import { Conflict, fail, isUniqueViolation, notFound, ok, type ActionContext, type ActionResult } from "@/lib/action";
import { can } from "@/lib/access";
import { hashPassword } from "@/lib/auth/password";
import { issuePasswordToken, linkEndedAt, voidPasswordTokens } from "@/lib/auth/password-tokens";
import { getClient } from "@/lib/clients/queries";
import { getClientUser } from "./queries";
import { EMAIL_TAKEN, STALE } from "./messages";
import { CLIENT_KINDS, type CreateClientUserInput } from "./schemas";

// A client's people (hiring managers and client viewers), managed by recruiters and admins from
// the client page. Their first password is never typed by the agency: they get a one-time link
// (lib/auth/password-tokens.ts), shown once to whoever created it, to pass on.

/** What a command that issues a link returns: the token goes into the link shown once, nowhere else. */
export type IssuedLink = { userId: number; name: string; token: string; expiresAt: number };

export async function createClientUser(
  input: CreateClientUserInput,
  { viewer, audit }: ActionContext,
  now: number = Date.now(),
): Promise<ActionResult<IssuedLink>> {
  if (!can(viewer, "client-users:manage")) return notFound();
  // Checked here too: the admin's form reaches this with any kind.
  if (!CLIENT_KINDS.includes(input.kind)) {
    return fail("Please correct the highlighted fields.", {
      kind: "A client's people are hiring managers or client viewers; agency users are added by an admin",
    });
  }
  const client = getClient(viewer, input.organizationId);
  if (!client) return fail("Please correct the highlighted fields.", { organizationId: "Choose a client company" });
  const taken = db().select({ id: users.id }).from(users).where(eq(users.email, input.email)).get();
  if (taken) return fail("Please correct the highlighted fields.", { email: EMAIL_TAKEN });

  // Nobody knows this password: they cannot sign in until they set their own through the link,
  // and a sign-in attempt costs the same hash check as anyone else's.
  const passwordHash = await hashPassword(randomBytes(32).toString("base64url"));
  const create = () =>
    db().transaction((tx) => {
      const row = tx
        .insert(users)
        .values({ organizationId: client.id, kind: input.kind, name: input.name, email: input.email, title: input.title || null, passwordHash })
        .returning({ id: users.id })
        .get();
      audit(tx, { action: "client-user.create", entityType: "user", entityId: row.id, details: { kind: input.kind, organizationId: client.id } });
      const link = issuePasswordToken(tx, { userId: row.id, createdById: viewer.id }, now);
      audit(tx, { action: "client-user.password-link", entityType: "user", entityId: row.id, details: { expiresAt: link.expiresAt.toISOString() } });
      return { userId: row.id, name: input.name, token: link.token, expiresAt: link.expiresAt.getTime() };
    });
  try {
    return ok(create(), `Created ${input.name}. Pass the set-password link on to them.`);
  } catch (error) {
    if (isUniqueViolation(error)) return fail("Please correct the highlighted fields.", { email: EMAIL_TAKEN });
    throw error;
  }
}

/** A new set-password link for a client user (a lost link, an expired one, a forgotten password); their earlier links stop working. */
export function sendPasswordLink({ userId }: { userId: number }, { viewer, audit }: ActionContext, now: number = Date.now()): ActionResult<IssuedLink> {
  const target = getClientUser(viewer, userId, now);
  if (!target) return notFound();
  if (!target.active) return fail(`${target.name} is deactivated; reactivate them first.`);
  const link = db().transaction((tx) => {
    const issued = issuePasswordToken(tx, { userId, createdById: viewer.id }, now);
    audit(tx, { action: "client-user.password-link", entityType: "user", entityId: userId, details: { expiresAt: issued.expiresAt.toISOString() } });
    return issued;
  });
  return ok({ userId, name: target.name, token: link.token, expiresAt: link.expiresAt.getTime() }, `New set-password link for ${target.name}.`);
}

/** Deactivating signs them out everywhere (sessions and unused links end); reactivating lets them sign in again with their password. */
export function setClientUserActive(
  { userId, version }: { userId: number; version: number },
  active: boolean,
  { viewer, audit }: ActionContext,
  now: number = Date.now(),
): ActionResult {
  const target = getClientUser(viewer, userId, now);
  if (!target) return notFound();
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
    audit(tx, { action: active ? "client-user.reactivate" : "client-user.deactivate", entityType: "user", entityId: userId });
    return active && linkEndedAt(tx, userId, before?.deactivatedAt ?? null);
  });
  return ok(undefined, statusMessage(target.name, active, needsLink));
}

/** What a status change says; a reactivated client user whose link ended with the deactivation is told to get a new one. */
export function statusMessage(name: string, active: boolean, needsLink: boolean): string {
  if (!active) return `${name} is deactivated and signed out.`;
  return needsLink ? `${name} is active again. Their set-password link ended when they were deactivated: send them a new link.` : `${name} is active again.`;
}
