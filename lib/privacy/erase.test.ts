import fs from "node:fs";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  applications,
  auditLog,
  candidateSkills,
  candidates,
  checklistTicks,
  notes,
  references,
  scorecards,
  stageEvents,
  trialCheckIns,
  trialReopenings,
  trials,
  type Candidate,
} from "@/db/schema";
import { Conflict } from "@/lib/action";
import { writeAudit } from "@/lib/audit";
import { searchCandidates } from "@/lib/candidates/search";
import { resumePath, storeResume } from "@/lib/candidates/resume";
import { contextFor, makeApplication, makeInterview, makeOrg, makeRole, makeScorecard, makeViewer } from "@/lib/testing/factories";
import { addNote, updateCandidate, uploadResume } from "@/lib/candidates/commands";
import { eraseCandidate } from "./erase";
import { ERASED_NAME, erasedEmail } from "./anonymise";
import { ERASED_MESSAGE, erasedAt } from "./status";

const agency = makeOrg("agency", "Agency");
const client = makeOrg("client", "Client A");
const admin = makeViewer("admin", agency);
const recruiter = makeViewer("recruiter", agency);
const hm = makeViewer("hiring_manager", client);
const role = makeRole(client, recruiter);

/** A candidate with everything personal one can hold: profile, skills, résumé, notes, and free text about them. */
function richCandidate() {
  const app = makeApplication(role, "trial");
  const id = app.candidateId;
  const stored = storeResume(new TextEncoder().encode("%PDF-1.4 Zelda Quixote's CV"), { ext: "pdf", mimeType: "application/pdf" });
  db()
    .update(candidates)
    .set({
      name: "Zelda Quixote",
      email: "zelda.quixote@example.com",
      emailNormalized: "zelda.quixote@example.com",
      phone: "+44 20 7946 0000",
      location: "Lisbon",
      currentTitle: "Staff Frobnicator",
      skills: "Haskell, Zygomorphism",
      linkedinUrl: "https://linkedin.com/in/zq",
      resumeFileName: "zelda.pdf",
      resumeStoredName: stored,
      resumeMimeType: "application/pdf",
      resumeSize: 30,
    })
    .where(eq(candidates.id, id))
    .run();
  db().insert(candidateSkills).values({ candidateId: id, skill: "zygomorphism" }).run();
  db().insert(notes).values({ candidateId: id, authorId: recruiter.id, body: "Zelda prefers mornings" }).run();
  db().insert(notes).values({ candidateId: id, applicationId: app.id, authorId: hm.id, visibility: "shared", body: "Great first call" }).run();
  db().update(applications).set({ rejectionNote: "Was rejected once before" }).where(eq(applications.id, app.id)).run();
  db().insert(stageEvents).values({ applicationId: app.id, fromStage: "offer", toStage: "trial", actorId: recruiter.id, reason: "Zelda said yes" }).run();
  const interview = makeInterview(app, [recruiter]);
  makeScorecard(interview, recruiter, { status: "submitted", ratings: '{"technical_depth":4}', recommendation: "strong_yes", notes: "Zelda was brilliant" });
  db().insert(checklistTicks).values({ applicationId: app.id, item: "Two references checked", evidence: "Called Bob Referee" }).run();
  writeAudit(db(), { action: "checklist.tick", entityType: "application", entityId: app.id, details: { item: "x", evidence: "Called Bob Referee" } });
  db()
    .insert(references)
    .values({
      applicationId: app.id,
      name: "Bob Referee",
      relationship: "Manager",
      email: "bob@ref.test",
      notes: "Zelda is great",
      outcome: "positive",
      createdById: recruiter.id,
    })
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
      decisionNote: "Zelda rocks",
      createdById: recruiter.id,
    })
    .returning()
    .get();
  db()
    .insert(trialCheckIns)
    .values({ trialId: trial.id, authorId: hm.id, on: "2026-01-06", sentiment: "on_track", visibility: "shared", note: "Zelda shipped" })
    .run();
  db()
    .insert(trialReopenings)
    .values({ trialId: trial.id, outcome: "converted", decisionNote: "Zelda converted", reason: "Zelda asked for more time", actorId: recruiter.id })
    .run();
  return { id, app, stored, trial };
}

describe("erasing a candidate", () => {
  let subject: ReturnType<typeof richCandidate>;
  let row: Candidate;
  beforeAll(() => {
    subject = richCandidate();
    const version = db().select().from(candidates).where(eq(candidates.id, subject.id)).get()!.version;
    const result = eraseCandidate({ candidateId: subject.id, version, confirmName: "  zelda   QUIXOTE " }, contextFor(admin));
    expect(result).toMatchObject({ ok: true });
    row = db().select().from(candidates).where(eq(candidates.id, subject.id)).get()!;
  });

  it("anonymises the profile and marks it erased", () => {
    expect(row).toMatchObject({
      name: ERASED_NAME,
      email: erasedEmail(subject.id),
      emailNormalized: erasedEmail(subject.id),
      phone: null,
      location: null,
      currentTitle: null,
      skills: "",
      linkedinUrl: null,
      resumeStoredName: null,
      resumeFileName: null,
    });
    expect(erasedAt(subject.id)).toBeInstanceOf(Date);
    expect(db().select().from(candidateSkills).where(eq(candidateSkills.candidateId, subject.id)).all()).toEqual([]);
  });

  it("deletes the résumé file and every note about them", () => {
    expect(fs.existsSync(resumePath(subject.stored))).toBe(false);
    expect(db().select().from(notes).where(eq(notes.candidateId, subject.id)).all()).toEqual([]);
  });

  it("keeps the pipeline statistics but clears the free text about them", () => {
    const app = db().select().from(applications).where(eq(applications.id, subject.app.id)).get()!;
    expect(app).toMatchObject({ stage: "trial", rejectionNote: null });
    expect(db().select().from(stageEvents).where(eq(stageEvents.applicationId, app.id)).all()).toEqual([
      expect.objectContaining({ toStage: "trial", reason: null }),
    ]);
    const [card] = db().select().from(scorecards).where(eq(scorecards.applicationId, app.id)).all();
    expect(card).toMatchObject({ ratings: '{"technical_depth":4}', recommendation: "strong_yes", notes: null });
    expect(db().select().from(references).where(eq(references.applicationId, app.id)).get()).toMatchObject({ outcome: "positive", email: null, notes: null });
    expect(db().select().from(trials).where(eq(trials.id, subject.trial.id)).get()).toMatchObject({ decisionNote: null, startsOn: "2026-01-05" });
    const all = JSON.stringify([
      db().select().from(references).all(),
      db().select().from(checklistTicks).all(),
      db().select().from(trialCheckIns).all(),
      db().select().from(trialReopenings).all(),
      db().select().from(auditLog).all(),
    ]);
    expect(all).not.toMatch(/Zelda|Bob Referee|zelda\.quixote/);
  });

  it("leaves nothing a search for the old name, email or skill finds", () => {
    for (const q of ["Zelda", "quixote", "zelda.quixote@example.com", "Zygomorphism", "Frobnicator"]) {
      expect(searchCandidates(recruiter, { q }).rows, q).toEqual([]);
    }
    expect(searchCandidates(recruiter, { skill: "zygomorphism" }).rows).toEqual([]);
    const fts = db().$client.prepare("select rowid from candidates_fts where candidates_fts match ?").all('"zelda" OR "quixote" OR "zygomorphism"');
    expect(fts).toEqual([]);
    expect(db().$client.prepare("insert into candidates_fts(candidates_fts) values('integrity-check')").run().changes).toBeGreaterThanOrEqual(0);
  });

  it("is audited without the personal data", () => {
    const rows = db().select().from(auditLog).where(eq(auditLog.action, "candidate.erased")).all();
    expect(rows).toEqual([expect.objectContaining({ actorId: admin.id, entityType: "candidate", entityId: String(subject.id) })]);
    expect(JSON.stringify(rows)).not.toMatch(/Zelda|Quixote/i);
  });

  it("refuses every later edit: profile, résumé and notes", async () => {
    const ctx = contextFor(recruiter);
    const fields = {
      ...{ phone: "", location: "", timezone: "", currentTitle: "", linkedinUrl: "", githubUrl: "", portfolioUrl: "" },
      name: "Zelda Again",
      email: "zelda.quixote@example.com",
      source: "sourced" as const,
      skills: "",
      candidateId: subject.id,
      version: row.version,
    };
    expect(updateCandidate(fields, ctx)).toMatchObject({ ok: false, message: ERASED_MESSAGE });
    const pdf = new File([new TextEncoder().encode("%PDF-1.4 again")], "cv.pdf", { type: "application/pdf" });
    expect(await uploadResume({ candidateId: subject.id, version: row.version, resume: pdf }, ctx)).toMatchObject({ ok: false, message: ERASED_MESSAGE });
    expect(addNote({ candidateId: subject.id, visibility: "internal", body: "Zelda called back" }, ctx)).toMatchObject({ ok: false, message: ERASED_MESSAGE });
    expect(db().select().from(candidates).where(eq(candidates.id, subject.id)).get()).toEqual(row);
  });

  it("refuses a second erasure", () => {
    const again = eraseCandidate({ candidateId: subject.id, version: row.version, confirmName: ERASED_NAME }, contextFor(admin));
    expect(again).toMatchObject({ ok: false, message: "This candidate's personal data was already erased." });
  });
});

describe("where an erased candidate sits", () => {
  it("keeps its place in the candidates list: an erasure is not a change a recruiter is looking for", () => {
    const [erased, later] = [makeApplication(role, "screening"), makeApplication(role, "screening")].map((a) => a.candidateId);
    const at = (day: string, id: number) =>
      db()
        .update(candidates)
        .set({ updatedAt: new Date(day) })
        .where(eq(candidates.id, id))
        .run();
    at("2025-01-01T00:00:00Z", erased);
    at("2025-06-01T00:00:00Z", later);
    const { version, name } = db().select().from(candidates).where(eq(candidates.id, erased)).get()!;
    expect(eraseCandidate({ candidateId: erased, version, confirmName: name }, contextFor(admin))).toMatchObject({ ok: true });
    const ids = searchCandidates(recruiter, {}).rows.map((r) => r.id);
    expect(ids.indexOf(later)).toBeLessThan(ids.indexOf(erased));
  });
});

describe("the erase command's refusals", () => {
  it("asks for the name as shown, and changes nothing on a wrong one", () => {
    const app = makeApplication(role, "screening");
    const before = db().select().from(candidates).where(eq(candidates.id, app.candidateId)).get()!;
    const result = eraseCandidate({ candidateId: before.id, version: before.version, confirmName: "Someone Else" }, contextFor(admin));
    expect(result).toMatchObject({ ok: false, fieldErrors: { confirmName: `Type the candidate's name exactly as shown: ${before.name}` } });
    expect(db().select().from(candidates).where(eq(candidates.id, before.id)).get()).toEqual(before);
  });

  it("tells the loser of a concurrent edit", () => {
    const app = makeApplication(role, "screening");
    const before = db().select().from(candidates).where(eq(candidates.id, app.candidateId)).get()!;
    db()
      .update(candidates)
      .set({ version: before.version + 1 })
      .where(eq(candidates.id, before.id))
      .run();
    // Thrown inside the transaction (rolling it back); action() answers it as a conflict.
    expect(() => eraseCandidate({ candidateId: before.id, version: before.version, confirmName: before.name }, contextFor(admin))).toThrow(Conflict);
    expect(erasedAt(before.id)).toBeNull();
  });

  it("answers not found for a candidate the viewer may not see", () => {
    const other = makeOrg("client", "Client B");
    const hmB = makeViewer("hiring_manager", other);
    const app = makeApplication(role, "submitted");
    const c = db().select().from(candidates).where(eq(candidates.id, app.candidateId)).get()!;
    expect(eraseCandidate({ candidateId: c.id, version: c.version, confirmName: c.name }, contextFor(hmB))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Not found/),
    });
    expect(eraseCandidate({ candidateId: 999_999, version: 1, confirmName: "x" }, contextFor(admin))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Not found/),
    });
  });
});

describe("erasing a candidate still in pipelines", () => {
  it("withdraws the applications before a trial (by the admin, with their stage event) and shares the résumé with no one; a trial is left to its decision", () => {
    const open = makeApplication(role, "submitted");
    const other = makeApplication(makeRole(client, recruiter), "client_interview");
    db().update(applications).set({ candidateId: open.candidateId, resumeShared: true }).where(eq(applications.id, other.id)).run();
    const candidateId = open.candidateId;
    const version = db().select().from(candidates).where(eq(candidates.id, candidateId)).get()!.version;
    const name = db().select().from(candidates).where(eq(candidates.id, candidateId)).get()!.name;
    expect(eraseCandidate({ candidateId, version, confirmName: name }, contextFor(admin))).toMatchObject({ ok: true });
    for (const [id, from] of [
      [open.id, "submitted"],
      [other.id, "client_interview"],
    ] as const) {
      expect(db().select().from(applications).where(eq(applications.id, id)).get()).toMatchObject({ stage: "withdrawn", resumeShared: false });
      expect(db().select().from(stageEvents).where(eq(stageEvents.applicationId, id)).all().at(-1)).toMatchObject({
        fromStage: from,
        toStage: "withdrawn",
        actorId: admin.id,
      });
    }
    const audit = db()
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, String(candidateId)))
      .all()
      .find((a) => a.action === "candidate.erased");
    expect(audit?.details).toMatchObject({ applications: 2, withdrawn: 2 });
    // Each withdrawal is in the log as a move.
    const moves = db().select().from(auditLog).where(eq(auditLog.action, "application.move")).all();
    expect(moves.filter((m) => [String(open.id), String(other.id)].includes(m.entityId!)).map((m) => m.details)).toEqual([
      { from: "submitted", to: "withdrawn", reason: "erasure" },
      { from: "client_interview", to: "withdrawn", reason: "erasure" },
    ]);
  });
});
