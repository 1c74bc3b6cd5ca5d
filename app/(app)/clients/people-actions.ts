"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import { withLink } from "@/lib/auth/origin";
import { createClientUser, sendPasswordLink, setClientUserActive } from "@/lib/users/client-users";
import { editUser } from "@/lib/users/edit";
import { createClientUserSchema, editUserSchema, passwordLinkSchema, setActiveSchema } from "@/lib/users/schemas";

// A client's people, from the client page (recruiters and admins). The link is in the answer once,
// for the dialog that shows it; it is not kept anywhere it could be read again.

function refresh(organizationId?: number) {
  if (organizationId) revalidatePath(`/clients/${organizationId}`);
  else revalidatePath("/clients/[id]", "page");
  revalidatePath("/settings/users");
}

export const createClientUserAction = action("client-user:create", "client-users:manage", createClientUserSchema, async (input, ctx) => {
  const result = await createClientUser(input, ctx);
  if (result.ok) refresh(input.organizationId);
  return withLink(result);
});

export const sendPasswordLinkAction = action("client-user:password-link", "client-users:manage", passwordLinkSchema, async (input, ctx) => {
  const result = sendPasswordLink(input, ctx);
  if (result.ok) refresh();
  return withLink(result);
});

export const deactivateClientUserAction = action("client-user:deactivate", "client-users:manage", setActiveSchema, (input, ctx) => {
  const result = setClientUserActive(input, false, ctx);
  if (result.ok) refresh();
  return result;
});

export const reactivateClientUserAction = action("client-user:reactivate", "client-users:manage", setActiveSchema, (input, ctx) => {
  const result = setClientUserActive(input, true, ctx);
  if (result.ok) refresh();
  return result;
});

export const editClientUserAction = action("client-user:edit", "client-users:manage", editUserSchema, async (input, ctx) => {
  const result = await editUser(input, "client-page", ctx);
  if (result.ok) refresh();
  return result;
});
