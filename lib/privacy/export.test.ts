import { eq } from "drizzle-orm";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { candidates, checklistTicks, notes, references, stageEvents, trialCheckIns, trialGoals, trials } from "@/db/schema";
import { writeAudit } from "@/lib/audit";
import { storeResume } from "@/lib/candidates/resume";
import { makeApplication, makeInterview, makeOrg, makeRole, makeScorecard, makeViewer } from "@/lib/testing/factories";
import { collectCandidateData, exportRefusal, OWES_SCORECARD, exportZip, storedResumeName } from "./export";

const agency = makeOrg("agency", "Agency");
const client = makeOrg("client", "Client A");
const admin = makeViewer("admin", agency);
const otherAdmin = makeViewer("admin", agency);
const recruiter = makeViewer("recruiter", agency);
const hm = makeViewer("hiring_manager", client);
const role = makeRole(client, recruiter);

const app = makeApplication(role, "trial");
const id = app.candidateId;
const stored = storeResume(new TextEncoder().encode("%PDF-1.4 résumé bytes"), { ext: "pdf", mimeType: "application/pdf" });
db()
  .update(candidates)
  .set({ name: "Mara Export", phone: "+1 555 0100", resumeStoredName: stored, resumeFileName: "mara.pdf", resumeMimeType: "application/pdf", resumeSize: 21 })
  .where(eq(candidates.id, id))
  .run();
db().insert(notes).values({ candidateId: id, authorId: recruiter.id, body: "internal note about Mara" }).run();
db().insert(stageEvents).values({ applicationId: app.id, fromStage: "offer", toStage: "trial", actorId: recruiter.id, reason: "accepted" }).run();
const interview = makeInterview(app, [recruiter, otherAdmin]);
makeScorecard(interview, recruiter, { status: "submitted", notes: "recruiter's scorecard notes", recommendation: "yes" });
db().insert(checklistTicks).values({ applicationId: app.id, item: "Portfolio reviewed", evidence: "looked at repo" }).run();
db()
  .insert(references)
  .values({ applicationId: app.id, name: "Rita Ref", relationship: "Peer", createdById: recruiter.id, answers: '[{"question":"q","answer":"a"}]' })
  .run();
const trial = db()
  .insert(trials)
  .values({
    applicationId: app.id,
    startsOn: "2026-01-05",
    endsOn: "2026-01-18",
    onboardingOwnerId: recruiter.id,
    overlapHours: "9-12",
    dayOneScope: "Setup",
    createdById: recruiter.id,
  })
  .returning()
  .get();
db().insert(trialGoals).values({ trialId: trial.id, week: 1, position: 1, text: "Ship a fix" }).run();
db()
  .insert(trialCheckIns)
  .values({ trialId: trial.id, authorId: recruiter.id, on: "2026-01-06", sentiment: "on_track", visibility: "internal", note: "internal check-in" })
  .run();
writeAudit(db(), { actorId: recruiter.id, action: "candidate.update", entityType: "candidate", entityId: id });

describe("exporting a candidate's personal data", () => {
  const data = collectCandidateData(admin, id)!;

  it("holds the profile, every application with its history, notes, interviews, scorecards, checklist, references, trial and audit rows", () => {
    expect(data.candidate).toMatchObject({ id, name: "Mara Export", phone: "+1 555 0100", resumeFileName: "mara.pdf" });
    expect(data.candidate).not.toHaveProperty("resumeStoredName");
    const [a] = data.applications;
    expect(a).toMatchObject({ id: app.id, stage: "trial", role: { title: role.title, client: "Client A" } });
    expect(a.stageHistory).toEqual([expect.objectContaining({ toStage: "trial", reason: "accepted" })]);
    expect(a.interviews).toEqual([expect.objectContaining({ id: interview.id, interviewerIds: [otherAdmin.id, recruiter.id] })]);
    expect(a.scorecards).toEqual([expect.objectContaining({ notes: "recruiter's scorecard notes" })]);
    expect(a.checklist).toEqual([expect.objectContaining({ evidence: "looked at repo" })]);
    expect(a.references).toEqual([expect.objectContaining({ name: "Rita Ref", answers: [{ question: "q", answer: "a" }] })]);
    expect(a.trials).toEqual([
      expect.objectContaining({
        id: trial.id,
        goals: [expect.objectContaining({ text: "Ship a fix" })],
        checkIns: [expect.objectContaining({ note: "internal check-in" })],
      }),
    ]);
    expect(data.notes).toEqual([expect.objectContaining({ body: "internal note about Mara" })]);
    expect(data.auditLog).toEqual(expect.arrayContaining([expect.objectContaining({ action: "candidate.update", entityId: String(id) })]));
    expect(data.people.map((p) => p.id)).toEqual(expect.arrayContaining([recruiter.id, otherAdmin.id]));
  });

  it("zips candidate.json with the résumé file", () => {
    const files = unzipSync(exportZip(data, storedResumeName(id)));
    expect(Object.keys(files).sort()).toEqual(["Mara-Export-resume.pdf", "candidate.json"]);
    expect(JSON.parse(strFromU8(files["candidate.json"])).candidate.name).toBe("Mara Export");
    expect(strFromU8(files["Mara-Export-resume.pdf"])).toContain("résumé bytes");
  });

  it("is never partial: an admin who owes a scorecard is told to submit it first, and gets nothing", () => {
    expect(exportRefusal(otherAdmin, id)).toBe(OWES_SCORECARD);
    expect(collectCandidateData(otherAdmin, id)).toBeUndefined();
    expect(exportRefusal(admin, id)).toBeNull();
  });

  it("carries what was done with the candidate's records, without staff addresses or refused lookups", () => {
    expect(data.auditLog.length).toBeGreaterThan(0);
    expect(data.auditLog.every((a) => !("ip" in a) && a.action !== "access.denied")).toBe(true);
  });

  it("is the admin's alone, and another company's record is not found", () => {
    expect(collectCandidateData(recruiter, id)).toBeUndefined();
    expect(collectCandidateData(hm, id)).toBeUndefined();
    expect(collectCandidateData(admin, 999_999)).toBeUndefined();
  });
});
