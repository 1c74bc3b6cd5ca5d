import "server-only";
import { and, eq } from "drizzle-orm";
import { type Tx } from "@/db/client";
import { db } from "@/lib/db";
import { candidateSkills, candidates, notes, roles } from "@/db/schema";
import { Conflict, fail, isUniqueViolation, notFound, ok, type ActionContext, type ActionResult } from "@/lib/action";
import { can } from "@/lib/access";
import { candidateApplications, findCandidateByEmail, getCandidate } from "./queries";
import { checkResume, removeStoredResume, storeResume, type ResumeKind } from "./resume";
import type { CandidateFields, NoteInput, UpdateCandidateInput } from "./schemas";
import { parseSkills } from "./search-query";
import { ERASED_MESSAGE, erasedAt } from "@/lib/privacy/status";

type StoredResume = { fileName: string; storedName: string; kind: ResumeKind; size: number };

/** Validates and stores an uploaded résumé; nothing is written when it is refused. */
async function acceptResume(file: File): Promise<{ ok: true; stored: StoredResume } | { ok: false; message: string }> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const check = checkResume(file, bytes);
  if (!check.ok) return check;
  const storedName = storeResume(bytes, check.kind);
  return { ok: true, stored: { fileName: file.name.slice(0, 200) || `resume.${check.kind.ext}`, storedName, kind: check.kind, size: bytes.byteLength } };
}

function resumeColumns(r: StoredResume) {
  return { resumeFileName: r.fileName, resumeStoredName: r.storedName, resumeMimeType: r.kind.mimeType, resumeSize: r.size };
}

function writeSkills(tx: Tx, candidateId: number, skills: string[]) {
  tx.delete(candidateSkills).where(eq(candidateSkills.candidateId, candidateId)).run();
  for (const skill of new Set(skills.map((s) => s.toLowerCase()))) tx.insert(candidateSkills).values({ candidateId, skill }).run();
}

export async function createCandidate(input: CandidateFields, { viewer, audit }: ActionContext): Promise<ActionResult<{ id: number }>> {
  const existing = findCandidateByEmail(input.email);
  if (existing) {
    return {
      ...fail("A candidate with this email already exists.", { email: "A candidate with this email already exists" }),
      link: { href: `/candidates/${existing.id}`, label: `Open ${existing.name}` },
    };
  }
  let stored: StoredResume | undefined;
  if (input.resume) {
    const accepted = await acceptResume(input.resume);
    if (!accepted.ok) return fail("Please correct the highlighted fields.", { resume: accepted.message });
    stored = accepted.stored;
  }
  const skills = parseSkills(input.skills);
  try {
    const created = db().transaction((tx) => {
      const row = tx
        .insert(candidates)
        .values({
          ...profileColumns(input, skills),
          ownerId: viewer.id,
          ...(stored ? resumeColumns(stored) : {}),
        })
        .returning({ id: candidates.id })
        .get();
      writeSkills(tx, row.id, skills);
      audit(tx, { action: "candidate.create", entityType: "candidate", entityId: row.id, details: stored ? { resume: stored.storedName } : undefined });
      return row;
    });
    return ok(created, `Added ${input.name}.`);
  } catch (error) {
    if (stored) removeStoredResume(stored.storedName);
    if (isUniqueViolation(error)) return fail("A candidate with this email already exists.", { email: "A candidate with this email already exists" });
    throw error;
  }
}

function profileColumns(input: Omit<CandidateFields, "resume">, skills: string[]) {
  return {
    name: input.name,
    email: input.email,
    emailNormalized: input.email.toLowerCase(),
    phone: input.phone || null,
    location: input.location || null,
    timezone: input.timezone || null,
    currentTitle: input.currentTitle || null,
    yearsExperience: input.yearsExperience ?? null,
    skills: skills.join(", "),
    source: input.source,
    linkedinUrl: input.linkedinUrl || null,
    githubUrl: input.githubUrl || null,
    portfolioUrl: input.portfolioUrl || null,
  };
}

export function updateCandidate(input: UpdateCandidateInput, { viewer, audit }: ActionContext): ActionResult<{ id: number }> {
  const candidate = getCandidate(viewer, input.candidateId);
  if (!candidate) return notFound();
  if (erasedAt(candidate.id)) return fail(ERASED_MESSAGE);
  const clash = findCandidateByEmail(input.email);
  if (clash && clash.id !== candidate.id) {
    return {
      ...fail("A candidate with this email already exists.", { email: "A candidate with this email already exists" }),
      link: { href: `/candidates/${clash.id}`, label: `Open ${clash.name}` },
    };
  }
  const skills = parseSkills(input.skills);
  try {
    db().transaction((tx) => {
      const changed = tx
        .update(candidates)
        .set({ ...profileColumns(input, skills), version: input.version + 1 })
        .where(and(eq(candidates.id, candidate.id), eq(candidates.version, input.version)))
        .run().changes;
      if (changed === 0) throw new Conflict("Someone else changed this candidate meanwhile; reload to see their change, then edit again.");
      writeSkills(tx, candidate.id, skills);
      audit(tx, { action: "candidate.update", entityType: "candidate", entityId: candidate.id });
    });
  } catch (error) {
    if (isUniqueViolation(error)) return fail("A candidate with this email already exists.", { email: "A candidate with this email already exists" });
    throw error;
  }
  return ok({ id: candidate.id }, "Saved.");
}

export async function uploadResume(
  { candidateId, version, resume }: { candidateId: number; version: number; resume: File },
  { viewer, audit }: ActionContext,
): Promise<ActionResult> {
  const candidate = getCandidate(viewer, candidateId);
  if (!candidate) return notFound();
  if (erasedAt(candidate.id)) return fail(ERASED_MESSAGE);
  const accepted = await acceptResume(resume);
  if (!accepted.ok) return fail(accepted.message, { resume: accepted.message });
  try {
    db().transaction((tx) => {
      const changed = tx
        .update(candidates)
        .set({ ...resumeColumns(accepted.stored), version: version + 1 })
        .where(and(eq(candidates.id, candidate.id), eq(candidates.version, version)))
        .run().changes;
      if (changed === 0) throw new Conflict("Someone else changed this candidate meanwhile; reload and upload again.");
      audit(tx, { action: "candidate.resume.upload", entityType: "candidate", entityId: candidate.id, details: { resume: accepted.stored.storedName } });
    });
  } catch (error) {
    removeStoredResume(accepted.stored.storedName);
    throw error;
  }
  if (candidate.resume) removeStoredResume(candidate.resume.storedName);
  return ok(undefined, "Résumé uploaded.");
}

/**
 * A note on the candidate (agency only, always internal) or on one of their applications.
 * Client users may write only shared notes, on applications submitted to their company.
 */
export function addNote(input: NoteInput, { viewer, audit }: ActionContext): ActionResult {
  const candidate = getCandidate(viewer, input.candidateId);
  if (!candidate) return notFound();
  if (erasedAt(candidate.id)) return fail(ERASED_MESSAGE);
  const internal = can(viewer, "notes:create-internal");
  let application: { id: number; roleId: number } | undefined;
  if (input.applicationId) {
    application = candidateApplications(viewer, candidate.id).find((a) => a.id === input.applicationId);
    if (!application) return notFound();
  } else if (!internal) {
    return fail("Please correct the highlighted fields.", { applicationId: "Choose the role this note is about" });
  }
  const visibility = internal ? input.visibility : "shared";
  if (visibility === "shared" && !application) {
    return fail("Please correct the highlighted fields.", { visibility: "Only a note on a role can be shared with that role's client" });
  }
  db().transaction((tx) => {
    const now = new Date();
    const row = tx
      .insert(notes)
      .values({ candidateId: candidate.id, applicationId: application?.id ?? null, authorId: viewer.id, visibility, body: input.body, createdAt: now })
      .returning({ id: notes.id })
      .get();
    if (application) tx.update(roles).set({ lastActivityAt: now }).where(eq(roles.id, application.roleId)).run();
    audit(tx, { action: "note.create", entityType: "note", entityId: row.id, details: { candidateId: candidate.id, visibility } });
  });
  // A client user's note is theirs, on their own company's application: no "sharing" to speak of.
  if (!internal) return ok(undefined, "Note added.");
  return ok(undefined, visibility === "shared" ? "Note added and shared with the client." : "Internal note added.");
}
