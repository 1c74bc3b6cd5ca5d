// What a stage move may ask the user for, shared by the dialogs (client) and the transition
// registry (server), so the rules are written once. No server imports here; zod/mini keeps the
// board's JavaScript small.
import * as z from "zod/mini";
import type { Stage } from "@/lib/domain";
import { cleanMultiLine } from "@/lib/text";
import { rejectionReasons, type RejectionReason } from "./stages";

/** The dialogs a move can open; a later issue adds "start-trial"'s form and a hire "decision". */
export type TransitionDialog = "reject" | "start-trial" | "submit";

/**
 * One stage a card may be moved to, as the server page tells the client: which dialog asks for
 * the move's input, or why the move cannot be made (shown, not silently refused).
 */
export type MoveOption = {
  to: Stage;
  dialog?: TransitionDialog;
  disabled?: string;
  /** The dialog's input may be left out (an Undo back to this stage can go without asking). */
  inputOptional?: true;
};

const noteSchema = z._default(z.string().check(z.overwrite(cleanMultiLine), z.trim(), z.maxLength(2000, "Note is too long")), "");

/** A move with no dialog: an optional note for the stage event. */
export const plainMoveInputSchema = z.object({ note: noteSchema });

/** Submitting to the client: whether the résumé goes with it (not unless the agency says so). */
export const submitInputSchema = z.object({
  note: noteSchema,
  // The dialog always says (unticked by default); a move back to Submitted with no answer (an
  // Undo) leaves the earlier choice as it was.
  shareResume: z.optional(z.boolean({ error: "Say whether to share the résumé" })),
});

const reasonKeys = Object.keys(rejectionReasons) as [RejectionReason, ...RejectionReason[]];

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

export type InputCheck<T> = { ok: true; data: T } | { ok: false; fieldErrors: Record<string, string> };

/** Parses a move's input; on failure, the first message per field (as the server's actions return them). */
export function checkInput<T>(schema: z.core.$ZodType<T>, raw: unknown): InputCheck<T> {
  const parsed = z.safeParse(schema, raw);
  if (parsed.success) return { ok: true, data: parsed.data };
  const fieldErrors: Record<string, string> = {};
  for (const issue of parsed.error.issues) fieldErrors[issue.path.length ? String(issue.path[0]) : "_form"] ??= issue.message;
  return { ok: false, fieldErrors };
}
