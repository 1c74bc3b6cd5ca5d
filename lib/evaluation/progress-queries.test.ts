import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { applications, candidates, interviewers, interviews, roleLoops, roles, scorecards, type InterviewStatus, type Stage } from "@/db/schema";
import { makeOrg, makeViewer } from "@/lib/testing/factories";
import type { Viewer } from "@/lib/auth/current-user";
import { loopProgress } from "./progress-queries";
import { describeRaised, raisedFlags } from "./raised-flags";

let agency: ReturnType<typeof makeOrg>;
let recruiter: Viewer;
let interviewer: Viewer;
let admin: Viewer;
let hiringManager: Viewer;
let otherHiringManager: Viewer;
let clientViewer: Viewer;
const many: number[] = [];
let tracked: number; // role A (own loop of 3), submitted: two held (one owed by the hiring manager), one booked, flags
let unsubmitted: number; // role A, screening: agency only
let otherCompany: number; // role B (no loop: the senior default of 5), submitted

let n = 0;
function application(roleId: number, stage: Stage, submitted: boolean) {
  const c = db()
    .insert(candidates)
    .values({ name: `c${++n}`, email: `c${n}@progress.test`, emailNormalized: `c${n}@progress.test`, source: "sourced" })
    .returning()
    .get();
  return db()
    .insert(applications)
    .values({ roleId, candidateId: c.id, stage, submittedAt: submitted ? new Date() : null })
    .returning()
    .get().id;
}
function interview(applicationId: number, status: InterviewStatus, people: Viewer[]) {
  const id = db()
    .insert(interviews)
    .values({ applicationId, kind: "coding", startsAt: new Date(), durationMinutes: 60, status, createdById: recruiter.id })
    .returning()
    .get().id;
  for (const p of people) db().insert(interviewers).values({ interviewId: id, userId: p.id }).run();
  return id;
}
function scorecard(
  interviewId: number,
  applicationId: number,
  by: Viewer,
  flags: string[],
  extra: { revision?: number; supersededAt?: Date; status?: "draft" } = {},
) {
  db()
    .insert(scorecards)
    .values({
      interviewId,
      applicationId,
      interviewerId: by.id,
      status: extra.status ?? "submitted",
      redFlags: JSON.stringify(flags),
      revision: extra.revision ?? 1,
      supersededAt: extra.supersededAt,
    })
    .run();
}

beforeAll(() => {
  agency = makeOrg("agency");
  const clientA = makeOrg("client");
  const clientB = makeOrg("client");
  recruiter = makeViewer("recruiter", agency);
  interviewer = makeViewer("recruiter", agency);
  admin = makeViewer("admin", agency);
  hiringManager = makeViewer("hiring_manager", clientA);
  otherHiringManager = makeViewer("hiring_manager", clientB);
  clientViewer = makeViewer("client_viewer", clientA);
  const roleA = db().insert(roles).values({ clientId: clientA.id, title: "Lead", type: "lead", status: "open", ownerId: recruiter.id }).returning().get().id;
  const roleB = db()
    .insert(roles)
    .values({ clientId: clientB.id, title: "Senior", type: "senior", status: "open", ownerId: recruiter.id })
    .returning()
    .get().id;
  db()
    .insert(roleLoops)
    .values({ roleId: roleA, plan: JSON.stringify(["coding", "systems_design", "references"]), weights: "{}", checklist: "[]" })
    .run();

  tracked = application(roleA, "client_interview", true);
  const first = interview(tracked, "completed", [interviewer, hiringManager]);
  scorecard(first, tracked, interviewer, ["Blames others", "Vague answers to trade-off questions"]);
  scorecard(first, tracked, hiringManager, ["Blames others"], { status: "draft" }); // a draft is still owed, and its flags do not count
  const second = interview(tracked, "completed", [interviewer]);
  // Amended: only the current version's flags count.
  scorecard(second, tracked, interviewer, ["Blames others", "Poor hiring history", "No mentorship examples"], { supersededAt: new Date() });
  scorecard(second, tracked, interviewer, ["Poor hiring history"], { revision: 2 });
  interview(tracked, "scheduled", [recruiter]);
  interview(tracked, "canceled", [interviewer]);
  many.push(tracked);
  for (let i = 0; i < 29; i++) many.push(application(roleA, "submitted", true));
  unsubmitted = application(roleA, "screening", false);
  otherCompany = application(roleB, "submitted", true);
  interview(otherCompany, "completed", [interviewer]);
});

describe("loopProgress", () => {
  it("reads thirty applications in one statement", () => {
    // Every statement run goes through one of these (drizzle's and raw ones alike).
    const proto = Object.getPrototypeOf(db().$client.prepare("select 1")) as Record<"all" | "get" | "run" | "iterate", () => unknown>;
    const spies = (["all", "get", "run", "iterate"] as const).map((m) => vi.spyOn(proto, m));
    const progress = loopProgress(admin, many);
    const runs = spies.reduce((total, s) => total + s.mock.calls.length, 0);
    for (const s of spies) s.mockRestore();
    expect(progress.size).toBe(30);
    expect(runs).toBe(1);
  });

  it("counts done against the role's own plan, scorecards due, scheduled, and the current red flags", () => {
    expect(loopProgress(admin, [tracked]).get(tracked)).toEqual({ done: 2, planned: 3, scheduled: 1, due: 1, redFlags: 3 });
    // No own loop: the role type's template (a senior's plan has five interviews).
    expect(loopProgress(admin, [otherCompany]).get(otherCompany)).toEqual({ done: 1, planned: 5, scheduled: 0, due: 1, redFlags: 0 });
    expect(loopProgress(admin, [many[1]]).get(many[1])).toEqual({ done: 0, planned: 3, scheduled: 0, due: 0, redFlags: 0 });
  });

  it("counts a scheduled interview that is over as owing its scorecards, as /interviews does", () => {
    // The booked interview began as this file set up and lasts an hour: two hours on, nobody has marked it held.
    const later = new Date(Date.now() + 2 * 3_600_000);
    expect(loopProgress(admin, [tracked], later).get(tracked)).toEqual({ done: 2, planned: 3, scheduled: 1, due: 2, redFlags: 3 });
  });

  it("hides the red flags from a recruiter who still owes a scorecard there (the blind rule), not the rest", () => {
    expect(loopProgress(recruiter, [tracked]).get(tracked)).toMatchObject({ done: 2, due: 1, redFlags: null });
    expect(loopProgress(interviewer, [tracked]).get(tracked)).toMatchObject({ redFlags: 3 });
  });

  it("gives a hiring manager their company's submitted applications only, without red flags", () => {
    const progress = loopProgress(hiringManager, [tracked, unsubmitted, otherCompany]);
    expect([...progress.keys()]).toEqual([tracked]);
    expect(progress.get(tracked)).toEqual({ done: 2, planned: 3, scheduled: 1, due: 1, redFlags: null });
    expect(loopProgress(otherHiringManager, [tracked, ...many]).size).toBe(0);
    expect(loopProgress(otherHiringManager, [otherCompany]).get(otherCompany)).toMatchObject({ done: 1, redFlags: null });
  });

  it("gives a client viewer nothing, and the agency every application it asks for", () => {
    expect(loopProgress(clientViewer, [tracked, ...many]).size).toBe(0);
    expect([...loopProgress(recruiter, [tracked, unsubmitted, otherCompany]).keys()].sort()).toEqual([tracked, unsubmitted, otherCompany].sort());
    expect(loopProgress(recruiter, []).size).toBe(0);
  });
});

describe("raisedFlags", () => {
  it("names each red flag of the current submitted scorecards with who raised it, for the agency, under the blind rule", () => {
    const name = interviewer.name;
    expect(raisedFlags(admin, [tracked, otherCompany]).get(tracked)).toEqual([
      { flag: "Blames others", by: [name] },
      { flag: "Poor hiring history", by: [name] },
      { flag: "Vague answers to trade-off questions", by: [name] },
    ]);
    expect(raisedFlags(admin, [otherCompany]).has(otherCompany)).toBe(false);
    // Owing a scorecard there, the recruiter sees none; a hiring manager never sees them one by one.
    expect(raisedFlags(recruiter, [tracked]).size).toBe(0);
    expect(raisedFlags(hiringManager, [tracked]).size).toBe(0);
    expect(describeRaised(raisedFlags(interviewer, [tracked]).get(tracked)!)).toBe(
      `Blames others (${name}); Poor hiring history (${name}); Vague answers to trade-off questions (${name})`,
    );
  });
});
