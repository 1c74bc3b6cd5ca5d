"use server";

import { revalidatePath } from "next/cache";
import { action, type ActionResult } from "@/lib/action";
import { backfillRunnerUp } from "@/lib/trials/backfill";
import { decideTrial, reopenTrial } from "@/lib/trials/decision";
import { backfillSchema, decideTrialSchema, reopenTrialSchema } from "@/lib/trials/decision-schemas";

/** A decision changes the trial, its application's stage and maybe its role: every page showing them. */
function revalidated<T>(trialId: number, result: ActionResult<T>): ActionResult<T> {
  if (result.ok) {
    revalidatePath(`/trials/${trialId}`);
    revalidatePath("/trials");
    revalidatePath("/roles", "layout");
    revalidatePath("/applications", "layout");
  }
  return result;
}

export const decideTrialAction = action("trial:decide", "trials:decide", decideTrialSchema, (input, ctx) =>
  revalidated(input.trialId, decideTrial(input, ctx)),
);

export const reopenTrialAction = action("trial:reopen", "trials:reopen", reopenTrialSchema, (input, ctx) =>
  revalidated(input.trialId, reopenTrial(input, ctx)),
);

// The backfill is the agency's (those who start trials): clients never see the runners-up.
export const backfillRunnerUpAction = action("trial:backfill", "trials:start", backfillSchema, (input, ctx) =>
  revalidated(input.trialId, backfillRunnerUp(input, ctx)),
);
