import "server-only";
import { inArray, max } from "drizzle-orm";
import { stageEvents, type Stage } from "@/db/schema";
import type { Db, Tx } from "@/db/client";

/** How long after a move its Undo still counts as one (the toast offers Undo for a few seconds). */
export const UNDO_WINDOW_MS = 2 * 60_000;

/** The move an Undo takes back: from where to where, and when the application had entered where it came from. */
export type UndoneMove = { eventId: number; fromStage: Stage; toStage: Stage; fromEnteredAt: Date | null };

/**
 * The moves a move back to `to` undoes: for each application whose latest stage event is the
 * viewer's own move out of `to`, less than UNDO_WINDOW_MS ago, that event. Applications moved
 * since (by anyone), long ago, or by someone else are absent: their move back is an ordinary move.
 * One read for all of them.
 *
 * An undone move gives back the time the application had entered `to` (kept on the event), so its
 * days in stage (and the stale lists) are what they were before the mistake, however many times
 * it was moved and put back; its event names the move it takes back (undoes_id), so the furthest
 * stage reached and the client's latest move are as if neither had been made; and whoever made the move may take it back even where the stage
 * rules would not let them make the way back (`mayUndoOwnMove`: a hiring manager's rejection).
 */
export function movesUndoneBy(tx: Tx | Db, applicationIds: number[], to: Stage, now: Date, actorId: number): Map<number, UndoneMove> {
  const latest = tx
    .select({ id: max(stageEvents.id) })
    .from(stageEvents)
    .where(inArray(stageEvents.applicationId, applicationIds))
    .groupBy(stageEvents.applicationId);
  const events = tx
    .select({
      id: stageEvents.id,
      applicationId: stageEvents.applicationId,
      actorId: stageEvents.actorId,
      fromStage: stageEvents.fromStage,
      toStage: stageEvents.toStage,
      fromEnteredAt: stageEvents.fromEnteredAt,
      undoesId: stageEvents.undoesId,
      createdAt: stageEvents.createdAt,
    })
    .from(stageEvents)
    .where(inArray(stageEvents.id, latest))
    .all();
  const undone = new Map<number, UndoneMove>();
  for (const e of events) {
    // An Undo is not itself undone (no notice offers it): the move back is an ordinary move.
    if (e.undoesId !== null || e.fromStage !== to || e.actorId !== actorId || now.getTime() - e.createdAt.getTime() > UNDO_WINDOW_MS) continue;
    undone.set(e.applicationId, { eventId: e.id, fromStage: e.fromStage, toStage: e.toStage, fromEnteredAt: e.fromEnteredAt });
  }
  return undone;
}
