import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
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
const recordNames = [
  "ownSubmitted",
  "otherSubmitted",
  "ownSourced",
  "ownPulledBack",
  "ownRejectedBeforeSubmission",
  "ownRejectedAfterSubmission",
  "ownSubmittedShared",
  "otherSubmittedShared",
] as const;
type RecordName = (typeof recordNames)[number];
const rec = {} as Record<RecordName, { candidateId: number; applicationId: number; roleId: number }>;
let roleA: number;
let roleB: number;

function onRole(roleId: number, name: RecordName, path: Stage[], shareResume = false) {
  const c = db()
    .insert(candidates)
    .values({
      name,
      email: `${name}@scope.test`,
      emailNormalized: `${name}@scope.test`,
      phone: "+44 20 5555 0101",
      linkedinUrl: "https://linkedin.example/x",
      source: "referral",
      currentTitle: "Platform Engineer",
      resumeStoredName: `${name}.pdf`,
      resumeMimeType: "application/pdf",
    })
    .returning()
    .get();
  const added = addCandidateToRole({ roleId, candidateId: c.id }, contextFor(viewers.recruiter));
  if (!added.ok) throw new Error(added.message);
  path.forEach((to, i) => {
    const moved = moveApplications(
      {
        roleId,
        to,
        applications: [{ id: added.data!.id, version: i + 1 }],
        note: "",
        reason: to === "rejected" ? "skills_mismatch" : undefined,
        ...(to === "submitted" ? { shareResume } : {}),
      },
      contextFor(viewers.recruiter),
    );
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
  const role = (clientId: number, title: string) =>
    db().insert(roles).values({ clientId, title, type: "senior", status: "open", ownerId: viewers.recruiter.id }).returning().get().id;
  roleA = role(a.id, "Role at A");
  roleB = role(b.id, "Role at B");
  onRole(roleA, "ownSubmitted", ["submitted"]);
  onRole(roleB, "otherSubmitted", ["submitted"]);
  onRole(roleA, "ownSourced", []);
  onRole(roleA, "ownPulledBack", ["submitted", "screening"]);
  onRole(roleA, "ownRejectedBeforeSubmission", ["rejected"]);
  onRole(roleA, "ownRejectedAfterSubmission", ["submitted", "rejected"]);
  onRole(roleA, "ownSubmittedShared", ["submitted"], true);
  onRole(roleB, "otherSubmittedShared", ["submitted"], true);
  for (const name of recordNames) {
    const { candidateId, applicationId } = rec[name];
    db()
      .insert(notes)
      .values([
        { candidateId, applicationId, authorId: viewers.recruiter.id, visibility: "internal", body: `${name}:internal` },
        { candidateId, applicationId, authorId: viewers.recruiter.id, visibility: "shared", body: `${name}:shared` },
        { candidateId, applicationId: null, authorId: viewers.recruiter.id, visibility: "internal", body: `${name}:candidate-level` },
      ])
      .run();
  }
});

const Y = true;
const N = false;
/** Which records each kind of user sees, in the order of `recordNames`. */
const sees: Record<Kind, boolean[]> = {
  //               ownSubmitted otherSubmitted ownSourced ownPulledBack rejectedBefore rejectedAfter ownShared otherShared
  admin: [Y, Y, Y, Y, Y, Y, Y, Y],
  recruiter: [Y, Y, Y, Y, Y, Y, Y, Y],
  hiringManager: [Y, N, N, N, N, Y, Y, N],
  clientViewer: [N, N, N, N, N, N, N, N],
};
/** Whose résumé each kind may download: a client only one shared on their company's application. */
const downloads: Record<Kind, boolean[]> = {
  admin: [Y, Y, Y, Y, Y, Y, Y, Y],
  recruiter: [Y, Y, Y, Y, Y, Y, Y, Y],
  hiringManager: [N, N, N, N, N, N, Y, N],
  clientViewer: [N, N, N, N, N, N, N, N],
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
        // "scope" is in every email only: the agency finds them by it, a client by name or title but never by email.
        const agency = kind === "admin" || kind === "recruiter";
        expect(sorted(searchCandidates(v, { q: "scope" }).rows.map((r) => r.name))).toEqual(agency ? sorted(visibleTo(kind)) : []);
        expect(sorted(searchCandidates(v, { q: "platform engin" }).rows.map((r) => r.name))).toEqual(sorted(visibleTo(kind)));
        expect(sorted(searchCandidates(v, { q: "own" }).rows.map((r) => r.name))).toEqual(sorted(visibleTo(kind).filter((n) => n.startsWith("own"))));
        // A client may not filter by source either (it would tell them each candidate's).
        expect(sorted(searchCandidates(v, { source: "inbound" }).rows.map((r) => r.name))).toEqual(agency ? [] : sorted(visibleTo(kind)));
        // Filtering by an agency stage finds nothing for a client, even candidates once submitted.
        const screening = searchCandidates(v, { stage: "screening" }).rows.map((r) => r.name);
        expect(screening).toEqual(sees[kind][3] ? ["ownPulledBack"] : []);
      });

      it("applications: by id, the board, the list, and a candidate's roles", () => {
        const v = viewers[kind];
        const all = recordNames.map((n) => rec[n].applicationId);
        expect(
          byApplication(
            kind,
            getApplications(v, all).map((a) => a.id),
          ),
        ).toEqual(sorted(visibleTo(kind)));
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

      it("résumés: the agency's every one; a client's only when shared on their company's application", () => {
        const v = viewers[kind];
        const expected = recordNames.filter((_, i) => downloads[kind][i]);
        expect(recordNames.filter((n) => getResume(v, rec[n].candidateId))).toEqual(expected);
        // The page offers a download exactly when the route would serve one.
        expect(recordNames.filter((n) => getCandidate(v, rec[n].candidateId)?.resume)).toEqual(expected);
      });

      it("contact details, links and source: the agency's only, never selected for a client", () => {
        const v = viewers[kind];
        const agency = kind === "admin" || kind === "recruiter";
        for (const name of visibleTo(kind)) {
          const c = getCandidate(v, rec[name].candidateId)!;
          if (agency)
            expect(c.contact).toEqual({
              email: `${name}@scope.test`,
              phone: "+44 20 5555 0101",
              linkedinUrl: "https://linkedin.example/x",
              githubUrl: null,
              portfolioUrl: null,
              source: "referral",
            });
          else expect(c.contact).toBeNull();
          const everything = JSON.stringify([c, searchCandidates(v, { q: name }).rows, candidateTimeline(v, c.id), candidateApplications(v, c.id)]);
          expect(everything.includes("@scope.test") || everything.includes("5555") || everything.includes("linkedin") || everything.includes("referral")).toBe(
            agency,
          );
        }
      });
    });
  }

  it("a hiring manager passing another company's role ids to stageCountsFor gets nothing", () => {
    expect(stageCountsFor(viewers.hiringManager, [roleB]).size).toBe(0);
    expect(stageCountsFor(viewers.recruiter, [roleB]).get(roleB)).toEqual({ submitted: 2 });
  });

  it("a hiring manager's board of their own role shows no agency column", () => {
    const board = listBoard(viewers.hiringManager, roleA, "screening");
    expect(board.counts).toEqual({ submitted: 2, rejected: 1 });
    expect(board.cards.map((c) => c.stage).sort()).toEqual(["submitted", "submitted"]);
  });
});
