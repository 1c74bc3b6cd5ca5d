import "server-only";
import { and, eq } from "drizzle-orm";
import { db } from "@/lib/db";
import { can } from "@/lib/access";
import { applications, organizations, roles, users } from "@/db/schema";
import { Conflict, fail, notFound, ok, type ActionContext, type ActionResult, type FieldErrors } from "@/lib/action";
import { parseSkills } from "@/lib/candidates/search-query";
import { copyTemplateToRole } from "@/lib/evaluation/template-commands";
import { getClientChoice } from "@/lib/clients/queries";
import { clientHiringManagers, getRole } from "./queries";
import type { RoleFields } from "./schemas";

/** Checks the references a role names: a client, an agency owner, and that client's hiring manager. */
function checkReferences(input: RoleFields): FieldErrors {
  const errors: FieldErrors = {};
  const client = db().select({ kind: organizations.kind }).from(organizations).where(eq(organizations.id, input.clientId)).get();
  if (client?.kind !== "client") errors.clientId = "Choose a client";
  const owner = db().select({ kind: users.kind, active: users.active }).from(users).where(eq(users.id, input.ownerId)).get();
  if (!owner || !owner.active || (owner.kind !== "recruiter" && owner.kind !== "admin")) errors.ownerId = "Choose an active recruiter";
  if (input.hiringManagerId) {
    const hm = db().select({ kind: users.kind, org: users.organizationId }).from(users).where(eq(users.id, input.hiringManagerId)).get();
    if (!hm || hm.kind !== "hiring_manager" || hm.org !== input.clientId) errors.hiringManagerId = "Choose a hiring manager of this client";
  }
  return errors;
}

/** Headcount and status against the hires made: a role cannot need fewer people than it has hired, nor be Filled before it has them all. */
function checkHires(input: RoleFields, hired: number): Record<string, string> {
  const errors: Record<string, string> = {};
  if (input.headcount < hired) errors.headcount = `${hired} already hired: the headcount cannot be lower`;
  else if (input.status === "filled" && hired < input.headcount)
    errors.status = `Filled once ${input.headcount} of ${input.headcount} are hired (${hired} so far): a role ended otherwise is Closed`;
  return errors;
}

function values(input: RoleFields) {
  return {
    title: input.title,
    clientId: input.clientId,
    type: input.type,
    status: input.status,
    headcount: input.headcount,
    ownerId: input.ownerId,
    hiringManagerId: input.hiringManagerId ?? null,
    description: input.description || null,
    skills: parseSkills(input.skills).join(", ") || null,
    timezoneOverlap: input.timezoneOverlap || null,
    openedOn: input.openedOn || null,
  };
}

export function createRole(input: RoleFields, { viewer, audit }: ActionContext): ActionResult<{ id: number }> {
  const errors = { ...checkReferences(input), ...checkHires(input, 0) };
  if (Object.keys(errors).length) return fail("Please correct the highlighted fields.", errors);
  const created = db().transaction((tx) => {
    const row = tx
      .insert(roles)
      .values({ ...values(input), openedOn: input.openedOn || new Date().toISOString().slice(0, 10) })
      .returning({ id: roles.id })
      .get();
    // The role keeps its own copy: later edits of the template do not change a running loop.
    copyTemplateToRole(tx, row.id, input.type, viewer.id);
    audit(tx, { action: "role.create", entityType: "role", entityId: row.id, details: { clientId: input.clientId } });
    return row;
  });
  return ok(created, `Created ${input.title}.`);
}

export function updateRole(input: RoleFields & { roleId: number; version: number }, { viewer, audit }: ActionContext): ActionResult<{ id: number }> {
  const role = getRole(viewer, input.roleId);
  if (!role) return notFound();
  // Only a change of headcount or status is held to the hires: a role a trial's conversion took past
  // its headcount (or one saved before this rule) can still have its title or owner edited.
  const staffing = input.headcount !== role.headcount || input.status !== role.status ? checkHires(input, role.hiredCount) : {};
  const errors = { ...checkReferences(input), ...staffing };
  if (input.clientId !== role.clientId && db().select({ id: applications.id }).from(applications).where(eq(applications.roleId, role.id)).limit(1).get()) {
    // Its candidates were submitted to (and are visible to) this client; moving them elsewhere would leak them.
    errors.clientId = "This role already has candidates, so its client cannot change";
  }
  if (Object.keys(errors).length) return fail("Please correct the highlighted fields.", errors);
  db().transaction((tx) => {
    const changed = tx
      .update(roles)
      .set({ ...values(input), version: input.version + 1, lastActivityAt: new Date() })
      .where(and(eq(roles.id, role.id), eq(roles.version, input.version)))
      .run().changes;
    if (changed === 0) throw new Conflict("Someone else changed this role meanwhile; reload to see their change, then edit again.");
    audit(tx, { action: "role.update", entityType: "role", entityId: role.id });
  });
  return ok({ id: role.id }, "Saved.");
}

/** Read only: the hiring managers of the client just picked in the role form; another company's id is "not found". */
export function hiringManagerChoices(input: { clientId: number }, { viewer }: ActionContext): ActionResult<{ id: number; name: string }[]> {
  if (!can(viewer, "roles:manage") || !getClientChoice(viewer, input.clientId)) return notFound();
  return ok(clientHiringManagers(viewer, input.clientId));
}
