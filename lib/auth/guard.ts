import "server-only";
import { notFound } from "next/navigation";
import { db } from "@/db/client";
import { writeAudit } from "@/lib/audit";
import { can, type Permission } from "@/lib/authz";
import { requestIp } from "@/lib/request";
import { requireUser, type Viewer } from "./current-user";

/**
 * For pages: the viewer if they hold the permission. Otherwise the refusal is audited and the
 * page answers 404, exactly as for a page that does not exist.
 */
/** Records a refused request (route handlers answer it with 404, like a record that does not exist). */
export async function auditRefusal(viewer: Viewer | null, details: Record<string, unknown>): Promise<void> {
  writeAudit(db(), { actorId: viewer?.id ?? null, action: "access.denied", ip: await requestIp(), details });
}

export async function requirePermission(permission: Permission, page: string): Promise<Viewer> {
  const viewer = await requireUser();
  if (!can(viewer, permission)) {
    writeAudit(db(), { actorId: viewer.id, action: "access.denied", ip: await requestIp(), details: { page, permission } });
    notFound();
  }
  return viewer;
}
