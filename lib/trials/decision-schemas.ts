import { z } from "zod";
import { trialEndReasons } from "@/db/schema";
import { idSchema, isCalendarDate, multiLineText, versionSchema } from "@/lib/validation";
import { END_REASON_REQUIRED, OTHER_NEEDS_NOTE } from "./labels";

// The decision's inputs, shared by its forms (client) and its actions (server).

const trialRef = { trialId: idSchema, version: versionSchema };
const note = multiLineText({ max: 2000, tooLong: "Note is too long" }).optional().default("");

export const decideTrialSchema = z.discriminatedUnion(
  "outcome",
  [
    z.object({ outcome: z.literal("converted"), ...trialRef, note }),
    z.object({
      outcome: z.literal("extended"),
      ...trialRef,
      endsOn: z
        .string({ error: "Choose the new end date" })
        .trim()
        .refine((v) => isCalendarDate(v), "Choose the new end date"),
      reason: multiLineText({ max: 2000, tooLong: "Reason is too long", required: "Say why the trial is extended" }),
    }),
    z
      .object({
        outcome: z.literal("ended"),
        ...trialRef,
        endReason: z.enum(trialEndReasons, { error: END_REASON_REQUIRED }),
        note,
      })
      .superRefine((v, ctx) => {
        if (v.endReason === "other" && !v.note) ctx.addIssue({ code: "custom", path: ["note"], message: OTHER_NEEDS_NOTE });
      }),
  ],
  { error: "Choose Convert, Extend or End" },
);
export type DecideTrialInput = z.infer<typeof decideTrialSchema>;

export const reopenTrialSchema = z.object({
  ...trialRef,
  reason: multiLineText({ max: 2000, tooLong: "Reason is too long", required: "Say why the decision is reopened" }),
});
export type ReopenTrialInput = z.infer<typeof reopenTrialSchema>;

export const backfillSchema = z.object({ trialId: idSchema, applicationId: idSchema, applicationVersion: versionSchema });
export type BackfillInput = z.infer<typeof backfillSchema>;
