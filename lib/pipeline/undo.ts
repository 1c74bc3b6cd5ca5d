import "server-only";
import { desc, eq } from "drizzle-orm";
import { stageEvents, type Stage } from "@/db/schema";
import type { Tx } from "@/db/client";

/** How long after a move its Undo still puts the clock back (the toast offers Undo for a few seconds). */
export const UNDO_WINDOW_MS = 2 * 60_000;

/**
 * For a move that undoes the one just made: when an application's latest stage event is that move
 * — out of `to`, the stage it now goes back to, less than UNDO_WINDOW_MS ago — the time it had
 * entered `to` (kept on the event), so its days in stage (and the stale lists) are what they were
 * before the mistake, however many times it was moved and put back. Applications moved since, or
 * long ago, are absent: their move back is an ordinary move, dated now.
 */
export function enteredBeforeUndoneMove(tx: Tx, applicationIds: number[], to: Stage, now: Date): Map<number, Date> {
  const entered = new Map<number, Date>();
  for (const id of applicationIds) {
    const last = tx
      .select({ fromStage: stageEvents.fromStage, fromEnteredAt: stageEvents.fromEnteredAt, createdAt: stageEvents.createdAt })
      .from(stageEvents)
      .where(eq(stageEvents.applicationId, id))
      .orderBy(desc(stageEvents.id))
      .limit(1)
      .get();
    if (!last?.fromEnteredAt || last.fromStage !== to || now.getTime() - last.createdAt.getTime() > UNDO_WINDOW_MS) continue;
    entered.set(id, last.fromEnteredAt);
  }
  return entered;
}
