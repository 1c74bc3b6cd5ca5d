import "server-only";
import { loginPathFor } from "./return-to";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { decode } from "next-auth/jwt";
import { and, eq, isNull, lte, notExists, or, sql } from "drizzle-orm";
import { type Db } from "@/db/client";
import { prepared } from "@/lib/db";
import { organizations, revokedSessions, users, type OrganizationKind, type UserKind } from "@/db/schema";
import { settings } from "@/lib/config";
import { sessionWindow, type SessionTimes } from "./session-window";

const SESSION_COOKIES = ["__Secure-authjs.session-token", "authjs.session-token"];

type Claims = SessionTimes & { sub?: string; jti?: string; sid?: string };

// Decrypting a token costs a key derivation and several WebCrypto calls; a user sends the same
// cookie with every request, so successfully decrypted tokens are remembered (bounded, and only
// until they expire). Whether the user is still active or signed out is still read per request.
const decoded = new Map<string, Claims>();
const DECODED_MAX = 5_000;

/**
 * The session token's claims, decrypted straight from the cookie. Auth.js's auth() would run its
 * whole request handler (and re-encrypt the token) on every page; this is the same check — the
 * same secret, salt and expiry — at a fraction of the cost.
 */
async function sessionClaims(): Promise<Claims | null> {
  const jar = await cookies();
  for (const name of SESSION_COOKIES) {
    const token = jar.get(name)?.value;
    if (!token) continue;
    const key = `${name}=${token}`;
    let claims = decoded.get(key);
    if (!claims) {
      try {
        claims = (await decode({ token, secret: process.env.AUTH_SECRET ?? "", salt: name })) ?? undefined;
      } catch {
        claims = undefined;
      }
      if (!claims) return null;
      if (decoded.size >= DECODED_MAX) decoded.delete(decoded.keys().next().value!);
      decoded.set(key, claims);
    }
    // Idle for longer than SESSION_IDLE_MINUTES, or 12 hours since sign-in: over.
    if (!sessionWindow(claims, Date.now(), settings().sessionIdleMinutes * 60_000).valid) {
      decoded.delete(key);
      return null;
    }
    return claims;
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

// Prepared once: this runs on every request.
const viewerQuery = () => prepared("viewer", buildViewerQuery);
function buildViewerQuery(database: Db) {
  return database
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
        eq(users.id, sql.placeholder("id")),
        eq(users.active, true),
        or(isNull(users.sessionsValidFrom), lte(users.sessionsValidFrom, sql.placeholder("authAt"))),
        notExists(
          database
            .select({ one: sql`1` })
            .from(revokedSessions)
            .where(eq(revokedSessions.jti, sql.placeholder("jti"))),
        ),
      ),
    )
    .prepare();
}

/**
 * The signed-in, active user for this request, read from the database (cached per request).
 * A deactivated user, a session older than the user's last deactivation or password reset, or a
 * revoked token gets null, so they are signed out on their next request.
 */
export const currentUser = cache(async (): Promise<Viewer | null> => {
  const claims = await sessionClaims();
  const id = Number(claims?.sub);
  if (!Number.isInteger(id) || id <= 0) return null;
  // The session's id: kept across the cookies the proxy re-issues (a token from before it existed has only its jti).
  const jti = typeof claims?.sid === "string" ? claims.sid : typeof claims?.jti === "string" ? claims.jti : null;
  const authAt = typeof claims?.authAt === "number" ? claims.authAt : 0;
  const row = viewerQuery().get({ id, jti: jti ?? "", authAt: authAt });
  return row ? { ...row, sessionId: jti } : null;
});

/** For pages: the viewer, or a redirect to sign-in that comes back to this page (an expired or revoked session). */
export async function requireUser(): Promise<Viewer> {
  const viewer = await currentUser();
  if (!viewer) redirect(loginPathFor((await headers()).get("x-return-to") ?? "/"));
  return viewer;
}
