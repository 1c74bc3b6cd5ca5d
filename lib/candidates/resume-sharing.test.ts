import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db";
import { applications, auditLog, candidates, roles } from "@/db/schema";
import { addCandidateToRole, moveApplications } from "@/lib/pipeline/commands";
import { contextFor, makeOrg, makeViewer } from "@/lib/testing/factories";
import { getResume } from "./candidate";
import { setResumeSharing } from "./resume-sharing";

let recruiter: ReturnType<typeof makeViewer>;
let hm: ReturnType<typeof makeViewer>;
let roleId: number;
let n = 0;

function submitted(shareResume?: boolean) {
  const c = db()
    .insert(candidates)
    .values({
      name: `Res ${++n}`,
      email: `res${n}@x.test`,
      emailNormalized: `res${n}@x.test`,
      source: "sourced",
      resumeStoredName: `r${n}.pdf`,
      resumeMimeType: "application/pdf",
    })
    .returning()
    .get();
  const app = addCandidateToRole({ roleId, candidateId: c.id }, contextFor(recruiter));
  if (!app.ok) throw new Error(app.message);
  const moved = moveApplications(
    { roleId, to: "submitted", applications: [{ id: app.data!.id, version: 1 }], ...(shareResume === undefined ? {} : { shareResume }) },
    contextFor(recruiter),
  );
  if (!moved.ok) throw new Error(moved.message);
  return { candidateId: c.id, applicationId: app.data!.id };
}
const stored = (id: number) => db().select().from(applications).where(eq(applications.id, id)).get()!;

beforeAll(() => {
  const agency = makeOrg("agency");
  const client = makeOrg("client");
  recruiter = makeViewer("recruiter", agency);
  hm = makeViewer("hiring_manager", client);
  roleId = db().insert(roles).values({ clientId: client.id, title: "Lead", type: "lead", status: "open", ownerId: recruiter.id }).returning().get().id;
});

describe("sharing a résumé with the client", () => {
  it("the submit move stores the choice; not sharing is the default", () => {
    const shared = submitted(true);
    const notShared = submitted(false);
    const unsaid = submitted();
    expect([shared, notShared, unsaid].map((a) => stored(a.applicationId).resumeShared)).toEqual([true, false, false]);
    expect([shared, notShared, unsaid].map((a) => !!getResume(hm, a.candidateId))).toEqual([true, false, false]);
  });

  it("a shareResume that is not a boolean is refused, and nothing moves", () => {
    const c = db()
      .insert(candidates)
      .values({ name: "Res bad", email: "resbad@x.test", emailNormalized: "resbad@x.test", source: "sourced" })
      .returning()
      .get();
    const app = addCandidateToRole({ roleId, candidateId: c.id }, contextFor(recruiter));
    if (!app.ok) throw new Error(app.message);
    const result = moveApplications({ roleId, to: "submitted", applications: [{ id: app.data!.id, version: 1 }], shareResume: "yes" }, contextFor(recruiter));
    expect(result).toMatchObject({ ok: false, fieldErrors: { shareResume: expect.any(String) } });
    expect(stored(app.data!.id).stage).toBe("sourced");
  });

  it("the agency can share later and stop sharing, version-checked and audited", () => {
    const { candidateId, applicationId } = submitted(false);
    const version = stored(applicationId).version;
    expect(setResumeSharing({ applicationId, version, shared: true }, contextFor(recruiter))).toMatchObject({ ok: true });
    expect(getResume(hm, candidateId)).toBeDefined();
    // The page the second click came from is stale.
    expect(() => setResumeSharing({ applicationId, version, shared: false }, contextFor(recruiter))).toThrow(/Someone else changed/);
    expect(setResumeSharing({ applicationId, version: version + 1, shared: false }, contextFor(recruiter))).toMatchObject({ ok: true });
    expect(getResume(hm, candidateId)).toBeUndefined();
    const audited = db()
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.entityId, String(applicationId)))
      .all()
      .map((a) => a.action);
    expect(audited).toEqual(expect.arrayContaining(["application.resume.share", "application.resume.unshare"]));
  });

  it("a résumé cannot be shared on an application not yet submitted (a direct post is refused, nothing changes)", () => {
    const c = db()
      .insert(candidates)
      .values({
        name: `Early ${++n}`,
        email: `early${n}@x.test`,
        emailNormalized: `early${n}@x.test`,
        source: "sourced",
        resumeStoredName: `e${n}.pdf`,
        resumeMimeType: "application/pdf",
      })
      .returning()
      .get();
    const app = addCandidateToRole({ roleId, candidateId: c.id }, contextFor(recruiter));
    if (!app.ok) throw new Error(app.message);
    expect(setResumeSharing({ applicationId: app.data!.id, version: 1, shared: true }, contextFor(recruiter))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/Submit the candidate to the client first/),
    });
    expect(stored(app.data!.id)).toMatchObject({ resumeShared: false, version: 1 });
  });

  it("an Undo back to Submitted (no answer given) keeps the earlier sharing choice", () => {
    const { applicationId } = submitted(true);
    const v = stored(applicationId).version;
    expect(
      moveApplications({ roleId, to: "rejected", applications: [{ id: applicationId, version: v }], reason: "client_declined" }, contextFor(recruiter)).ok,
    ).toBe(true);
    expect(moveApplications({ roleId, to: "submitted", applications: [{ id: applicationId, version: v + 1 }] }, contextFor(recruiter)).ok).toBe(true);
    expect(stored(applicationId)).toMatchObject({ stage: "submitted", resumeShared: true });
  });
});
