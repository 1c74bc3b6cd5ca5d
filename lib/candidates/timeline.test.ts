import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { candidates, roles, type Stage } from "@/db/schema";
import type { Viewer } from "@/lib/auth/current-user";
import { moveApplications, addCandidateToRole } from "@/lib/pipeline/commands";
import { contextFor, makeOrg, makeViewer } from "@/lib/testing/factories";
import { candidateTimeline } from "./timeline";

let recruiter: Viewer;
let manager: Viewer;
let candidateId: number;

const moves = (viewer: Viewer) =>
  candidateTimeline(viewer, candidateId)
    .flatMap((e) => (e.kind === "stage" ? [`${e.from} → ${e.to}`] : []))
    .reverse();

beforeAll(() => {
  const client = makeOrg("client");
  recruiter = makeViewer("recruiter", makeOrg("agency"));
  manager = makeViewer("hiring_manager", client);
  const roleId = db().insert(roles).values({ clientId: client.id, title: "Lead", type: "lead", status: "open", ownerId: recruiter.id }).returning().get().id;
  candidateId = db()
    .insert(candidates)
    .values({ name: "Pia Pullback", email: "pia@t.test", emailNormalized: "pia@t.test", source: "referral" })
    .returning()
    .get().id;
  const added = addCandidateToRole({ roleId, candidateId }, contextFor(recruiter));
  if (!added.ok) throw new Error(added.message);
  const applicationId = added.data!.id;
  // Submitted, pulled back to screening by the agency, resubmitted, then moved on by the client.
  (["submitted", "screening", "submitted", "client_interview"] as Stage[]).forEach((to, i) => {
    const actor = to === "client_interview" ? manager : recruiter;
    const moved = moveApplications({ roleId, to, applications: [{ id: applicationId, version: i + 1 }], note: "" }, contextFor(actor));
    if (!moved.ok) throw new Error(moved.message);
  });
});

describe("a pull-back in the client's timeline", () => {
  it("the agency sees every move", () => {
    expect(moves(recruiter)).toEqual([
      "null → sourced",
      "sourced → submitted",
      "submitted → screening",
      "screening → submitted",
      "submitted → client_interview",
    ]);
  });

  it("the hiring manager sees the first submission (without the agency stage it came from) and their own move, but not the pull-back or the resubmission", () => {
    expect(moves(manager)).toEqual(["null → submitted", "submitted → client_interview"]);
  });
});
