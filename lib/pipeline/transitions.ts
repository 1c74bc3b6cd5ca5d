import "server-only";
import type * as z from "zod/mini";
import type { Tx } from "@/db/client";
import type { Stage, UserKind } from "@/lib/domain";
import type { ActionContext } from "@/lib/action";
import type { Viewer } from "@/lib/auth/current-user";
import { can } from "@/lib/access";
import { insertTrial, verifyStartTrial } from "@/lib/trials/start";
import { activeStages, canMove, exitStages, rejectionReasons, type MoveCheck, type RejectionReason } from "./stages";
import {
  checkInput,
  plainMoveInputSchema,
  rejectInputSchema,
  startTrialInputSchema,
  submitInputSchema,
  type MoveOption,
  type TransitionDialog,
} from "./transition-inputs";

/**
 * The transition registry: for each target stage, who may make the move, the input it needs
 * (a schema shared with its dialog) and the command that performs it. The board, the "Move to…"
 * menu, the list's bulk move and the server's move command all ask here, so a move that needs a
 * form (start a trial, decide a hire) is added as one entry.
 */

/** What a move writes besides the stage, version, stage event and audit row that every move writes. */
export type MoveEffect = {
  /** Kept on the application; a move that is not a rejection clears them. */
  rejectionReason: RejectionReason | null;
  rejectionNote: string | null;
  /** Shown with the stage event on the candidate's timeline. */
  eventReason: string | null;
  /** Whether the client may download the résumé through this application; left as it was when absent. */
  resumeShared?: boolean;
  /** The trial the move started (a move to Trial): the answer links to it. */
  trialId?: number;
};

/** Runs inside the move's transaction (synchronous), once per application moved; may write its own rows. */
type Perform<I> = (tx: Tx, move: { applicationId: number; from: Stage; input: I; ctx: ActionContext; now: Date }) => MoveEffect;

type Rule = (kind: UserKind, from: Stage, to: Stage) => MoveCheck;

/** Checks the input against the database before the move's transaction (people it names, say): field errors, or null. */
type Verify<I> = (input: I, applicationIds: number[], viewer: Viewer) => Record<string, string> | null;

export type Transition<I = unknown> = {
  /** Who may make the move, from where. */
  allowed: Rule;
  /** The dialog that asks for the input; none for a plain move. */
  dialog?: TransitionDialog;
} & (
  | { input: z.core.$ZodType<I>; perform: Perform<I>; verify?: Verify<I>; unavailable?: never }
  /** Declared, but its form does not exist yet: refused with this message, and shown disabled. */
  | { unavailable: string; input?: never; perform?: never; verify?: never }
);

const define = <I>(t: Transition<I>) => t as Transition<unknown>;

const plain = define({
  allowed: canMove,
  input: plainMoveInputSchema,
  perform: (_tx, { input }) => ({ rejectionReason: null, rejectionNote: null, eventReason: input.note || null }),
});

const reject = define({
  allowed: canMove,
  dialog: "reject",
  input: rejectInputSchema,
  perform: (_tx, { input }) => ({
    rejectionReason: input.reason,
    rejectionNote: input.note || null,
    eventReason: [rejectionReasons[input.reason], input.note].filter(Boolean).join(": "),
  }),
});

// Submitting asks whether the client may have the résumé (each time: a resubmission may decide again).
const submit = define({
  allowed: canMove,
  dialog: "submit",
  input: submitInputSchema,
  perform: (_tx, { input, ctx }) => ({
    rejectionReason: null,
    rejectionNote: null,
    eventReason: input.note || null,
    // Only those who may share a résumé decide it; anyone else's move leaves it as it was.
    resumeShared: can(ctx.viewer, "applications:share-resume") ? input.shareResume : undefined,
  }),
});

/** The move may make one trial at a time: each has its own plan (a bulk move of several is refused). */
const startTrial = define({
  allowed: (kind, from, to) => {
    const rule = canMove(kind, from, to);
    if (!rule.ok) return rule;
    return can({ kind }, "trials:start") ? rule : { ok: false, reason: "You cannot start trials" };
  },
  dialog: "start-trial",
  input: startTrialInputSchema,
  verify: verifyStartTrial,
  perform: (tx, { applicationId, input, ctx, now }) => {
    const trial = insertTrial(tx, { applicationId, input, ctx, now });
    return { rejectionReason: null, rejectionNote: null, eventReason: `Trial ${input.startsOn} to ${input.endsOn}`, trialId: trial.id };
  },
});

export const HIRE_BY_DECISION = "A hire is recorded by converting the candidate's trial, on the trial's page.";

export const transitions: Record<Stage, Transition> = {
  sourced: plain,
  screening: plain,
  interviewing: plain,
  submitted: submit,
  client_interview: plain,
  offer: plain,
  trial: startTrial,
  // Never a move: the trial's decision hires (lib/trials/decision.ts), through the same writes.
  hired: define({ allowed: canMove, unavailable: HIRE_BY_DECISION }),
  rejected: reject,
  withdrawn: plain,
};

/** Whether a user of this kind may make this move now: the stage rule, then whether the move can be made at all. */
export function checkTransition(kind: UserKind, from: Stage, to: Stage): MoveCheck {
  const t = transitions[to];
  const rule = t.allowed(kind, from, to);
  if (!rule.ok) return rule;
  return t.unavailable ? { ok: false, reason: t.unavailable } : { ok: true };
}

/**
 * Whether whoever just moved an application from `from` to `to` may take the move back (its Undo)
 * even where the stage rules would not let them make the way back — a hiring manager's own
 * rejection, say. Not a trial's start or end, nor a hire: only a trial's decision makes or
 * reverses those (an admin reopens a decision).
 */
export function mayUndoOwnMove(from: Stage, to: Stage): boolean {
  const bound: readonly Stage[] = ["trial", "hired"];
  return !bound.includes(from) && !bound.includes(to);
}

/**
 * Whether a move from `from` to `to` can offer Undo: the way back is allowed (by the stage rules,
 * or as the mover's own move), can be made at all, and asks nothing (a move back to Rejected
 * would need a reason).
 */
function undoable(kind: UserKind, from: Stage, to: Stage): boolean {
  const back = transitions[from];
  if (!back.input || !checkInput(back.input, {}).ok) return false;
  return back.allowed(kind, to, from).ok || mayUndoOwnMove(from, to);
}

/** The moves the "Move to…" menu, a drop or the bulk move offer from a stage, as plain data for the client. */
export function moveOptions(viewer: Viewer, from: Stage): MoveOption[] {
  if (!can(viewer, "applications:move")) return [];
  return [...activeStages, ...exitStages]
    .filter((to) => transitions[to].allowed(viewer.kind, from, to).ok)
    .map((to) => {
      const t = transitions[to];
      // Only the keys that apply: the board sends one of these per stage pair on every request.
      return {
        to,
        ...(t.dialog ? { dialog: t.dialog } : {}),
        ...(t.unavailable ? { disabled: t.unavailable } : {}),
        ...(t.unavailable || undoable(viewer.kind, from, to) ? {} : { noUndo: true as const }),
      };
    });
}

/**
 * Why each move the registry refuses from a stage is refused (the targets `moveOptions` leaves
 * out), so a card dropped on such a column can say why instead of silently bouncing back.
 */
export function moveRefusals(viewer: Viewer, from: Stage, targets: readonly Stage[]): Partial<Record<Stage, string>> {
  if (!can(viewer, "applications:move")) return {};
  const refusals: Partial<Record<Stage, string>> = {};
  for (const to of targets) {
    const rule = to === from ? { ok: true as const } : transitions[to].allowed(viewer.kind, from, to);
    if (!rule.ok) refusals[to] = rule.reason;
  }
  return refusals;
}

type BoundPerform = (tx: Tx, move: { applicationId: number; from: Stage; ctx: ActionContext; now: Date }) => MoveEffect;

/**
 * Validates a move's input (the request's own fields) with the target's schema, then against the
 * database when the target says so; gives the command bound to it.
 */
export function prepareTransition(
  to: Stage,
  raw: Record<string, unknown>,
  moving?: { applicationIds: number[]; viewer: Viewer },
): { ok: true; perform: BoundPerform } | { ok: false; fieldErrors: Record<string, string> } {
  const t = transitions[to];
  if (!t.input) return { ok: false, fieldErrors: { to: t.unavailable } };
  const parsed = checkInput(t.input, raw);
  if (!parsed.ok) return parsed;
  const errors = t.verify && moving ? t.verify(parsed.data, moving.applicationIds, moving.viewer) : null;
  if (errors) return { ok: false, fieldErrors: errors };
  return { ok: true, perform: (tx, move) => t.perform(tx, { ...move, input: parsed.data }) };
}
