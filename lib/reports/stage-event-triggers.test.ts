import { describe, expect, it } from "vitest";
import { funnelStages, type Stage } from "@/db/schema";
import { db } from "@/lib/db";
import { makeApplication, makeOrg, makeRole, makeViewer } from "@/lib/testing/factories";

// Migration 0011's trigger keeps three things on every stage event: when the previous stay ended,
// the furthest funnel stage reached, and the last move by a client's user. Checked against what the
// events themselves say, after ordinary inserts.
const sqlite = () => db().$client;
const event = (applicationId: number, from: Stage | null, to: Stage, actorId: number, at: number) =>
  sqlite()
    .prepare("insert into stage_events (application_id, from_stage, to_stage, actor_id, created_at, updated_at) values (?, ?, ?, ?, ?, ?)")
    .run(applicationId, from, to, actorId, at, at);
const appRow = (id: number) =>
  sqlite().prepare("select reached_rank rank, client_moved_at moved from applications where id = ?").get(id) as { rank: number; moved: number | null };
const stays = (id: number) =>
  sqlite().prepare("select to_stage stage, created_at at, left_at leftAt from stage_events where application_id = ? order by id").all(id) as {
    stage: Stage;
    at: number;
    leftAt: number | null;
  }[];

describe("the reports' trigger on stage_events", () => {
  const agency = makeOrg("agency");
  const client = makeOrg("client");
  const recruiter = makeViewer("recruiter", agency);
  const manager = makeViewer("hiring_manager", client);
  const role = makeRole(client, recruiter);

  it("closes each stay when the next one starts, and leaves the current one open", () => {
    const app = makeApplication(role, "sourced", false);
    const before = stays(app.id).length;
    event(app.id, "sourced", "screening", recruiter.id, 1_000);
    event(app.id, "screening", "interviewing", recruiter.id, 5_000);
    const rows = stays(app.id).slice(before);
    expect(rows).toEqual([
      { stage: "screening", at: 1_000, leftAt: 5_000 },
      { stage: "interviewing", at: 5_000, leftAt: null },
    ]);
  });

  it("keeps the furthest funnel stage, counting a skipped stage as reached and never going back", () => {
    const app = makeApplication(role, "sourced", false);
    event(app.id, "sourced", "submitted", recruiter.id, 1_000);
    expect(appRow(app.id).rank).toBe(funnelStages.indexOf("submitted"));
    event(app.id, "submitted", "rejected", recruiter.id, 2_000);
    event(app.id, "rejected", "screening", recruiter.id, 3_000);
    expect(appRow(app.id).rank).toBe(funnelStages.indexOf("submitted"));
    for (const stage of funnelStages) {
      event(app.id, null, stage, recruiter.id, 4_000);
      expect(appRow(app.id).rank, stage).toBe(Math.max(funnelStages.indexOf("submitted"), funnelStages.indexOf(stage)));
    }
  });

  it("notes a move to client interview, offer or rejected by the client's people, not by the agency", () => {
    const app = makeApplication(role, "submitted");
    event(app.id, "submitted", "client_interview", recruiter.id, 1_000);
    expect(appRow(app.id).moved).toBeNull();
    event(app.id, "submitted", "client_interview", manager.id, 2_000);
    expect(appRow(app.id).moved).toBe(2_000);
    event(app.id, "client_interview", "offer", recruiter.id, 3_000);
    expect(appRow(app.id).moved).toBe(2_000);
    event(app.id, "offer", "rejected", manager.id, 4_000);
    expect(appRow(app.id).moved).toBe(4_000);
  });
});
