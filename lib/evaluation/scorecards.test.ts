import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/current-user";
import { makeApplication, makeInterview, makeOrg, makeRole, makeScorecard, makeViewer } from "@/lib/testing/factories";
import { getScorecard, listScorecards, owedInterviews, owesScorecard } from "./scorecards";

// The blind rule as a matrix over the query layer: which scorecards of an application each kind of
// viewer gets back, depending on whether they still owe theirs and on whose scorecard it is.
//
// Every scenario is a fresh application (submitted to the client) with:
//   a systems design interview by R (the recruiter), A2 and A3 (agency);
//   a client interview by HM and HM2 (hiring managers of the role's client).
// Scorecards: A2 submitted, A3 a draft, HM2 submitted; R's and HM's as the case says.

type State = "none" | "draft" | "submitted";
type Key = "R" | "A2" | "A3" | "HM" | "HM2";

let admin: Viewer, r: Viewer, a2: Viewer, a3: Viewer, hm: Viewer, hm2: Viewer, otherHm: Viewer, clientViewer: Viewer;
let role: { id: number };

beforeAll(() => {
  const agency = makeOrg("agency");
  const client = makeOrg("client");
  const other = makeOrg("client");
  admin = makeViewer("admin", agency);
  r = makeViewer("recruiter", agency);
  a2 = makeViewer("recruiter", agency);
  a3 = makeViewer("recruiter", agency);
  hm = makeViewer("hiring_manager", client);
  hm2 = makeViewer("hiring_manager", client);
  otherHm = makeViewer("hiring_manager", other);
  clientViewer = makeViewer("client_viewer", client);
  role = makeRole(client, r, "senior");
});

function scenario(rState: State, hmState: State) {
  const app = makeApplication(role, "client_interview");
  const design = makeInterview(app, [r, a2, a3]);
  const client = makeInterview(app, [hm, hm2], { kind: "culture" });
  const ids = new Map<number, Key>();
  const add = (key: Key, interview: typeof design, by: Viewer, state: State) => {
    if (state !== "none") ids.set(makeScorecard(interview, by, { status: state, ratings: '{"system_design":3}', recommendation: "yes" }).id, key);
  };
  add("R", design, r, rState);
  add("A2", design, a2, "submitted");
  add("A3", design, a3, "draft");
  add("HM", client, hm, hmState);
  add("HM2", client, hm2, "submitted");
  const seenBy = (viewer: Viewer) =>
    listScorecards(viewer, app.id)
      .map((s) => ids.get(s.id)!)
      .sort();
  return { app, ids, seenBy };
}

const viewers = () => ({ admin, r, a2, a3, hm, otherHm, clientViewer });

const matrix: [viewer: keyof ReturnType<typeof viewers>, label: string, rState: State, hmState: State, visible: Key[]][] = [
  ["admin", "admin, not interviewing", "draft", "submitted", ["A2", "HM", "HM2"]],
  ["admin", "admin, not interviewing (R submitted)", "submitted", "submitted", ["A2", "HM", "HM2", "R"]],
  ["r", "recruiter interviewing, owes (no scorecard yet)", "none", "submitted", []],
  ["r", "recruiter interviewing, owes (own draft)", "draft", "submitted", ["R"]],
  ["r", "recruiter after submitting", "submitted", "submitted", ["A2", "HM", "HM2", "R"]],
  ["a2", "another agency interviewer (submitted), R's draft", "draft", "submitted", ["A2", "HM", "HM2"]],
  ["a2", "another agency interviewer (submitted), R submitted", "submitted", "draft", ["A2", "HM2", "R"]],
  ["a3", "agency interviewer with a draft (owes)", "submitted", "submitted", ["A3"]],
  ["hm", "hiring manager of the client, owes (own draft)", "submitted", "draft", ["HM"]],
  ["hm", "hiring manager of the client, owes (nothing written)", "submitted", "none", []],
  ["hm", "hiring manager of the client, submitted: own company only", "submitted", "submitted", ["HM", "HM2"]],
  ["otherHm", "hiring manager of another company", "submitted", "submitted", []],
  ["clientViewer", "client viewer", "submitted", "submitted", []],
];

describe("the blind rule (viewer × owes × whose scorecard)", () => {
  it.each(matrix)("%s: %s", (who, _label, rState, hmState, visible) => {
    const { seenBy } = scenario(rState, hmState);
    expect(seenBy(viewers()[who])).toEqual([...visible].sort());
  });

  it("another's draft is never visible, and one's own draft always is", () => {
    const { ids } = scenario("draft", "draft");
    const idOf = (key: Key) => [...ids].find(([, k]) => k === key)![0];
    for (const v of [admin, r, a2, a3, hm, otherHm, clientViewer]) {
      expect(!!getScorecard(v, idOf("A3")), `A3's draft for ${v.name}`).toBe(v === a3);
      expect(!!getScorecard(v, idOf("R")), `R's draft for ${v.name}`).toBe(v === r);
    }
  });

  it("an interviewer of a canceled interview owes nothing and sees the submitted scorecards", () => {
    const app = makeApplication(role, "client_interview");
    const done = makeInterview(app, [a2]);
    const canceled = makeInterview(app, [r], { status: "canceled" });
    makeScorecard(done, a2, { status: "submitted" });
    expect(owesScorecard(r, app.id)).toBe(false);
    expect(owedInterviews(r, app.id)).toEqual([]);
    expect(listScorecards(r, app.id)).toHaveLength(1);
    expect(canceled.status).toBe("canceled");
  });

  it("owing on one interview hides the application's other scorecards, even after submitting on another", () => {
    const app = makeApplication(role, "client_interview");
    const first = makeInterview(app, [r, a2]);
    const next = makeInterview(app, [r], { kind: "behavioral", status: "scheduled" });
    makeScorecard(first, r, { status: "submitted" });
    makeScorecard(first, a2, { status: "submitted" });
    expect(owesScorecard(r, app.id)).toBe(true);
    // The evaluation names what is owed: the behavioral interview, not the one already submitted.
    expect(owedInterviews(r, app.id)).toEqual([{ id: next.id, kind: "behavioral" }]);
    expect(owedInterviews(a2, app.id)).toEqual([]);
    expect(listScorecards(r, app.id).map((s) => s.interviewer.id)).toEqual([r.id]);
  });

  it("a hiring manager sees nothing of an application not yet submitted to them, even their own company's", () => {
    const app = makeApplication(role, "interviewing");
    const interview = makeInterview(app, [hm2]);
    makeScorecard(interview, hm2, { status: "submitted" });
    expect(listScorecards(hm, app.id)).toEqual([]);
    expect(listScorecards(admin, app.id)).toHaveLength(1);
  });
});
