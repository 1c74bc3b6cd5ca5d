import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { db, prepared } from "@/lib/db";
import { applications, references, roles, type ReferenceOutcome, type RoleType } from "@/db/schema";
import { Conflict, fail, notFound, ok, type ActionContext, type ActionResult } from "@/lib/action";
import { can } from "@/lib/access";
import { scopeWhere } from "@/lib/access/scope";
import type { Viewer } from "@/lib/auth/current-user";
import type { ApplicationDetail } from "@/lib/pipeline/application";
import { tickReferencesIfComplete } from "./checklist";
import { REFERENCES_ITEM, referenceQuestions } from "./defaults";
import { roleLoop } from "./loops";
import type { AddRefereeInput, RecordCallInput, RemoveRefereeInput, UpdateRefereeInput } from "./reference-schemas";

// Referees of a candidate on one application and the calls with them. Agency-internal
// ("references:manage"): anyone else is answered "not found" and is shown nothing. Completing the
// second call ticks the checklist's "Two references checked" in the same transaction.

export type ReferenceAnswer = { question: string; answer: string };
export type Referee = {
  id: number;
  name: string;
  relationship: string;
  company: string | null;
  email: string | null;
  phone: string | null;
  answers: ReferenceAnswer[];
  notes: string | null;
  outcome: ReferenceOutcome | null;
  completedAt: Date | null;
  version: number;
};

const answersSchema = z.array(z.object({ question: z.string(), answer: z.string() }));
const parseAnswers = (json: string): ReferenceAnswer[] => answersSchema.safeParse(JSON.parse(json)).data ?? [];

/** The questions of a reference call: those for everyone, then those of the role's type. */
export function referenceQuestionsFor(type: RoleType): string[] {
  return [...referenceQuestions.everyone, ...referenceQuestions[type]];
}

const columns = {
  id: references.id,
  applicationId: references.applicationId,
  name: references.name,
  relationship: references.relationship,
  company: references.company,
  email: references.email,
  phone: references.phone,
  answers: references.answers,
  notes: references.notes,
  outcome: references.outcome,
  completedAt: references.completedAt,
  version: references.version,
};
type Row = { [K in keyof typeof columns]: (typeof references.$inferSelect)[K] };

const toReferee = ({ applicationId: _a, answers, ...row }: Row): Referee => ({ ...row, answers: parseAnswers(answers) });

/** The application's referees, oldest first, for a viewer who manages references; undefined for anyone else. */
export function listReferences(viewer: Viewer, application: Pick<ApplicationDetail, "id">): Referee[] | undefined {
  if (!can(viewer, "references:manage")) return undefined;
  return prepared("application-references", (d) =>
    d
      .select(columns)
      .from(references)
      .where(eq(references.applicationId, sql.placeholder("application")))
      .orderBy(asc(references.id))
      .prepare(),
  )
    .all({ application: application.id })
    .map(toReferee);
}

/** One referee with its application's role, through the viewer's scope; undefined reads as not found. */
function loadReference(viewer: Viewer, referenceId: number) {
  if (!can(viewer, "references:manage")) return undefined;
  return db()
    .select({ ...columns, role: { id: roles.id, type: roles.type } })
    .from(references)
    .innerJoin(applications, eq(applications.id, references.applicationId))
    .innerJoin(roles, eq(roles.id, applications.roleId))
    .where(and(eq(references.id, referenceId), scopeWhere(viewer).applications))
    .get();
}

/** The application a referee is added to, through the viewer's scope. */
function loadApplication(viewer: Viewer, applicationId: number) {
  if (!can(viewer, "references:manage")) return undefined;
  return db()
    .select({ id: applications.id })
    .from(applications)
    .innerJoin(roles, eq(roles.id, applications.roleId))
    .where(and(eq(applications.id, applicationId), scopeWhere(viewer).applications))
    .get();
}

const CONFLICT = "Someone else changed this referee meanwhile; reload to see their change, then try again.";

const contact = (input: AddRefereeInput | UpdateRefereeInput) => ({
  name: input.name,
  relationship: input.relationship,
  company: input.company || null,
  email: input.email || null,
  phone: input.phone || null,
});

export function addReferee(input: AddRefereeInput, { viewer, audit }: ActionContext): ActionResult<{ id: number }> {
  const application = loadApplication(viewer, input.applicationId);
  if (!application) return notFound();
  const created = db().transaction((tx) => {
    const row = tx
      .insert(references)
      .values({ applicationId: application.id, ...contact(input), createdById: viewer.id })
      .returning({ id: references.id })
      .get();
    audit(tx, { action: "reference.create", entityType: "reference", entityId: row.id, details: { applicationId: application.id } });
    return row;
  });
  return ok(created, `Added ${input.name} as a referee.`);
}

export function updateReferee(input: UpdateRefereeInput, { viewer, audit }: ActionContext): ActionResult {
  const ref = loadReference(viewer, input.referenceId);
  if (!ref) return notFound();
  db().transaction((tx) => {
    const changed = tx
      .update(references)
      .set({ ...contact(input), version: sql`${references.version} + 1` })
      .where(and(eq(references.id, ref.id), eq(references.version, input.version)))
      .run().changes;
    if (changed === 0) throw new Conflict(CONFLICT);
    audit(tx, { action: "reference.update", entityType: "reference", entityId: ref.id, details: { applicationId: ref.applicationId } });
  });
  return ok(undefined, `Saved ${input.name}.`);
}

/** Removes a referee who has not been called yet; a completed call is evidence and stays. */
export function removeReferee(input: RemoveRefereeInput, { viewer, audit }: ActionContext): ActionResult {
  const ref = loadReference(viewer, input.referenceId);
  if (!ref) return notFound();
  if (ref.completedAt) return fail(`The call with ${ref.name} is recorded, so they stay on the list.`);
  db().transaction((tx) => {
    const changed = tx
      .delete(references)
      .where(and(eq(references.id, ref.id), eq(references.version, input.version), sql`${references.completedAt} is null`))
      .run().changes;
    if (changed === 0) throw new Conflict(CONFLICT);
    audit(tx, { action: "reference.delete", entityType: "reference", entityId: ref.id, details: { applicationId: ref.applicationId, name: ref.name } });
  });
  return ok(undefined, `Removed ${ref.name}.`);
}

/**
 * Records the call: the answers to the role type's questions, notes and the outcome, which
 * completes the reference. When that makes two completed references and the role's checklist has
 * "Two references checked", the system ticks it in the same transaction, naming the references.
 */
export function recordReferenceCall(input: RecordCallInput, ctx: ActionContext): ActionResult {
  const { viewer, audit } = ctx;
  const ref = loadReference(viewer, input.referenceId);
  if (!ref) return notFound();
  const questions = referenceQuestionsFor(ref.role.type);
  if (input.answers.length !== questions.length) return fail("The questions of this call have changed; reload the page and record it again.");
  const answers = questions.map((question, i) => ({ question, answer: input.answers[i] }));
  const ticksReferences = roleLoop(ref.role).checklist.includes(REFERENCES_ITEM);
  db().transaction((tx) => {
    const now = new Date();
    const changed = tx
      .update(references)
      .set({
        answers: JSON.stringify(answers),
        notes: input.notes || null,
        outcome: input.outcome,
        completedAt: ref.completedAt ?? now,
        version: sql`${references.version} + 1`,
      })
      .where(and(eq(references.id, ref.id), eq(references.version, input.version)))
      .run().changes;
    if (changed === 0) throw new Conflict(CONFLICT);
    audit(tx, {
      action: "reference.record-call",
      entityType: "reference",
      entityId: ref.id,
      details: { applicationId: ref.applicationId, outcome: input.outcome },
    });
    if (ticksReferences) tickReferencesIfComplete(tx, ctx, ref.applicationId);
  });
  return ok(undefined, `Recorded the call with ${ref.name}.`);
}
