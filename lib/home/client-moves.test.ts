import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { applications, stageEvents, users, type Stage } from "@/db/schema";
import { makeApplication, makeOrg, makeRole, makeViewer } from "@/lib/testing/factories";
import { clientMoveIds, clientMoves } from "./client-moves";

const now = new Date("2026-11-24T12:00:00Z");
const HOUR = 3_600_000;
const ago = (hours: number) => new Date(now.getTime() - hours * HOUR);

const agency = makeOrg("agency");
const client = makeOrg("client", "Moves Client");
const riley = makeViewer("recruiter", agency);
const sam = makeViewer("recruiter", agency);
const jordan = makeViewer("hiring_manager", client);

/** A move as the app writes it: the stage, and its stage event (whose trigger keeps client_moved_at). */
function move(applicationId: number, from: Stage, to: Stage, by: { id: number }, at: Date) {
  db().update(applications).set({ stage: to, stageChangedAt: at }).where(eq(applications.id, applicationId)).run();
  db().insert(stageEvents).values({ applicationId, fromStage: from, toStage: to, actorId: by.id, createdAt: at, updatedAt: at }).run();
}

const rileysRole = makeRole(client, riley);
const samsRole = makeRole(client, sam);
const interview = makeApplication(rileysRole, "submitted").id;
const offer = makeApplication(rileysRole, "client_interview").id;
const byRecruiter = makeApplication(rileysRole, "client_interview").id;
const samsMove = makeApplication(samsRole, "submitted").id;
const old = makeApplication(rileysRole, "submitted").id;
const rejected = makeApplication(rileysRole, "offer").id;
move(interview, "submitted", "client_interview", jordan, ago(48));
move(offer, "client_interview", "offer", jordan, ago(1));
move(byRecruiter, "client_interview", "offer", riley, ago(2));
move(samsMove, "submitted", "client_interview", jordan, ago(3));
move(old, "submitted", "rejected", jordan, ago(20 * 24));
move(rejected, "offer", "rejected", jordan, ago(30));
// After the client's offer, the recruiter starts the trial: still the client's move to show, now in Trial.
move(offer, "offer", "trial", riley, ago(0.5));

describe("moves by the client on a recruiter's home", () => {
  it("lists the client's moves to client interview, offer or rejected in the viewer's roles from the last 14 days, newest first", () => {
    const moves = clientMoves(riley, now);
    expect(moves.rows.map((r) => r.applicationId)).toEqual([offer, rejected, interview]);
    expect(moves.rows[0]).toMatchObject({ movedTo: "offer", stage: "trial", movedBy: jordan.name, clientName: "Moves Client", movedAt: ago(1) });
    expect(moves.rows[1]).toMatchObject({ movedTo: "rejected", stage: "rejected" });
    expect(moves).toMatchObject({ marked: false, more: false, since: ago(14 * 24), version: 1 });
  });

  it("after the viewer's mark, only the moves since it", () => {
    db()
      .update(users)
      .set({ clientMovesSeenAt: ago(36) })
      .where(eq(users.id, riley.id))
      .run();
    const moves = clientMoves(riley, now);
    expect(moves.rows.map((r) => r.applicationId)).toEqual([offer, rejected]);
    expect(moves).toMatchObject({ marked: true, since: ago(36) });
    db().update(users).set({ clientMovesSeenAt: null }).where(eq(users.id, riley.id)).run();
  });

  it("shows the limit and says there are more", () => {
    const moves = clientMoves(riley, now, 2);
    expect(moves.rows.map((r) => r.applicationId)).toEqual([offer, rejected]);
    expect(moves.more).toBe(true);
  });

  it("another recruiter sees their own roles' moves; someone owning no role sees none", () => {
    expect(clientMoves(sam, now).rows.map((r) => r.applicationId)).toEqual([samsMove]);
    expect(clientMoves(makeViewer("admin", agency), now).rows).toEqual([]);
  });

  it("when the agency-wide walk is cut short, the viewer's own roles find the older moves (same answer as a walk of everything)", () => {
    // Many newer moves in Sam's roles, then Riley's: a walk of 3 rows finds none of Riley's.
    for (let i = 0; i < 6; i++) {
      const a = makeApplication(samsRole, "submitted").id;
      move(a, "submitted", "client_interview", jordan, ago(0.1 + i / 100));
    }
    const since = ago(14 * 24).getTime();
    const everything = clientMoveIds(riley, since, 3, 100_000).map((h) => h.id);
    expect(everything).toEqual([offer, rejected, interview]);
    expect(clientMoveIds(riley, since, 3, 3).map((h) => h.id)).toEqual(everything);
    expect(clientMoveIds(riley, since, 2, 3).map((h) => h.id)).toEqual(everything.slice(0, 2));
  });
});
