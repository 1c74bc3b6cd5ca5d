import "server-only";
import { db } from "@/lib/db";
import { revokedSessions } from "@/db/schema";
import type { ActionContext } from "@/lib/action";
import { SESSION_MAX_AGE_SECONDS } from "./index";

/** Revokes the viewer's session token server-side (so a copied cookie stops working) and audits it. */
export function revokeCurrentSession({ viewer, audit }: ActionContext): void {
  db().transaction((tx) => {
    if (viewer.sessionId) {
      tx.insert(revokedSessions)
        .values({ jti: viewer.sessionId, userId: viewer.id, expiresAt: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000) })
        .onConflictDoNothing()
        .run();
    }
    audit(tx, { action: "auth.sign-out", entityType: "user", entityId: viewer.id });
  });
}
