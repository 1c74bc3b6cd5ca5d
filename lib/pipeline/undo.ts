import "server-only";
import { inArray, max } from "drizzle-orm";
import { stageEvents, type Stage } from "@/db/schema";
import type { Tx } from "@/db/client";

/** How long after a move its Undo still puts the clock back (the toast offers Undo for a few seconds). */
export const UNDO_WINDOW_MS = 2 * 60_000;

/**
 * For a move that undoes the one just made: when an application's latest stage event is that move
 * — out of `to`, the stage it now goes back to, less than UNDO_WINDOW_MS ago — the time it had
 * entered `to` (kept on the event), so its days in stage (and the stale lists) are what they were
 * before the mistake, however many times it was moved and put back. Applications moved since, or
 * long ago, are absent: their move back is an ordinary move, dated now. One read for all of them.
 */
export function enteredBeforeUndoneMove(tx: Tx, applicationIds: number[], to: Stage, now: Date): Map<number, Date> {
  const latest = tx
    .select({ id: max(stageEvents.id) })
    .from(stageEvents)
    .where(inArray(stageEvents.applicationId, applicationIds))
    .groupBy(stageEvents.applicationId);
  const events = tx
    .select({
      applicationId: stageEvents.applicationId,
      fromStage: stageEvents.fromStage,
      fromEnteredAt: stageEvents.fromEnteredAt,
      createdAt: stageEvents.createdAt,
    })
    .from(stageEvents)
    .where(inArray(stageEvents.id, latest))
    .all();
  const entered = new Map<number, Date>();
  for (const e of events) {
    if (!e.fromEnteredAt || e.fromStage !== to || now.getTime() - e.createdAt.getTime() > UNDO_WINDOW_MS) continue;
    entered.set(e.applicationId, e.fromEnteredAt);
  }
  return entered;
}
