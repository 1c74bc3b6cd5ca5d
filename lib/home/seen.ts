import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db";
import { users } from "@/db/schema";
import { Conflict, ok, type ActionContext, type ActionResult } from "@/lib/action";
import { versionSchema, wholeNumber } from "@/lib/validation";

// "Mark as seen" on the home's client moves: the viewer's mark moves up to the moment the list
// they read was drawn (not the click): a move that arrives while they read stays unseen.

/** A little slack for clocks: the page's time comes from this server, but a request may cross a second boundary. */
const FUTURE_SLACK_MS = 60_000;

export const markClientMovesSeenSchema = z.object({
  version: versionSchema,
  /** When the list was drawn (ms since the epoch). */
  shownAt: wholeNumber({ min: 1, max: Number.MAX_SAFE_INTEGER, message: "Reload the page and try again." }).refine(
    (t) => t <= Date.now() + FUTURE_SLACK_MS,
    "That time is in the future: reload the page and try again.",
  ),
});
export type MarkClientMovesSeenInput = z.infer<typeof markClientMovesSeenSchema>;

export const CLIENT_MOVES_SEEN_CONFLICT = "Your list changed in another tab or window; reload to see what is new.";

export function markClientMovesSeen(input: MarkClientMovesSeenInput, ctx: ActionContext): ActionResult {
  const seenAt = new Date(Math.min(input.shownAt, Date.now()));
  db().transaction((tx) => {
    const changed = tx
      .update(users)
      .set({ clientMovesSeenAt: seenAt, version: sql`${users.version} + 1` })
      .where(and(eq(users.id, ctx.viewer.id), eq(users.version, input.version)))
      .run().changes;
    if (changed === 0) throw new Conflict(CLIENT_MOVES_SEEN_CONFLICT);
    ctx.audit(tx, { action: "home.client-moves-seen", entityType: "user", entityId: ctx.viewer.id, details: { seenAt: seenAt.toISOString() } });
  });
  return ok(undefined, "Marked as seen. New moves by clients will show here.");
}
