import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { inArray } from "drizzle-orm";
import { candidates, checklistTicks, references } from "@/db/schema";
import type { Viewer } from "@/lib/auth/current-user";
import { makeApplication, makeInterview, makeOrg, makeRole, makeScorecard, makeViewer } from "@/lib/testing/factories";
import { compareApplications } from "./compare";
import { COMPARE_PAGE_SIZE, compareViewSchema } from "./compare-sort";
import { formatRecommendations } from "./format";
import { getEvaluationSummary } from "./summary";

let admin: Viewer, r: Viewer, a2: Viewer, hm: Viewer, colleague: Viewer, otherHm: Viewer, clientViewer: Viewer;
let role: { id: number; type: "senior" };

beforeAll(() => {
  const agency = makeOrg("agency");
  const client = makeOrg("client");
  admin = makeViewer("admin", agency);
  r = makeViewer("recruiter", agency);
  a2 = makeViewer("recruiter", agency);
  hm = makeViewer("hiring_manager", client);
  colleague = makeViewer("hiring_manager", client);
  otherHm = makeViewer("hiring_manager", makeOrg("client"));
  clientViewer = makeViewer("client_viewer", client);
  role = { ...makeRole(client, r, "senior"), type: "senior" };
});

/** An application with A2's submitted scorecard (technical depth 4, system design 2, a flag) and R owing one on the same interview. */
function evaluated(stage: "interviewing" | "client_interview" = "client_interview") {
  const app = makeApplication(role, stage);
  const interview = makeInterview(app, [r, a2]);
  makeScorecard(interview, a2, {
    status: "submitted",
    ratings: '{"technical_depth":4,"system_design":2}',
    redFlags: '["Blames others"]',
    recommendation: "yes",
  });
  return { app, interview, detail: { id: app.id, role } };
}

describe("the evaluation summary", () => {
  it("is hidden while the viewer owes a scorecard on the application, shown once they submit", () => {
    const { interview, detail } = evaluated();
    expect(getEvaluationSummary(r, detail)).toBeNull();
    makeScorecard(interview, r, { status: "draft", ratings: '{"technical_depth":1}' });
    expect(getEvaluationSummary(r, detail)).toBeNull();
    makeScorecard(interview, r, { status: "submitted", revision: 2, ratings: '{"technical_depth":2}', recommendation: "strong_no" });
    const summary = getEvaluationSummary(r, detail)!;
    expect(summary.scorecards).toBe(2);
    expect(summary.means).toEqual({ technical_depth: 3, system_design: 2 });
    expect(summary.recommendations).toEqual({ yes: 1, strong_no: 1 });
  });

  it("weights by the role and re-scores by each role type, with coverage", () => {
    const { detail } = evaluated();
    const summary = getEvaluationSummary(admin, detail)!;
    // Senior: (25·4 + 15·2) / 40 = 3.25 → 3.3, over 40% of the weight.
    expect(summary.score).toEqual({ score: 3.3, coverage: 0.4 });
    expect(summary.asType.senior).toEqual(summary.score);
    // Lead: (10·4 + 15·2) / 25 = 2.8; EM: (5·4 + 5·2) / 10 = 3.
    expect(summary.asType.lead).toEqual({ score: 2.8, coverage: 0.25 });
    expect(summary.asType.engineering_manager).toEqual({ score: 3, coverage: 0.1 });
  });

  it("names red flags and who raised them for the agency; a hiring manager gets the count only", () => {
    const { detail } = evaluated();
    makeScorecard(makeInterview({ id: detail.id }, [r]), r, { status: "submitted", ratings: '{"technical_depth":2}', recommendation: "no" });
    expect(getEvaluationSummary(admin, detail)!.redFlags).toEqual({ count: 1, raised: [{ flag: "Blames others", by: [a2.name] }] });
    expect(getEvaluationSummary(hm, detail)!.redFlags).toEqual({ count: 1, raised: undefined });
  });

  it("a hiring manager sees a mean only when it does not rest on one interviewer's rating, and the score only over the means shown", () => {
    const { detail } = evaluated();
    makeScorecard(makeInterview({ id: detail.id }, [r]), r, { status: "submitted", ratings: '{"technical_depth":2}', recommendation: "no" });
    const forHm = getEvaluationSummary(hm, detail)!;
    expect(forHm.means).toEqual({ technical_depth: 3 });
    expect(forHm.withheld).toEqual(["system_design"]);
    // Senior weights technical depth 25: over it alone, the score is its mean. Over system design
    // too, with its weight on the page, the score would give A2's single rating back.
    expect(forHm.score).toEqual({ score: 3, coverage: 0.25 });
    expect(forHm.asType.lead).toEqual({ score: 3, coverage: 0.1 });
    expect(forHm.recommendations).toEqual({ yes: 1, no: 1 });
    expect(getEvaluationSummary(admin, detail)!).toMatchObject({ means: { technical_depth: 3, system_design: 2 }, withheld: [], score: { score: 2.6 } });
  });

  it("with one agency scorecard, a hiring manager gets nothing that is that interviewer's alone", () => {
    const { detail } = evaluated();
    expect(getEvaluationSummary(hm, detail)).toMatchObject({
      scorecards: 1,
      means: {},
      withheld: ["technical_depth", "system_design"],
      score: { score: null },
      recommendations: null,
      redFlags: { count: null },
    });
  });

  it("a hiring manager who interviewed cannot take their own rating away to read the other interviewer's", () => {
    const app = makeApplication(role, "client_interview");
    const interview = makeInterview(app, [a2, hm]);
    makeScorecard(interview, a2, { status: "submitted", ratings: '{"technical_depth":4}', recommendation: "strong_yes", redFlags: '["Blames others"]' });
    makeScorecard(interview, hm, { status: "submitted", ratings: '{"technical_depth":3,"culture_fit":2}', recommendation: "yes" });
    const forHm = getEvaluationSummary(hm, { id: app.id, role })!;
    // Culture fit is their own rating alone: no one else's shows through it.
    expect(forHm.means).toEqual({ culture_fit: 2 });
    expect(forHm.withheld).toEqual(["technical_depth"]);
    expect(forHm.recommendations).toBeNull();
    expect(forHm.redFlags.count).toBeNull();
    expect(getEvaluationSummary(admin, { id: app.id, role })!).toMatchObject({
      means: { technical_depth: 3.5, culture_fit: 2 },
      recommendations: { strong_yes: 1, yes: 1 },
    });
  });

  it("counts a colleague of the hiring manager as someone they can read: an agency rating beside theirs is withheld", () => {
    const app = makeApplication(role, "client_interview");
    const interview = makeInterview(app, [a2, colleague]);
    makeScorecard(interview, a2, { status: "submitted", ratings: '{"technical_depth":4}', recommendation: "strong_yes", redFlags: '["Blames others"]' });
    makeScorecard(interview, colleague, { status: "submitted", ratings: '{"technical_depth":2}', recommendation: "no" });
    expect(getEvaluationSummary(hm, { id: app.id, role })).toMatchObject({
      means: {},
      withheld: ["technical_depth"],
      recommendations: null,
      redFlags: { count: null },
    });
  });

  it("counts people, not scorecards: one agency interviewer on two interviews is still one person", () => {
    const app = makeApplication(role, "client_interview");
    makeScorecard(makeInterview(app, [a2]), a2, { status: "submitted", ratings: '{"technical_depth":4}', recommendation: "strong_yes" });
    makeScorecard(makeInterview(app, [a2]), a2, { status: "submitted", ratings: '{"technical_depth":3}', recommendation: "yes" });
    expect(getEvaluationSummary(hm, { id: app.id, role })).toMatchObject({ means: {}, withheld: ["technical_depth"], recommendations: null });
    // A second agency interviewer: two people, shown.
    makeScorecard(makeInterview(app, [r]), r, { status: "submitted", ratings: '{"technical_depth":1}', recommendation: "no" });
    expect(getEvaluationSummary(hm, { id: app.id, role })).toMatchObject({
      means: { technical_depth: 8 / 3 },
      withheld: [],
      recommendations: { strong_yes: 1, yes: 1, no: 1 },
    });
  });

  it("is never given to another company, a client viewer, or a client before submission", () => {
    const { detail } = evaluated();
    expect(getEvaluationSummary(otherHm, detail)).toBeNull();
    expect(getEvaluationSummary(clientViewer, detail)).toBeNull();
    expect(getEvaluationSummary(hm, evaluated("interviewing").detail)).toBeNull();
  });

  it("an amended scorecard counts once, as amended", () => {
    const { interview, detail } = evaluated();
    makeScorecard(interview, r, { status: "submitted", ratings: '{"technical_depth":1}', supersededAt: new Date() });
    makeScorecard(interview, r, { status: "submitted", revision: 2, ratings: '{"technical_depth":4}' });
    expect(getEvaluationSummary(admin, detail)!.means.technical_depth).toBe(4);
  });

  it("formats recommendations strongest first", () => {
    expect(formatRecommendations({ yes: 2, strong_yes: 1, no: 1 })).toBe("1 strong yes · 2 yes · 1 no");
    expect(formatRecommendations({})).toBe("");
  });
});

describe("the comparison view", () => {
  it("lists the role's applications from interviewing on, hiding scores the viewer owes a scorecard on", () => {
    const cmpRole = { ...makeRole(makeOrg("client"), r, "senior"), type: "senior" as const };
    const early = makeApplication(cmpRole, "screening");
    const strong = makeApplication(cmpRole, "offer");
    const weak = makeApplication(cmpRole, "interviewing");
    const owed = makeApplication(cmpRole, "submitted");
    const i1 = makeInterview(strong, [a2]);
    makeScorecard(i1, a2, { status: "submitted", ratings: '{"technical_depth":4}', recommendation: "strong_yes", redFlags: '["Blames others","Buzzwords"]' });
    const i2 = makeInterview(weak, [a2]);
    makeScorecard(i2, a2, { status: "submitted", ratings: '{"technical_depth":2}', recommendation: "no" });
    const i3 = makeInterview(owed, [a2, r]);
    makeScorecard(i3, a2, { status: "submitted", ratings: '{"technical_depth":3}', recommendation: "yes", redFlags: '["Vague answers"]' });
    db().insert(checklistTicks).values({ applicationId: strong.id, item: "Deep coding exercise", evidence: "Pairing" }).run();
    db().insert(checklistTicks).values({ applicationId: strong.id, item: "Not on the checklist", evidence: "x" }).run();
    for (const outcome of ["positive", "positive", "mixed"] as const)
      db()
        .insert(references)
        .values({ applicationId: strong.id, name: "Ref", relationship: "Manager", createdById: r.id, outcome, completedAt: new Date() })
        .run();

    const view = (q: Record<string, string> = {}) => compareViewSchema.parse(q);
    const { rows, total, pages } = compareApplications(r, cmpRole, view());
    expect({ total, pages }).toEqual({ total: 3, pages: 1 });
    expect(rows.map((x) => x.applicationId).sort()).toEqual([strong.id, weak.id, owed.id].sort());
    expect(rows.some((x) => x.applicationId === early.id)).toBe(false);
    const byId = new Map(rows.map((x) => [x.applicationId, x]));
    expect(byId.get(strong.id)).toMatchObject({
      visible: true,
      score: { score: 4, coverage: 0.25 },
      recommendations: { strong_yes: 1 },
      redFlags: 2,
      checklist: { ticked: 1, total: 5 },
      references: { positive: 2, mixed: 1 },
    });
    expect(byId.get(owed.id)).toMatchObject({ visible: false, scorecards: 0, score: { score: null }, means: {}, recommendations: {}, redFlags: 0 });
    // Scored under another type's template weights, the same ratings give another score.
    const asLead = compareApplications(r, cmpRole, view({ as: "lead" })).rows.find((x) => x.applicationId === weak.id)!;
    expect(byId.get(weak.id)!.score).toEqual({ score: 2, coverage: 0.25 });
    expect(asLead.score.score).toBe(2);
    expect(asLead.score.coverage).toBeCloseTo(0.1);
    // The admin, interviewing on none of them, sees every score.
    expect(compareApplications(admin, cmpRole, view()).rows.find((x) => x.applicationId === owed.id)).toMatchObject({
      visible: true,
      scorecards: 1,
      score: { score: 3 },
      means: { technical_depth: 3 },
      recommendations: { yes: 1 },
      redFlags: 1,
    });
    // Clients have no comparison view at all.
    expect(compareApplications(hm, cmpRole, view()).rows).toEqual([]);

    const sorted = (q: Record<string, string>) => compareApplications(r, cmpRole, view(q)).rows.map((x) => x.applicationId);
    expect(sorted({})).toEqual([strong.id, weak.id, owed.id]);
    expect(sorted({ sort: "score", dir: "asc" })).toEqual([weak.id, strong.id, owed.id]);
    expect(sorted({ sort: "flags" })).toEqual([strong.id, weak.id, owed.id]);
    expect(sorted({ sort: "stage", dir: "asc" })).toEqual([weak.id, owed.id, strong.id]);
    expect(sorted({ sort: "nonsense", as: "lead" })).toEqual([strong.id, weak.id, owed.id]);
    expect(sorted({ sort: "checklist" })[0]).toBe(strong.id);
    expect(sorted({ sort: "references", dir: "asc" }).at(-1)).toBe(strong.id);
    // What a crafted URL can hand the page (`?__proto__&__proto__&sort=…` once gave a function): the defaults, not a 500.
    expect(compareViewSchema.parse({ sort: Array.prototype.sort, dir: ["asc"], as: 7, page: () => 1 })).toEqual({
      sort: "score",
      dir: "desc",
      as: "role",
      page: undefined,
    });
  });

  it("keeps two candidates of the same name in the same order whichever way it sorts", () => {
    const cmpRole = { ...makeRole(makeOrg("client"), r, "senior"), type: "senior" as const };
    // The older application listed later by the query (its stage comes after the newer one's in the index).
    const older = makeApplication(cmpRole, "submitted");
    const newer = makeApplication(cmpRole, "interviewing");
    db()
      .update(candidates)
      .set({ name: "Sam Same" })
      .where(inArray(candidates.id, [older.candidateId, newer.candidateId]))
      .run();
    const ids = (q: Record<string, string>) => compareApplications(r, cmpRole, compareViewSchema.parse(q)).rows.map((x) => x.applicationId);
    expect(ids({ sort: "candidate", dir: "asc" })).toEqual([older.id, newer.id]);
    expect(ids({ sort: "candidate", dir: "desc" })).toEqual([older.id, newer.id]);
    expect(ids({ sort: "score" })).toEqual([older.id, newer.id]);
  });

  it("pages the comparison, sorting across every page, by the checklist and references too", () => {
    const cmpRole = { ...makeRole(makeOrg("client"), r, "senior"), type: "senior" as const };
    // One more than a page, each scored, the best first; the lowest scored is the one with the checklist ticked and a reference.
    const apps = Array.from({ length: COMPARE_PAGE_SIZE + 1 }, (_, i) => {
      const app = makeApplication(cmpRole, "interviewing");
      makeScorecard(makeInterview(app, [a2]), a2, { status: "submitted", ratings: `{"technical_depth":${i < COMPARE_PAGE_SIZE ? 4 : 1}}` });
      return app;
    });
    const last = apps.at(-1)!;
    db().insert(checklistTicks).values({ applicationId: last.id, item: "Deep coding exercise", evidence: "Pairing" }).run();
    db()
      .insert(references)
      .values({ applicationId: last.id, name: "Ref", relationship: "Manager", createdById: r.id, outcome: "positive", completedAt: new Date() })
      .run();
    const view = (q: Record<string, string>) => compareViewSchema.parse(q);

    const first = compareApplications(r, cmpRole, view({}));
    expect({ total: first.total, page: first.page, pages: first.pages, rows: first.rows.length }).toEqual({
      total: COMPARE_PAGE_SIZE + 1,
      page: 1,
      pages: 2,
      rows: COMPARE_PAGE_SIZE,
    });
    expect(first.rows.some((x) => x.applicationId === last.id)).toBe(false);
    const second = compareApplications(r, cmpRole, view({ page: "2" }));
    expect(second.rows).toMatchObject([{ applicationId: last.id, score: { score: 1 }, checklist: { ticked: 1 }, references: { positive: 1 } }]);
    // Sorted by them, the row with the tick and the reference comes first, from what was the second page.
    expect(compareApplications(r, cmpRole, view({ sort: "checklist" })).rows[0]).toMatchObject({ applicationId: last.id, checklist: { ticked: 1 } });
    expect(compareApplications(r, cmpRole, view({ sort: "references" })).rows[0]).toMatchObject({ applicationId: last.id, references: { positive: 1 } });
    // A page past the end is the last page.
    expect(compareApplications(r, cmpRole, view({ page: "9" })).page).toBe(2);
  });
});
