import { z } from "zod";
import { checkInSentiments, checkInVisibilities } from "@/db/schema";
import { trialFlags, trialStatuses } from "./days";
import { blankToUndefined, idSchema, multiLineText, optionalDateSchema, optionalIdSchema, pageSchema, versionSchema } from "@/lib/validation";

/** Filters of /trials, read from the URL (bad values are ignored rather than failing the page). */
export const trialFiltersSchema = z.object({
  client: optionalIdSchema.catch(undefined),
  status: z.enum(trialStatuses).optional().catch(undefined),
  flag: z.enum(trialFlags).optional().catch(undefined),
  owner: optionalIdSchema.catch(undefined),
  page: z.preprocess(blankToUndefined, pageSchema.optional()).catch(undefined),
});
export type TrialFilters = z.infer<typeof trialFiltersSchema>;

/** A trial page's URL options: `?checkins=all` lists every check-in, not only the latest (a bad value is ignored). */
export const trialPageSchema = z.object({ checkins: z.enum(["all"]).optional().catch(undefined) });

export const checkInSchema = z.object({
  trialId: idSchema,
  /** Blank: today in the client's zone (the server decides). */
  on: optionalDateSchema,
  sentiment: z.enum(checkInSentiments, { error: "Choose how the trial is going" }),
  /** Only the agency's choice counts; a client's check-in is always shared whatever is posted. */
  visibility: z.preprocess(blankToUndefined, z.enum(checkInVisibilities, { error: "Choose who sees it" }).optional()),
  note: multiLineText({ max: 5_000, tooLong: "Note is too long", required: "Write a note" }),
});
export type CheckInInput = z.infer<typeof checkInSchema>;

export const goalDoneSchema = z.object({
  goalId: idSchema,
  version: versionSchema,
  done: z.preprocess((v) => v === true || v === "true" || v === "1", z.boolean()),
});
export type GoalDoneInput = z.infer<typeof goalDoneSchema>;
