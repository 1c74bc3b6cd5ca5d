import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db";
import { candidates } from "@/db/schema";
import { Conflict, fail, notFound, ok, type ActionContext, type ActionResult } from "@/lib/action";
import { getCandidate } from "@/lib/candidates/queries";
import { removeStoredResume } from "@/lib/candidates/resume";
import { idSchema } from "@/lib/validation";
import { anonymiseCandidate } from "./anonymise";
import { erasedAt } from "./status";

export const eraseCandidateSchema = z.object({
  candidateId: idSchema,
  version: z.coerce.number({ error: "Missing version" }).int().min(1),
  confirmName: z.string({ error: "Type the candidate's name to confirm" }).trim().min(1, "Type the candidate's name to confirm").max(300),
});
export type EraseCandidateInput = z.infer<typeof eraseCandidateSchema>;

/** Names compared as a person would read them: case, accents' composition and runs of spaces aside. */
const sameName = (a: string, b: string) =>
  a.normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase() === b.normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase();

/**
 * Erases a candidate's personal data on request (see anonymiseCandidate for what goes and what
 * stays), confirmed by typing their name; version-checked and audited in one transaction without
 * the personal data. The résumé file is deleted once the erasure has committed.
 */
export function eraseCandidate(input: EraseCandidateInput, { viewer, audit }: ActionContext): ActionResult<{ id: number }> {
  const candidate = getCandidate(viewer, input.candidateId);
  if (!candidate) return notFound();
  if (erasedAt(candidate.id)) return fail("This candidate's personal data was already erased.");
  if (!sameName(input.confirmName, candidate.name)) {
    return fail("Please correct the highlighted fields.", { confirmName: `Type the candidate's name exactly as shown: ${candidate.name}` });
  }
  const now = new Date();
  const result = db().transaction((tx) => {
    const current = tx
      .select({ id: candidates.id })
      .from(candidates)
      .where(and(eq(candidates.id, candidate.id), eq(candidates.version, input.version)))
      .get();
    if (!current) throw new Conflict("Someone else changed this candidate meanwhile; reload, check, and erase again.");
    const done = anonymiseCandidate(tx, candidate.id, now, viewer.id);
    if (!done) throw new Conflict("This candidate's personal data was already erased.");
    audit(tx, {
      action: "candidate.erased",
      entityType: "candidate",
      entityId: candidate.id,
      details: {
        reason: "request",
        applications: done.applications,
        withdrawn: done.withdrawn.length,
        notesDeleted: done.notesDeleted,
        resumeDeleted: !!done.resumeStoredName,
      },
    });
    // Each withdrawal is a move like any other in the log.
    for (const w of done.withdrawn)
      audit(tx, { action: "application.move", entityType: "application", entityId: w.id, details: { from: w.from, to: "withdrawn", reason: "erasure" } });
    return done;
  });
  if (result.resumeStoredName) removeStoredResume(result.resumeStoredName);
  return ok({ id: candidate.id }, "The candidate's personal data was erased.");
}
