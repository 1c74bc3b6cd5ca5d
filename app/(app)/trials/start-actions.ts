"use server";

import { z } from "zod";
import { action, notFound, ok } from "@/lib/action";
import { startTrialOptions } from "@/lib/trials/start";
import { idSchema } from "@/lib/validation";

/**
 * The start-trial form's choices (active agency users, the client's active hiring managers) and
 * defaults, loaded when the dialog opens rather than with every board: the board's payload and
 * speed are benchmarked. The move itself is the pipeline's move action.
 */
export const startTrialOptionsAction = action("trial:start-options", "trials:start", z.object({ applicationId: idSchema }), (input, ctx) => {
  const options = startTrialOptions(ctx.viewer, input.applicationId);
  return options ? ok(options) : notFound();
});
