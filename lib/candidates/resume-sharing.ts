import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { db } from "@/lib/db";
import { applications } from "@/db/schema";
import { Conflict, fail, notFound, ok, type ActionContext, type ActionResult } from "@/lib/action";
import { getApplications } from "@/lib/pipeline/queries";
import type { ResumeSharingInput } from "./schemas";

/**
 * Shares a candidate's résumé with the client of one application, or stops sharing it: version
 * checked (a change since the page was loaded is refused), audited in the same transaction.
 */
export function setResumeSharing(
  { applicationId, version, shared }: ResumeSharingInput,
  { viewer, audit }: ActionContext,
): ActionResult<{ candidateId: number }> {
  const [app] = getApplications(viewer, [applicationId]);
  if (!app) return notFound();
  if (app.version !== version) throw new Conflict("Someone else changed this application meanwhile; reload to see the change.");
  // Sharing is decided when submitting; before that the client cannot see the application at all.
  if (shared && !app.submittedAt) return fail("Submit the candidate to the client first; the résumé can be shared when submitting.");
  db().transaction((tx) => {
    const changed = tx
      .update(applications)
      .set({ resumeShared: shared, version: sql`${applications.version} + 1` })
      .where(and(eq(applications.id, app.id), eq(applications.version, version)))
      .run().changes;
    if (changed === 0) throw new Conflict("Someone else changed this application meanwhile; reload to see the change.");
    audit(tx, {
      action: shared ? "application.resume.share" : "application.resume.unshare",
      entityType: "application",
      entityId: app.id,
      details: { candidateId: app.candidateId },
    });
  });
  return ok({ candidateId: app.candidateId }, shared ? "Résumé shared with the client." : "Résumé no longer shared with the client.");
}
