import { auditLog } from "@/db/schema";
import type { Db, Tx } from "@/db/client";

export type AuditEntry = {
  actorId?: number | null;
  action: string;
  entityType?: string;
  entityId?: string | number | null;
  ip?: string | null;
  details?: Record<string, unknown>;
};

/** Writes one audit row; pass the transaction handle so it commits with the change it records. */
export function writeAudit(handle: Db | Tx, entry: AuditEntry): void {
  handle
    .insert(auditLog)
    .values({
      actorId: entry.actorId ?? null,
      action: entry.action,
      entityType: entry.entityType ?? null,
      entityId: entry.entityId == null ? null : String(entry.entityId),
      ip: entry.ip ?? null,
      details: entry.details ?? null,
    })
    .run();
}
