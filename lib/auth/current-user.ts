import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { decode } from "next-auth/jwt";
import { and, eq, isNull, lte, notExists, or } from "drizzle-orm";
import { db } from "@/db/client";
import { organizations, revokedSessions, users, type OrganizationKind, type UserKind } from "@/db/schema";

const SESSION_COOKIES = ["__Secure-authjs.session-token", "authjs.session-token"];

/**
 * The session token's claims, decrypted straight from the cookie. Auth.js's auth() would run its
 * whole request handler (and re-encrypt the token) on every page; this is the same check — the
 * same secret, salt and expiry — at a fraction of the cost.
 */
async function sessionClaims(): Promise<{ sub?: string; jti?: string; authAt?: unknown } | null> {
  const jar = await cookies();
  for (const name of SESSION_COOKIES) {
    const token = jar.get(name)?.value;
    if (!token) continue;
    try {
      return await decode({ token, secret: process.env.AUTH_SECRET ?? "", salt: name });
    } catch {
      return null;
    }
  }
  return null;
}

export type Viewer = {
  id: number;
  name: string;
  email: string;
  kind: UserKind;
  organizationId: number;
  organizationName: string;
  organizationKind: OrganizationKind;
  sessionId: string | null;
};

/**
 * The signed-in, active user for this request, read from the database (cached per request).
 * A deactivated user, a session older than the user's last deactivation or password reset, or a
 * revoked token gets null, so they are signed out on their next request.
 */
export const currentUser = cache(async (): Promise<Viewer | null> => {
  const claims = await sessionClaims();
  const id = Number(claims?.sub);
  if (!Number.isInteger(id) || id <= 0) return null;
  const jti = typeof claims?.jti === "string" ? claims.jti : null;
  const authAt = typeof claims?.authAt === "number" ? claims.authAt : 0;
  const row = db()
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      kind: users.kind,
      organizationId: users.organizationId,
      organizationName: organizations.name,
      organizationKind: organizations.kind,
    })
    .from(users)
    .innerJoin(organizations, eq(organizations.id, users.organizationId))
    .where(
      and(
        eq(users.id, id),
        eq(users.active, true),
        or(isNull(users.sessionsValidFrom), lte(users.sessionsValidFrom, new Date(authAt))),
        jti ? notExists(db().select().from(revokedSessions).where(eq(revokedSessions.jti, jti))) : undefined,
      ),
    )
    .get();
  return row ? { ...row, sessionId: jti } : null;
});

/** For pages: the viewer, or a redirect to sign-in. */
export async function requireUser(): Promise<Viewer> {
  const viewer = await currentUser();
  if (!viewer) redirect("/login");
  return viewer;
}
