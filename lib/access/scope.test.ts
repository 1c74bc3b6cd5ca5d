import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { candidates, notes, roles, type Stage } from "@/db/schema";
import type { Viewer } from "@/lib/auth/current-user";
import { candidateApplications, candidateTimeline, getCandidate, getResume, searchCandidates } from "@/lib/candidates/queries";
import { addCandidateToRole, moveApplications } from "@/lib/pipeline/commands";
import { getApplications, listApplications, listBoard } from "@/lib/pipeline/queries";
import { getRole, listRoles, stageCountsFor } from "@/lib/roles/queries";
import { contextFor, makeOrg, makeViewer } from "@/lib/testing/factories";

// The scope matrix: each kind of user × each table with company data × own company, another
// company, and the agency's own stages — what the query layer returns. Company A is the client
// users' own company, B another one.

type Kind = "admin" | "recruiter" | "hiringManager" | "clientViewer";
const kinds: Kind[] = ["admin", "recruiter", "hiringManager", "clientViewer"];
const viewers = {} as Record<Kind, Viewer>;

/** The records, by what they are to a client user of company A. */
const recordNames = ["ownSubmitted", "otherSubmitted", "ownSourced", "ownPulledBack", "ownRejectedBeforeSubmission", "ownRejectedAfterSubmission"] as const;
type RecordName = (typeof recordNames)[number];
const rec = {} as Record<RecordName, { candidateId: number; applicationId: number; roleId: number }>;
let roleA: number;
let roleB: number;

function onRole(roleId: number, name: RecordName, path: Stage[]) {
  const c = db().insert(candidates).values({ name, email: `${name}@scope.test`, emailNormalized: `${name}@scope.test`, source: "referral", resumeStoredName: `${name}.pdf`, resumeMimeType: "application/pdf" }).returning().get();
  const added = addCandidateToRole({ roleId, candidateId: c.id }, contextFor(viewers.recruiter));
  if (!added.ok) throw new Error(added.message);
  path.forEach((to, i) => {
    const moved = moveApplications({ roleId, to, applications: [{ id: added.data!.id, version: i + 1 }], note: "", reason: to === "rejected" ? "skills_mismatch" : undefined }, contextFor(viewers.recruiter));
    if (!moved.ok) throw new Error(moved.message);
  });
  rec[name] = { candidateId: c.id, applicationId: added.data!.id, roleId };
}

beforeAll(() => {
  const agency = makeOrg("agency");
  const a = makeOrg("client");
  const b = makeOrg("client");
  viewers.admin = makeViewer("admin", agency);
  viewers.recruiter = makeViewer("recruiter", agency);
  viewers.hiringManager = makeViewer("hiring_manager", a);
  viewers.clientViewer = makeViewer("client_viewer", a);
  const role = (clientId: number, title: string) => db().insert(roles).values({ clientId, title, type: "senior", status: "open", ownerId: viewers.recruiter.id }).returning().get().id;
  roleA = role(a.id, "Role at A");
  roleB = role(b.id, "Role at B");
  onRole(roleA, "ownSubmitted", ["submitted"]);
  onRole(roleB, "otherSubmitted", ["submitted"]);
  onRole(roleA, "ownSourced", []);
  onRole(roleA, "ownPulledBack", ["submitted", "screening"]);
  onRole(roleA, "ownRejectedBeforeSubmission", ["rejected"]);
  onRole(roleA, "ownRejectedAfterSubmission", ["submitted", "rejected"]);
  for (const name of recordNames) {
    const { candidateId, applicationId } = rec[name];
    db().insert(notes).values([
      { candidateId, applicationId, authorId: viewers.recruiter.id, visibility: "internal", body: `${name}:internal` },
      { candidateId, applicationId, authorId: viewers.recruiter.id, visibility: "shared", body: `${name}:shared` },
      { candidateId, applicationId: null, authorId: viewers.recruiter.id, visibility: "internal", body: `${name}:candidate-level` },
    ]).run();
  }
});

const Y = true;
const N = false;
/** Which records each kind of user sees, in the order of `recordNames`. */
const sees: Record<Kind, boolean[]> = {
  //               ownSubmitted otherSubmitted ownSourced ownPulledBack rejectedBefore rejectedAfter
  admin: [Y, Y, Y, Y, Y, Y],
  recruiter: [Y, Y, Y, Y, Y, Y],
  hiringManager: [Y, N, N, N, N, Y],
  clientViewer: [N, N, N, N, N, N],
};
const visibleTo = (kind: Kind) => recordNames.filter((_, i) => sees[kind][i]);
const sorted = (xs: (string | number)[]) => [...xs].sort();
const byApplication = (kind: Kind, ids: number[]) => sorted(recordNames.filter((n) => ids.includes(rec[n].applicationId)));

describe("scope matrix", () => {
  for (const kind of kinds) {
    describe(kind, () => {
      it("roles: one by id, the list, and stage counts", () => {
        const v = viewers[kind];
        const roleIds = [...new Set(visibleTo(kind).map((n) => rec[n].roleId))];
        const expectedRoles = kind === "clientViewer" ? [] : kind === "hiringManager" ? [roleA] : [roleA, roleB];
        expect([roleA, roleB].filter((id) => getRole(v, id))).toEqual(expectedRoles);
        expect(sorted(listRoles(v, {}).rows.map((r) => r.id))).toEqual(sorted(expectedRoles));
        // Asked for both companies' roles, it counts only what the viewer may see.
        const counts = stageCountsFor(v, [roleA, roleB]);
        expect(sorted([...counts.keys()])).toEqual(sorted(roleIds));
        const total = [...counts.values()].flatMap((m) => Object.values(m)).reduce((s, n) => s + n, 0);
        expect(total).toBe(visibleTo(kind).length);
      });

      it("candidates: one by id, the search, and the stage filter", () => {
        const v = viewers[kind];
        expect(recordNames.filter((n) => getCandidate(v, rec[n].candidateId))).toEqual(visibleTo(kind));
        expect(sorted(searchCandidates(v, {}).rows.map((r) => r.name))).toEqual(sorted(visibleTo(kind)));
        expect(sorted(searchCandidates(v, { q: "scope" }).rows.map((r) => r.name))).toEqual(sorted(visibleTo(kind)));
        // Filtering by an agency stage finds nothing for a client, even candidates once submitted.
        const screening = searchCandidates(v, { stage: "screening" }).rows.map((r) => r.name);
        expect(screening).toEqual(sees[kind][3] ? ["ownPulledBack"] : []);
      });

      it("applications: by id, the board, the list, and a candidate's roles", () => {
        const v = viewers[kind];
        const all = recordNames.map((n) => rec[n].applicationId);
        expect(byApplication(kind, getApplications(v, all).map((a) => a.id))).toEqual(sorted(visibleTo(kind)));
        const board = [...listBoard(v, roleA, "rejected").cards, ...listBoard(v, roleA, "screening").cards, ...listBoard(v, roleB).cards].map((c) => c.id);
        expect(byApplication(kind, [...new Set(board)])).toEqual(sorted(visibleTo(kind)));
        const list = [...listApplications(v, roleA, {}).rows, ...listApplications(v, roleB, {}).rows].map((r) => r.id);
        expect(byApplication(kind, list)).toEqual(sorted(visibleTo(kind)));
        const ofCandidates = recordNames.flatMap((n) => candidateApplications(v, rec[n].candidateId).map((a) => a.id));
        expect(byApplication(kind, ofCandidates)).toEqual(sorted(visibleTo(kind)));
      });

      it("stage events and notes: the timeline", () => {
        const v = viewers[kind];
        const agency = kind === "admin" || kind === "recruiter";
        for (const name of recordNames) {
          const timeline = candidateTimeline(v, rec[name].candidateId);
          const noteBodies = sorted(timeline.flatMap((e) => (e.kind === "note" ? [e.body] : [])));
          const moves = timeline.flatMap((e) => (e.kind === "stage" ? [`${e.from}→${e.to}`] : []));
          if (agency) {
            expect(noteBodies).toEqual(sorted([`${name}:internal`, `${name}:shared`, `${name}:candidate-level`]));
            expect(moves).toContain("null→sourced");
          } else if (sees[kind][recordNames.indexOf(name)]) {
            expect(noteBodies).toEqual([`${name}:shared`]);
            // The first submission (its agency-side start masked), then only moves between stages a client sees.
            expect(moves.reverse()).toEqual(name === "ownRejectedAfterSubmission" ? ["null→submitted", "submitted→rejected"] : ["null→submitted"]);
          } else {
            expect(timeline).toEqual([]);
          }
        }
      });

      it("résumés: downloadable only for a candidate the viewer may see", () => {
        const v = viewers[kind];
        const canDownload = kind !== "clientViewer";
        expect(recordNames.filter((n) => getResume(v, rec[n].candidateId))).toEqual(canDownload ? visibleTo(kind) : []);
      });
    });
  }

  it("a hiring manager passing another company's role ids to stageCountsFor gets nothing", () => {
    expect(stageCountsFor(viewers.hiringManager, [roleB]).size).toBe(0);
    expect(stageCountsFor(viewers.recruiter, [roleB]).get(roleB)).toEqual({ submitted: 1 });
  });

  it("a hiring manager's board of their own role shows no agency column", () => {
    const board = listBoard(viewers.hiringManager, roleA, "screening");
    expect(board.counts).toEqual({ submitted: 1, rejected: 1 });
    expect(board.cards.map((c) => c.stage).sort()).toEqual(["submitted"]);
  });
});
