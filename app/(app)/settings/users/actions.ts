"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import { withLink } from "@/lib/auth/origin";
import { createUser, resetPassword, setUserActive } from "@/lib/users/commands";
import { editUser } from "@/lib/users/edit";
import { createUserSchema, editUserSchema, resetPasswordSchema, setActiveSchema } from "@/lib/users/schemas";

const PAGE = "/settings/users";

export const createUserAction = action("user:create", "users:manage", createUserSchema, async (input, ctx) => {
  const result = await createUser(input, ctx);
  if (!result.ok) return result;
  revalidatePath(PAGE);
  revalidatePath("/clients/[id]", "page");
  // A client user comes with a set-password link to pass on; an agency user has the typed password.
  const data = result.data!;
  return "token" in data ? withLink({ ...result, data }) : result;
});

export const deactivateUserAction = action("user:deactivate", "users:manage", setActiveSchema, (input, ctx) => {
  const result = setUserActive(input, false, ctx);
  if (result.ok) revalidatePath(PAGE);
  return result;
});

export const reactivateUserAction = action("user:reactivate", "users:manage", setActiveSchema, (input, ctx) => {
  const result = setUserActive(input, true, ctx);
  if (result.ok) revalidatePath(PAGE);
  return result;
});

export const resetPasswordAction = action("user:reset-password", "users:manage", resetPasswordSchema, async (input, ctx) => {
  const result = await resetPassword(input, ctx);
  if (result.ok) revalidatePath(PAGE);
  return result;
});

export const editUserAction = action("user:edit", "users:manage", editUserSchema, async (input, ctx) => {
  const result = await editUser(input, "admin", ctx);
  if (result.ok) {
    revalidatePath(PAGE);
    revalidatePath("/clients/[id]", "page");
  }
  return result;
});
