"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import { addReferee, recordReferenceCall, removeReferee, updateReferee } from "@/lib/evaluation/references";
import { addRefereeSchema, recordCallSchema, removeRefereeSchema, updateRefereeSchema } from "@/lib/evaluation/reference-schemas";

// The application page's references (agency-internal: "references:manage", anyone else gets not found).

// The reference commands know the referee, not the page's id: revalidate every application page.
const refresh = () => revalidatePath("/applications/[id]", "page");

export const addRefereeAction = action("reference:create", "references:manage", addRefereeSchema, (input, ctx) => {
  const result = addReferee(input, ctx);
  if (result.ok) revalidatePath(`/applications/${input.applicationId}`);
  return result;
});

export const updateRefereeAction = action("reference:update", "references:manage", updateRefereeSchema, (input, ctx) => {
  const result = updateReferee(input, ctx);
  if (result.ok) refresh();
  return result;
});

export const removeRefereeAction = action("reference:delete", "references:manage", removeRefereeSchema, (input, ctx) => {
  const result = removeReferee(input, ctx);
  if (result.ok) refresh();
  return result;
});

export const recordReferenceCallAction = action("reference:record-call", "references:manage", recordCallSchema, (input, ctx) => {
  const result = recordReferenceCall(input, ctx);
  if (result.ok) refresh();
  return result;
});
