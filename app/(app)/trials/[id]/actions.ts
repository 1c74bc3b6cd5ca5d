"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import { addCheckIn, setGoalDone } from "@/lib/trials/commands";
import { checkInSchema, goalDoneSchema } from "@/lib/trials/schemas";

// The trial page's actions: thin wrappers over lib/trials/commands.ts.

export const addCheckInAction = action("trial:check-in", "trials:check-in", checkInSchema, (input, ctx) => {
  const result = addCheckIn(input, ctx);
  if (result.ok) {
    revalidatePath(`/trials/${input.trialId}`);
    revalidatePath("/trials");
  }
  return result;
});

export const setGoalDoneAction = action("trial:goal", "trials:tick-goals", goalDoneSchema, (input, ctx) => {
  const result = setGoalDone(input, ctx);
  if (result.ok) revalidatePath("/trials", "layout");
  return result;
});
