"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import { amendScorecard, saveScorecard } from "@/lib/evaluation/scorecard-commands";
import { amendSchema, scorecardSchema } from "@/lib/evaluation/scorecard-schemas";

// The scorecard form's actions: thin wrappers over lib/evaluation/scorecard-commands.ts.

export const saveScorecardAction = action("scorecard:save", "scorecards:fill", scorecardSchema, (input, ctx) => {
  const result = saveScorecard(input, ctx);
  if (result.ok) {
    revalidatePath(`/interviews/${input.interviewId}`);
    revalidatePath("/applications/[id]", "page");
  }
  return result;
});

export const amendScorecardAction = action("scorecard:amend", "scorecards:fill", amendSchema, (input, ctx) => {
  const result = amendScorecard(input, ctx);
  if (result.ok) revalidatePath("/interviews/[id]", "page");
  return result;
});
