import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { and, eq, isNull, lte, notExists, or } from "drizzle-orm";
import { db } from "@/db/client";
import { organizations, revokedSessions, users, type OrganizationKind, type UserKind } from "@/db/schema";
import { auth } from "./index";

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
  const session = await auth();
  const id = Number(session?.user?.id);
  if (!Number.isInteger(id) || id <= 0) return null;
  const jti = session?.jti ?? null;
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
        or(isNull(users.sessionsValidFrom), lte(users.sessionsValidFrom, new Date(session?.authAt ?? 0))),
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
