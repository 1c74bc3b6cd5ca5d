// What a stage move may ask the user for, shared by the dialogs (client) and the transition
// registry (server), so the rules are written once. No server imports here; zod/mini keeps the
// board's JavaScript small.
import * as z from "zod/mini";
import { yearAhead } from "@/lib/calendar";
import type { Stage } from "@/lib/domain";
import { cleanMultiLine, cleanSingleLine } from "@/lib/text";
import { daysBetween, isCalendarDay } from "@/lib/trials/calendar";
import { chosenRejectionReasons, type RejectionReason } from "./stages";

/** The dialogs a move can open (a hire is not a move: it is a trial's decision, on the trial's page). */
export type TransitionDialog = "reject" | "start-trial" | "submit";

/**
 * One stage a card may be moved to, as the server page tells the client: which dialog asks for
 * the move's input, or why the move cannot be made (shown, not silently refused).
 */
export type MoveOption = {
  to: Stage;
  dialog?: TransitionDialog;
  disabled?: string;
  /** The move cannot be undone from its notice (its way back is refused, or needs a form). */
  noUndo?: true;
};

const noteSchema = z._default(z.string().check(z.overwrite(cleanMultiLine), z.trim(), z.maxLength(2000, "Note is too long (at most 2,000 characters)")), "");

/** A move with no dialog: an optional note for the stage event. */
export const plainMoveInputSchema = z.object({ note: noteSchema });

/** Submitting to the client: whether the résumé goes with it (not unless the agency says so). */
export const submitInputSchema = z.object({
  note: noteSchema,
  // The dialog always says (unticked by default); a move back to Submitted with no answer (an
  // Undo) leaves the earlier choice as it was.
  shareResume: z.optional(z.boolean({ error: "Say whether to share the résumé" })),
});

const reasonKeys = chosenRejectionReasons as [RejectionReason, ...RejectionReason[]];

export const rejectInputSchema = z
  .object({
    reason: z.enum(reasonKeys, { error: "Choose a reason for rejecting" }),
    note: noteSchema,
  })
  .check(
    z.superRefine((v, ctx) => {
      if (v.reason === "other" && !v.note) ctx.addIssue({ code: "custom", path: ["note"], message: "Say why, for “Other”" });
    }),
  );

/** The success metrics the seeds advise a trial to prove; the form offers these and lets the agency write others. */
export const suggestedTrialMetrics = [
  "Delivery velocity",
  "Deployment frequency",
  "Time to recover from incidents",
  "Onboarding speed",
  "Code review participation",
] as const;

/** The longest trial the start form accepts (an extension may go further). */
export const MAX_TRIAL_DAYS = 60;

const day = (what: string) => z.string({ error: `Choose the ${what} date` }).check(z.refine(isCalendarDay, `Choose the ${what} date`));
const line = (label: string, max: number) =>
  z
    .string({ error: `Enter ${label}` })
    .check(
      z.overwrite(cleanSingleLine),
      z.trim(),
      z.minLength(1, `Enter ${label}`),
      z.maxLength(max, `Too long (at most ${max.toLocaleString("en")} characters)`),
    );
const goals = (week: string, min: number) =>
  z
    .array(line("a goal", 300), { error: `Write the goals for ${week}, one a line` })
    .check(z.minLength(min, `Write at least one goal for ${week}`), z.maxLength(10, `At most 10 goals for ${week}`));
/** One success metric: a suggested one ticked, or one written (the form checks those on their own, to say which field). */
export const trialMetricSchema = line("a metric", 120);
const person = (what: string) => z.int({ error: `Choose ${what}` }).check(z.positive(`Choose ${what}`));

/**
 * Starting a trial (Offer → Trial): its dates in the client's calendar, who looks after it, and
 * what it should prove. Lists arrive as arrays (the form splits goals one a line), so what the
 * dialog checked is exactly what the server checks again.
 */
export const startTrialInputSchema = z
  .object({
    startsOn: day("start"),
    endsOn: day("end"),
    onboardingOwnerId: person("the onboarding owner"),
    buddyId: z.optional(z.nullable(person("the buddy"))),
    overlapHours: line("the daily overlap", 200),
    dayOneScope: z
      .string({ error: "Describe the first day's scope" })
      .check(z.overwrite(cleanMultiLine), z.trim(), z.minLength(1, "Describe the first day's scope"), z.maxLength(4000, "Too long (at most 4,000 characters)")),
    metrics: z
      .array(trialMetricSchema, { error: "Choose at least one metric" })
      .check(z.minLength(1, "Choose at least one metric"), z.maxLength(12, "At most 12 metrics")),
    weekOneGoals: goals("week one", 1),
    // Both weeks are planned at the start: week one proves onboarding, week two delivery.
    weekTwoGoals: goals("week two", 1),
  })
  .check(
    z.superRefine((v, ctx) => {
      if (!isCalendarDay(v.startsOn) || !isCalendarDay(v.endsOn)) return;
      if (v.startsOn > yearAhead()) ctx.addIssue({ code: "custom", path: ["startsOn"], message: "A trial starts at most a year from today" });
      const days = daysBetween(v.startsOn, v.endsOn);
      if (days < 1) ctx.addIssue({ code: "custom", path: ["endsOn"], message: "The end must be after the start" });
      else if (days > MAX_TRIAL_DAYS)
        ctx.addIssue({ code: "custom", path: ["endsOn"], message: `A trial lasts at most ${MAX_TRIAL_DAYS} days (it can be extended later)` });
    }),
  );
export type StartTrialInput = z.output<typeof startTrialInputSchema>;

export type InputCheck<T> = { ok: true; data: T } | { ok: false; fieldErrors: Record<string, string> };

/** Parses a move's input; on failure, the first message per field (as the server's actions return them). */
export function checkInput<T>(schema: z.core.$ZodType<T>, raw: unknown): InputCheck<T> {
  const parsed = z.safeParse(schema, raw);
  if (parsed.success) return { ok: true, data: parsed.data };
  const fieldErrors: Record<string, string> = {};
  for (const issue of parsed.error.issues) fieldErrors[issue.path.length ? String(issue.path[0]) : "_form"] ??= issue.message;
  return { ok: false, fieldErrors };
}
