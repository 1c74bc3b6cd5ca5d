import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { applications, auditLog, stageEvents, users } from "@/db/schema";
import type { Viewer } from "@/lib/auth/current-user";
import { clientMoves } from "@/lib/home/client-moves";
import { REFUSALS_PER_WINDOW, SIGNED_OUT_PER_WINDOW } from "@/lib/access/refusals";
import { makeApplication, makeOrg, makeRole, makeViewer } from "@/lib/testing/factories";

// "Mark as seen" on the home's client moves, posted as a caller would: whoever the test signs in.
const session = vi.hoisted(() => ({ viewer: null as Viewer | null, ip: "10.2.3.4" }));
vi.mock("@/lib/auth/current-user", () => ({ currentUser: async () => session.viewer }));
vi.mock("@/lib/auth", () => ({ signOut: async () => {} }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ host: "trialboard.test", "x-forwarded-for": session.ip }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { markClientMovesSeenAction } = await import("./actions");

const agency = makeOrg("agency");
const client = makeOrg("client", "Seen Client");
const hm = makeViewer("hiring_manager", client);

function clientMove(owner: { id: number }) {
  const app = makeApplication(makeRole(client, owner), "submitted");
  const at = new Date(Date.now() - 3_600_000);
  db().update(applications).set({ stage: "client_interview", stageChangedAt: at }).where(eq(applications.id, app.id)).run();
  db()
    .insert(stageEvents)
    .values({ applicationId: app.id, fromStage: "submitted", toStage: "client_interview", actorId: hm.id, createdAt: at, updatedAt: at })
    .run();
}

const audits = (userId: number) => db().select().from(auditLog).where(eq(auditLog.actorId, userId)).all();
const user = (id: number) => db().select({ seenAt: users.clientMovesSeenAt, version: users.version }).from(users).where(eq(users.id, id)).get()!;

describe("mark the client moves as seen", () => {
  it("sets the mark to when the list was drawn, bumps the version, audits it, and the list empties", async () => {
    const riley = makeViewer("recruiter", agency);
    clientMove(riley);
    expect(clientMoves(riley, new Date()).rows).toHaveLength(1);
    session.viewer = riley;
    const shownAt = Date.now() - 1000;
    const result = await markClientMovesSeenAction(null, { version: 1, shownAt });
    expect(result).toMatchObject({ ok: true, message: expect.stringMatching(/^Marked as seen/) });
    expect(user(riley.id)).toEqual({ seenAt: new Date(shownAt), version: 2 });
    expect(audits(riley.id)).toMatchObject([
      {
        action: "home.client-moves-seen",
        entityType: "user",
        entityId: String(riley.id),
        ip: "10.2.3.4",
        details: { seenAt: new Date(shownAt).toISOString() },
      },
    ]);
    expect(clientMoves(riley, new Date()).rows).toEqual([]);
  });

  it("refuses bad input field by field, and writes nothing", async () => {
    const riley = makeViewer("recruiter", agency);
    session.viewer = riley;
    const result = await markClientMovesSeenAction(null, { version: "x" as unknown as number, shownAt: Date.now() + 3_600_000 });
    expect(result).toMatchObject({ ok: false, fieldErrors: { version: expect.any(String), shownAt: expect.stringMatching(/future/) } });
    expect(user(riley.id)).toEqual({ seenAt: null, version: 1 });
    expect(audits(riley.id)).toEqual([]);
  });

  it("a stale version (marked in another tab) is a conflict, and nothing is written", async () => {
    const riley = makeViewer("recruiter", agency);
    session.viewer = riley;
    const result = await markClientMovesSeenAction(null, { version: 7, shownAt: Date.now() });
    expect(result).toMatchObject({ ok: false, conflict: true, message: expect.stringMatching(/another tab/) });
    expect(user(riley.id)).toEqual({ seenAt: null, version: 1 });
    expect(audits(riley.id)).toEqual([]);
  });

  it.each(["hiring_manager", "client_viewer"] as const)("a %s posting it is answered not found (audited as refused)", async (kind) => {
    const viewer = makeViewer(kind, client);
    session.viewer = viewer;
    const result = await markClientMovesSeenAction(null, { version: 1, shownAt: Date.now() });
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/^Not found/) });
    expect(user(viewer.id)).toEqual({ seenAt: null, version: 1 });
    expect(audits(viewer.id).map((a) => a.action)).toEqual(["access.denied"]);
  });

  it("signed out, it is refused and audited with no actor: ten rows a minute per address, a hundred in all", async () => {
    session.viewer = null;
    const anonymous = () =>
      db()
        .select()
        .from(auditLog)
        .all()
        .filter((a) => a.actorId === null && a.action === "access.denied");
    const before = anonymous().length;
    const post = async (ip: string) => {
      session.ip = ip;
      const result = await markClientMovesSeenAction(null, { version: 1, shownAt: Date.now() });
      expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/session has ended/) });
    };
    for (let i = 0; i < 12; i++) await post("10.2.3.4");
    let rows = anonymous().slice(before);
    expect(rows).toHaveLength(REFUSALS_PER_WINDOW);
    expect(rows[0]).toMatchObject({ ip: "10.2.3.4", details: { action: "home:mark-client-moves-seen", permission: "home:owned-roles", signedOut: true } });
    // Another address has its own ten.
    for (let i = 0; i < 12; i++) await post("10.9.9.9");
    rows = anonymous().slice(before);
    expect(rows.filter((r) => r.ip === "10.9.9.9")).toHaveLength(REFUSALS_PER_WINDOW);
    // Many addresses: the log takes a hundred rows a minute in all, no more.
    for (let i = 0; i < 30; i++) for (let k = 0; k < 5; k++) await post(`10.50.0.${i}`);
    expect(anonymous().slice(before)).toHaveLength(SIGNED_OUT_PER_WINDOW);
    session.ip = "10.2.3.4";
  });
});
