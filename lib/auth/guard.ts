import "server-only";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { can, type Permission } from "@/lib/access";
import { recordSignedOutRefusal } from "@/lib/access/refusals";
import { requestIp } from "@/lib/request";
import { currentUser, requireUser, type Viewer } from "./current-user";

/** Records a refused request, which is then answered 404 like a record that does not exist. */
async function auditRefusal(viewer: Viewer, details: Record<string, unknown>): Promise<void> {
  writeAudit(db(), { actorId: viewer.id, action: "access.denied", ip: await requestIp(), details });
}

/**
 * For pages: the viewer if they hold the permission. Otherwise the refusal is audited and the
 * page answers 404, exactly as for a page that does not exist. Once per request (React's cache):
 * a page and its title ask it, and a refusal is one audit row.
 */
export const requirePermission = cache(async (permission: Permission, page: string): Promise<Viewer> => {
  const viewer = await requireUser();
  if (!can(viewer, permission)) {
    await auditRefusal(viewer, { page, permission });
    notFound();
  }
  return viewer;
});

/**
 * A page's fixed title, for its `generateMetadata`: given only to viewers who may open the page,
 * so anyone else's tab reads "Page not found", as the page does, not the name of what they may not see.
 */
export function titleFor(permission: Permission, page: string, title: string): () => Promise<Metadata> {
  return async () => {
    await requirePermission(permission, page);
    return { title };
  };
}

/**
 * For route handlers: the signed-in viewer if they hold the permission, else null, which the
 * handler answers with 404. The refusal is audited (signed out: with no actor, throttled per address).
 */
export async function permittedViewer(permission: Permission, route: string): Promise<Viewer | null> {
  const viewer = await currentUser();
  if (!viewer) {
    await recordSignedOutRefusal({ route, permission });
    return null;
  }
  if (!can(viewer, permission)) {
    await auditRefusal(viewer, { route, permission });
    return null;
  }
  return viewer;
}
