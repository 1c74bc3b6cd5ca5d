import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { candidates, roles } from "@/db/schema";
import { addCandidateToRole, moveApplications } from "@/lib/pipeline/commands";
import { contextFor, makeOrg, makeViewer } from "@/lib/testing/factories";
import { addNote, createCandidate } from "./commands";
import { CANDIDATES_PAGE_SIZE, MATCH_COUNT_CAP, candidateTimeline, getCandidate, searchCandidates } from "./queries";

let recruiter: ReturnType<typeof makeViewer>;
let hm: ReturnType<typeof makeViewer>;
let viewer: ReturnType<typeof makeViewer>;
let submittedId: number;
let screeningId: number;

async function candidateOn(roleId: number, name: string, skills: string) {
  const created = await createCandidate(
    {
      name,
      email: `${name.replace(/\s/g, "")}@x.test`,
      skills,
      source: "referral",
      phone: "",
      location: "",
      timezone: "",
      currentTitle: "",
      linkedinUrl: "",
      githubUrl: "",
      portfolioUrl: "",
    },
    contextFor(recruiter),
  );
  if (!created.ok) throw new Error(created.message);
  const app = addCandidateToRole({ roleId, candidateId: created.data!.id }, contextFor(recruiter));
  if (!app.ok) throw new Error(app.message);
  return { candidateId: created.data!.id, applicationId: app.data!.id };
}

beforeAll(async () => {
  const agency = makeOrg("agency");
  const client = makeOrg("client");
  recruiter = makeViewer("recruiter", agency);
  hm = makeViewer("hiring_manager", client);
  viewer = makeViewer("client_viewer", client);
  const roleId = db()
    .insert(roles)
    .values({ clientId: client.id, title: "Senior", type: "senior", status: "open", ownerId: recruiter.id })
    .returning()
    .get().id;
  const a = await candidateOn(roleId, "Zora Typewell", "TypeScript, Rust");
  const b = await candidateOn(roleId, "Yann Typeless", "TypeScript");
  submittedId = a.candidateId;
  screeningId = b.candidateId;
  moveApplications({ roleId, to: "submitted", applications: [{ id: a.applicationId, version: 1 }], note: "" }, contextFor(recruiter));
  moveApplications({ roleId, to: "screening", applications: [{ id: b.applicationId, version: 1 }], note: "" }, contextFor(recruiter));
  addNote({ candidateId: a.candidateId, applicationId: a.applicationId, visibility: "internal", body: "INTERNAL secret" }, contextFor(recruiter));
  addNote({ candidateId: a.candidateId, applicationId: a.applicationId, visibility: "shared", body: "SHARED praise" }, contextFor(recruiter));
  addNote({ candidateId: a.candidateId, visibility: "internal", body: "CANDIDATE-LEVEL internal" }, contextFor(recruiter));
});

describe("what each viewer may see of candidates", () => {
  it("search finds by prefix for the agency, and only submitted candidates for the client", () => {
    expect(
      searchCandidates(recruiter, { q: "typ" })
        .rows.map((r) => r.id)
        .sort(),
    ).toEqual([submittedId, screeningId].sort());
    expect(searchCandidates(hm, { q: "typ" }).rows.map((r) => r.id)).toEqual([submittedId]);
    expect(searchCandidates(viewer, { q: "typ" }).rows).toEqual([]);
  });

  it("a candidate never submitted to the company is not found for its hiring manager", () => {
    expect(getCandidate(hm, submittedId)?.id).toBe(submittedId);
    expect(getCandidate(hm, screeningId)).toBeUndefined();
    expect(getCandidate(viewer, submittedId)).toBeUndefined();
  });

  it("the client's timeline has shared notes only, and no history before submission", () => {
    const agencyView = candidateTimeline(recruiter, submittedId).map((e) => (e.kind === "note" ? e.body : `${e.from}→${e.to}`));
    expect(agencyView).toEqual(expect.arrayContaining(["INTERNAL secret", "SHARED praise", "CANDIDATE-LEVEL internal", "sourced→submitted", "null→sourced"]));
    const clientView = candidateTimeline(hm, submittedId).map((e) => (e.kind === "note" ? e.body : `${e.from}→${e.to}`));
    // The client sees that it was submitted, not the agency stage it came from.
    expect(clientView.sort()).toEqual(["SHARED praise", "null→submitted"]);
  });

  it("a client user's note is always shared, and only about their company's applications", () => {
    expect(addNote({ candidateId: submittedId, visibility: "internal", body: "hm note" }, contextFor(hm))).toMatchObject({
      ok: false,
      fieldErrors: { applicationId: "Choose the role this note is about" },
    });
    expect(addNote({ candidateId: screeningId, visibility: "shared", body: "peek" }, contextFor(hm))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Not found/),
    });
  });
});

describe("a candidate pulled back from the client", () => {
  it("disappears for the client while in an agency stage, and comes back when resubmitted", async () => {
    const client = makeOrg("client");
    const manager = makeViewer("hiring_manager", client);
    const roleId = db().insert(roles).values({ clientId: client.id, title: "Lead", type: "lead", status: "open", ownerId: recruiter.id }).returning().get().id;
    const { candidateId, applicationId } = await candidateOn(roleId, "Pip Pulled", "Go");
    const move = (to: "submitted" | "screening", version: number) =>
      moveApplications({ roleId, to, applications: [{ id: applicationId, version }], note: "" }, contextFor(recruiter));
    move("submitted", 1);
    expect(getCandidate(manager, candidateId)?.id).toBe(candidateId);
    move("screening", 2);
    expect(getCandidate(manager, candidateId)).toBeUndefined();
    expect(searchCandidates(manager, { stage: "screening" }).rows).toEqual([]);
    move("submitted", 3);
    expect(getCandidate(manager, candidateId)?.id).toBe(candidateId);
  });
});

describe("a broad search at scale", () => {
  it("counts up to the cap and says so, lists the newest first, and still pages to the last counted match", () => {
    const rows = Array.from({ length: MATCH_COUNT_CAP + 30 }, (_, i) => ({
      name: `Bulk Person ${i}`,
      email: `bulk${i}@scale.test`,
      emailNormalized: `bulk${i}@scale.test`,
      skills: "Zigbee",
      source: "sourced" as const,
    }));
    db().transaction((tx) => {
      for (let i = 0; i < rows.length; i += 500)
        tx.insert(candidates)
          .values(rows.slice(i, i + 500))
          .run();
    });
    const first = searchCandidates(recruiter, { q: "zigb" });
    expect(first).toMatchObject({ total: MATCH_COUNT_CAP, atLeast: true, ranked: false, page: 1, pages: MATCH_COUNT_CAP / CANDIDATES_PAGE_SIZE });
    const names = first.rows.map((r) => r.name);
    expect(names[0]).toBe(`Bulk Person ${rows.length - 1}`);
    expect(names).toHaveLength(CANDIDATES_PAGE_SIZE);
    const last = searchCandidates(recruiter, { q: "zigb", page: 1_000 });
    expect(last.page).toBe(MATCH_COUNT_CAP / CANDIDATES_PAGE_SIZE);
    expect(last.rows).toHaveLength(CANDIDATES_PAGE_SIZE);

    // A narrower search is counted exactly and ranked.
    expect(searchCandidates(recruiter, { q: "zigbee bulk person 7" })).toMatchObject({ atLeast: false, ranked: true });
  });
});
