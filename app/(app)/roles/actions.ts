"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { action } from "@/lib/action";
import { addCandidateToRole, moveApplications } from "@/lib/pipeline/commands";
import { addToRoleSchema, moveSchema } from "@/lib/pipeline/schemas";
import { z } from "zod";
import { createRole, hiringManagerChoices, updateRole } from "@/lib/roles/commands";
import { roleFieldsSchema, updateRoleSchema } from "@/lib/roles/schemas";
import { idSchema } from "@/lib/validation";

export const createRoleAction = action("role:create", "roles:manage", roleFieldsSchema, (input, ctx) => {
  const result = createRole(input, ctx);
  if (!result.ok) return result;
  revalidatePath("/roles");
  redirect(`/roles/${result.data!.id}?saved=role-created`);
});

/** Read only: the role form's hiring managers, asked for when a client is picked. */
export const hiringManagerChoicesAction = action("role:hiring-managers", "roles:manage", z.object({ clientId: idSchema }), hiringManagerChoices);

export const updateRoleAction = action("role:update", "roles:manage", updateRoleSchema, (input, ctx) => {
  const result = updateRole(input, ctx);
  if (!result.ok) return result;
  revalidatePath("/roles");
  redirect(`/roles/${input.roleId}?saved=role-saved`);
});

export const moveApplicationsAction = action("application:move", "applications:move", moveSchema, (input, ctx) => {
  const result = moveApplications(input, ctx);
  if (result.ok) {
    revalidatePath(`/roles/${input.roleId}`);
    revalidatePath("/roles");
  }
  return result;
});

export const addCandidateToRoleAction = action("application:create", "applications:create", addToRoleSchema, (input, ctx) => {
  const result = addCandidateToRole(input, ctx);
  if (result.ok) {
    revalidatePath(`/roles/${input.roleId}`);
    revalidatePath(`/candidates/${input.candidateId}`);
  }
  return result;
});
