import { db } from "@/lib/db";
import { organizations, users, type UserKind } from "@/db/schema";
import type { ActionContext } from "@/lib/action";
import { writeAudit } from "@/lib/audit";
import type { Viewer } from "@/lib/auth/current-user";

// Small builders for unit tests that run against the real (temporary) database.

let n = 0;

export function makeOrg(kind: "agency" | "client", name = `Org ${++n}`) {
  return db().insert(organizations).values({ kind, name }).returning().get();
}

export function makeViewer(kind: UserKind, org: { id: number; name: string; kind: "agency" | "client" }): Viewer {
  const user = db()
    .insert(users)
    .values({ organizationId: org.id, kind, name: `${kind} ${++n}`, email: `${kind}${n}@test.test`, passwordHash: "x" })
    .returning()
    .get();
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    kind,
    organizationId: org.id,
    organizationName: org.name,
    organizationKind: org.kind,
    sessionId: null,
  };
}

export function contextFor(viewer: Viewer): ActionContext {
  return { viewer, ip: "127.0.0.1", audit: (tx, entry) => writeAudit(tx, { ...entry, actorId: viewer.id, ip: "127.0.0.1" }) };
}
