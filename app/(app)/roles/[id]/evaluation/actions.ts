"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import { resetRoleLoop, saveRoleLoop } from "@/lib/evaluation/template-commands";
import { resetRoleLoopSchema, roleLoopSchema } from "@/lib/evaluation/template-schemas";

// Scores are computed from ratings on read, so the role's pages re-score with the new weights once revalidated.
const revalidateRole = (roleId: number) => revalidatePath(`/roles/${roleId}`, "layout");

export const saveRoleLoopAction = action("role:save-loop", "evaluation:manage-role", roleLoopSchema, (input, ctx) => {
  const result = saveRoleLoop(input, ctx);
  if (result.ok) revalidateRole(input.roleId);
  return result;
});

export const resetRoleLoopAction = action("role:reset-loop", "evaluation:manage-role", resetRoleLoopSchema, (input, ctx) => {
  const result = resetRoleLoop(input, ctx);
  if (result.ok) revalidateRole(input.roleId);
  return result;
});
