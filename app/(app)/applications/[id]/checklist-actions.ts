"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import { tickChecklistItem, untickChecklistItem } from "@/lib/evaluation/checklist";
import { tickSchema, untickSchema } from "@/lib/evaluation/checklist-schemas";

// The application page's checklist. Its own file (not ./actions.ts) so the page's other sections
// can add theirs without touching it.

export const tickChecklistItemAction = action("checklist:tick", "checklist:tick", tickSchema, (input, ctx) => {
  const result = tickChecklistItem(input, ctx);
  if (result.ok) revalidatePath(`/applications/${input.applicationId}`);
  return result;
});

export const untickChecklistItemAction = action("checklist:untick", "checklist:tick", untickSchema, (input, ctx) => {
  const result = untickChecklistItem(input, ctx);
  if (result.ok) revalidatePath(`/applications/${input.applicationId}`);
  return result;
});
