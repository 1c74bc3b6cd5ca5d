import "server-only";
import { notFound } from "next/navigation";
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
 * page answers 404, exactly as for a page that does not exist.
 */
export async function requirePermission(permission: Permission, page: string): Promise<Viewer> {
  const viewer = await requireUser();
  if (!can(viewer, permission)) {
    await auditRefusal(viewer, { page, permission });
    notFound();
  }
  return viewer;
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
