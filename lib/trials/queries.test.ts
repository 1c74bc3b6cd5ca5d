import { and, eq, fillPlaceholders } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { auditLog } from "@/db/schema";
import { refusalsWritten } from "@/lib/access/refusals";
import { scopeParams } from "@/lib/access/scope";
import { makeApplication, makeOrg, makeRole, makeViewer } from "@/lib/testing/factories";
import { makeCheckIn, makeGoal, makeTrial, setClientZone } from "@/lib/testing/trial-factories";
import { decidedQueries } from "./list";
import { getTrial, listTrials, portalTrials, trialsNeedingAttention, TRIALS_PAGE_SIZE } from "./queries";

// Who sees which trial and which check-ins: agency × client people of A and B × trials of A and B.
const now = new Date("2026-11-07T09:00:00Z"); // day 6 of a trial started 2 Nov

type V = ReturnType<typeof makeViewer>;
let people: Record<"admin" | "recruiter" | "hmA" | "viewerA" | "hmB" | "viewerB", V>;
let trialA: { id: number };
let trialB: { id: number };
let internalA: { id: number };
let sharedA: { id: number };

beforeAll(() => {
  const agency = makeOrg("agency");
  const a = makeOrg("client", "Company A");
  const b = makeOrg("client", "Company B");
  setClientZone(a, "Europe/Berlin");
  people = {
    admin: makeViewer("admin", agency),
    recruiter: makeViewer("recruiter", agency),
    hmA: makeViewer("hiring_manager", a),
    viewerA: makeViewer("client_viewer", a),
    hmB: makeViewer("hiring_manager", b),
    viewerB: makeViewer("client_viewer", b),
  };
  trialA = makeTrial(makeApplication(makeRole(a, people.recruiter), "trial"), people.recruiter);
  trialB = makeTrial(makeApplication(makeRole(b, people.recruiter), "trial"), people.recruiter);
  makeGoal(trialA, 1, 0, { by: people.hmA });
  makeGoal(trialA, 1, 1);
  makeGoal(trialA, 2, 0);
  internalA = makeCheckIn(trialA, people.recruiter, { on: "2026-11-06", sentiment: "at_risk", visibility: "internal", note: "Internal worry" });
  sharedA = makeCheckIn(trialA, people.hmA, { on: "2026-11-04", sentiment: "on_track", visibility: "shared" });
  makeCheckIn(trialB, people.hmB, { on: "2026-11-03", visibility: "shared" });
});

const ids = (rows: { id: number }[]) => rows.map((r) => r.id).sort();

describe("who sees which trial", () => {
  it.each([
    ["admin", ["A", "B"]],
    ["recruiter", ["A", "B"]],
    ["hmA", ["A"]],
    ["viewerA", ["A"]],
    ["hmB", ["B"]],
    ["viewerB", ["B"]],
  ] as const)("%s lists %j", (who, expected) => {
    const list = listTrials(people[who], {}, now);
    expect(ids(list.rows)).toEqual(expected.map((x) => (x === "A" ? trialA.id : trialB.id)).sort());
    expect(list.total).toBe(expected.length);
  });

  it.each([
    ["admin", true, true],
    ["recruiter", true, true],
    ["hmA", true, false],
    ["viewerA", true, false],
    ["hmB", false, true],
    ["viewerB", false, true],
  ] as const)("%s opens A: %s, B: %s by id", async (who, seesA, seesB) => {
    expect(getTrial(people[who], trialA.id, now) !== null).toBe(seesA);
    expect(getTrial(people[who], trialB.id, now) !== null).toBe(seesB);
  });

  it("a refused trial id is audited as access.denied and answers not found", async () => {
    expect(getTrial(people.viewerB, trialA.id, now)).toBeNull();
    await refusalsWritten();
    const rows = db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorId, people.viewerB.id), eq(auditLog.action, "access.denied"), eq(auditLog.entityType, "trial")))
      .all();
    expect(rows.map((r) => r.entityId)).toContain(String(trialA.id));
  });
});

describe("which check-ins", () => {
  it.each([
    ["admin", true],
    ["recruiter", true],
    ["hmA", false],
    ["viewerA", false],
  ] as const)("%s reads the internal check-in: %s", (who, internal) => {
    const trial = getTrial(people[who], trialA.id, now)!;
    expect(trial.checkIns.map((c) => c.id)).toEqual(internal ? [internalA.id, sharedA.id] : [sharedA.id]);
    expect(trial.checkIns.every((c) => internal || c.visibility === "shared")).toBe(true);
  });

  it("the list's latest sentiment and the check-in flag follow only visible check-ins", () => {
    const agency = listTrials(people.recruiter, {}, now).rows.find((r) => r.id === trialA.id)!;
    const client = listTrials(people.viewerA, {}, now).rows.find((r) => r.id === trialA.id)!;
    expect(agency.latestSentiment).toBe("at_risk");
    expect(client.latestSentiment).toBe("on_track");
    // 6 Nov is a day ago for the agency; the client's latest visible is 4 Nov, 3 days ago.
    expect(agency.days.flags).not.toContain("no_check_in");
    expect(client.days.flags).toContain("no_check_in");
  });

  it("never sends contact details of the candidate", () => {
    const trial = getTrial(people.viewerA, trialA.id, now)! as Record<string, unknown>;
    expect(JSON.stringify(trial)).not.toMatch(/@x\.test/);
  });
});

describe("the list", () => {
  it("counts goals met and places the day in the client's zone", () => {
    const row = listTrials(people.recruiter, {}, now).rows.find((r) => r.id === trialA.id)!;
    expect([row.goalsDone, row.goalsTotal, row.days.label]).toEqual([1, 3, "Day 6 of 14"]);
  });

  it("filters by client and owner only for the agency", () => {
    const clientB = getTrial(people.admin, trialB.id, now)!.clientId;
    expect(ids(listTrials(people.admin, { client: clientB }, now).rows)).toEqual([trialB.id]);
    expect(ids(listTrials(people.hmA, { client: clientB }, now).rows)).toEqual([trialA.id]);
  });

  it("filters by status and flag", () => {
    expect(listTrials(people.admin, { status: "decided" }, now).total).toBe(0);
    expect(listTrials(people.admin, { status: "active" }, now).total).toBe(2);
    expect(listTrials(people.admin, { status: "upcoming" }, now).total).toBe(0);
    expect(ids(listTrials(people.admin, { flag: "no_check_in" }, now).rows)).toEqual([trialB.id]);
  });

  it("sorts what needs attention first, and decided after the undecided", () => {
    const agency = makeOrg("agency");
    const client = makeOrg("client");
    const recruiter = makeViewer("recruiter", agency);
    const viewer = makeViewer("client_viewer", client);
    const role = makeRole(client, recruiter);
    const t = (startsOn: string, endsOn: string, outcome: "converted" | null = null) =>
      makeTrial(makeApplication(role, "trial"), recruiter, { startsOn, endsOn, outcome }).id;
    const decided = t("2026-10-01", "2026-10-15", "converted");
    const upcoming = t("2026-11-10", "2026-11-24");
    const active = t("2026-11-06", "2026-11-20");
    const overdue = t("2026-10-20", "2026-11-03");
    const due = t("2026-10-25", "2026-11-08");
    const list = listTrials(viewer, {}, now);
    expect(list.rows.map((r) => r.id)).toEqual([overdue, due, active, upcoming, decided]);
    expect(listTrials(viewer, { status: "decision_due" }, now).rows.map((r) => r.id)).toEqual([overdue, due]);
    expect(trialsNeedingAttention(viewer, now).rows.map((r) => r.id)).toEqual([overdue, due]);
    const portal = portalTrials(viewer, now);
    expect([portal.current.map((r) => r.id), portal.decided.map((r) => r.id)]).toEqual([[overdue, due, active, upcoming], [decided]]);
  });

  it("counts every decided trial for the agency (the kept count) as count(*) would", () => {
    const agency = makeOrg("agency");
    const client = makeOrg("client");
    const recruiter = makeViewer("recruiter", agency);
    const role = makeRole(client, recruiter);
    makeTrial(makeApplication(role, "hired"), recruiter, { startsOn: "2026-10-01", endsOn: "2026-10-15", outcome: "converted" });
    const decided = () => (db().$client.prepare("select count(*) n from trials where outcome is not null").get() as { n: number }).n;
    const undecided = () => (db().$client.prepare("select count(*) n from trials where outcome is null").get() as { n: number }).n;
    expect(listTrials(recruiter, {}, now).total).toBe(decided() + undecided());
    expect(listTrials(recruiter, { status: "decided" }, now).total).toBe(decided());
  });

  it("pages TRIALS_PAGE_SIZE (25) at a time, the decided after the undecided, newest decision first", () => {
    const agency = makeOrg("agency");
    const client = makeOrg("client");
    const recruiter = makeViewer("recruiter", agency);
    const viewer = makeViewer("hiring_manager", client);
    const role = makeRole(client, recruiter);
    for (let i = 0; i < TRIALS_PAGE_SIZE + 2; i++) makeTrial(makeApplication(role, "trial"), recruiter, { startsOn: "2026-11-06", endsOn: "2026-11-20" });
    const decided = [1, 3, 2].map(
      (daysAgo) =>
        makeTrial(makeApplication(role, "hired"), recruiter, {
          startsOn: "2026-10-01",
          endsOn: "2026-10-15",
          outcome: "converted",
          decidedAt: new Date(now.getTime() - daysAgo * 86_400_000),
        }).id,
    );
    const first = listTrials(viewer, {}, now);
    const second = listTrials(viewer, { page: 2 }, now);
    expect(TRIALS_PAGE_SIZE).toBe(25);
    expect([first.total, first.pages, first.rows.length, second.rows.length]).toEqual([TRIALS_PAGE_SIZE + 5, 2, TRIALS_PAGE_SIZE, 5]);
    expect(second.rows.slice(2).map((r) => r.id)).toEqual([decided[0], decided[2], decided[1]]);
    expect(second.rows[0].candidateName).toMatch(/^Candidate/);
  });
});

describe("a company's trials, read for the portal", () => {
  it("the latest check-in a viewer may read gives the sentiment: of two on one day the one written last, on the undecided and the decided alike", () => {
    const agency = makeOrg("agency");
    const client = makeOrg("client");
    const recruiter = makeViewer("recruiter", agency);
    const hm = makeViewer("hiring_manager", client);
    const role = makeRole(client, recruiter);
    const active = makeTrial(makeApplication(role, "trial"), recruiter, { startsOn: "2026-11-02", endsOn: "2026-11-16" });
    const decided = makeTrial(makeApplication(role, "hired"), recruiter, { startsOn: "2026-10-01", endsOn: "2026-10-15", outcome: "converted" });
    for (const trial of [active, decided]) {
      makeCheckIn(trial, hm, { on: "2026-11-05", sentiment: "off_track", visibility: "shared" });
      makeCheckIn(trial, hm, { on: "2026-11-05", sentiment: "on_track", visibility: "shared" });
      makeCheckIn(trial, hm, { on: "2026-11-04", sentiment: "at_risk", visibility: "shared" });
      // The agency's own, newer and internal: theirs to read, never the client's.
      makeCheckIn(trial, recruiter, { on: "2026-11-06", sentiment: "at_risk", visibility: "internal" });
    }
    const portal = portalTrials(hm, now);
    expect([...portal.current, ...portal.decided].map((r) => [r.id, r.latestSentiment])).toEqual([
      [active.id, "on_track"],
      [decided.id, "on_track"],
    ]);
    const agencyRows = listTrials(recruiter, { client: client.id }, now).rows;
    expect(agencyRows.map((r) => [r.id, r.latestSentiment])).toEqual([
      [active.id, "at_risk"],
      [decided.id, "at_risk"],
    ]);
  });

  it("are read newest first by walking trials_client_decided_idx, stopping after the page, not by sorting them all", () => {
    const { sql, params } = decidedQueries(people.hmA, { key: "all", where: undefined }).ids.getQuery();
    const plan = (
      db()
        .$client.prepare(`explain query plan ${sql}`)
        .all(...(fillPlaceholders(params, { ...scopeParams(people.hmA), limit: 8, offset: 0 }) as unknown[])) as { detail: string }[]
    )
      .map((p) => p.detail)
      .join("\n");
    expect(plan).toMatch(/SEARCH trials USING (COVERING )?INDEX trials_client_decided_idx \(client_id=\?\)/);
    expect(plan).not.toMatch(/TEMP B-TREE/);
  });
});
