import type { Stage, UserKind } from "@/db/schema";

// Pure pipeline rules: no I/O.

/** The board's columns, in the domain's order. */
export const activeStages = [
  "sourced",
  "screening",
  "interviewing",
  "submitted",
  "client_interview",
  "offer",
  "trial",
  "hired",
] as const satisfies readonly Stage[];
export const exitStages = ["rejected", "withdrawn"] as const satisfies readonly Stage[];
/** Stages that mean an application has been submitted to the client: everything from `submitted` on. lib/access derives who sees what from this. */
export const clientVisibleStages: readonly Stage[] = activeStages.slice(activeStages.indexOf("submitted"));

/** The stages before a trial, where an application waits on the agency or the client to move it on: the home's "stale" list watches these (a trial has its own clock, a hire is done). */
export const preTrialStages: readonly Stage[] = activeStages.slice(0, activeStages.indexOf("trial"));

export const stageLabels: Record<Stage, string> = {
  sourced: "Sourced",
  screening: "Screening",
  interviewing: "Interviewing",
  submitted: "Submitted",
  client_interview: "Client interview",
  offer: "Offer",
  trial: "Trial",
  hired: "Hired",
  rejected: "Rejected",
  withdrawn: "Withdrawn",
};

export const rejectionReasons = {
  skills_mismatch: "Skills do not match the role",
  not_enough_experience: "Not enough experience for the level",
  failed_interview: "Did not pass the interview loop",
  communication: "Communication concerns",
  timezone_overlap: "Not enough time-zone overlap",
  compensation: "Compensation expectations",
  client_declined: "Client declined",
  candidate_unresponsive: "Candidate unresponsive",
  other: "Other",
  /** Set by a trial's "ended" decision only (the trial keeps its own reason); not offered by the reject dialog. */
  trial_ended: "Trial ended",
} as const;
export type RejectionReason = keyof typeof rejectionReasons;
/** The reasons a person may choose when rejecting by a move. */
export const chosenRejectionReasons = (Object.keys(rejectionReasons) as RejectionReason[]).filter((r) => r !== "trial_ended");

/** Why a move past Submitted is refused to an application never submitted: the client first meets a candidate through the submit dialog (its note, the résumé question). */
export const SUBMIT_FIRST = "Submit the candidate to the client first (move to Submitted)";

/** Whether reaching this stage needs an earlier submission: the client's stages after Submitted. */
export const needsSubmission = (to: Stage): boolean => to !== "submitted" && clientVisibleStages.includes(to);

export const isExitStage = (stage: Stage): boolean => (exitStages as readonly Stage[]).includes(stage);

/** Why a card in Trial cannot be dragged or moved: its way out is the trial's decision. */
export const TRIAL_EXIT_REFUSAL = "Record the trial's decision on its page";

const HIRED_CLOSED = "A hired candidate's application is closed";
const HIRING_MANAGER_TARGETS = "You can move candidates only to Client interview, Offer or Rejected";
const HIRING_MANAGER_FROM: readonly Stage[] = ["submitted", "client_interview", "offer"];
const HIRING_MANAGER_TO: readonly Stage[] = ["client_interview", "offer", "rejected"];

export type MoveCheck = { ok: true } | { ok: false; reason: string };

/** Whether a user of this kind may move an application from one stage to another. */
export function canMove(kind: UserKind, from: Stage, to: Stage): MoveCheck {
  if (from === to) return { ok: false, reason: `Already in ${stageLabels[to]}` };
  if (kind === "hiring_manager") {
    // Where the candidate is comes first: "only to Offer…" would puzzle someone moving a hired
    // candidate to Offer.
    if (!HIRING_MANAGER_FROM.includes(from)) {
      if (from === "hired") return { ok: false, reason: HIRED_CLOSED };
      if (from === "trial") return { ok: false, reason: TRIAL_EXIT_REFUSAL };
      return { ok: false, reason: `Only the agency can move a candidate out of ${stageLabels[from]}` };
    }
    if (!HIRING_MANAGER_TO.includes(to)) return { ok: false, reason: HIRING_MANAGER_TARGETS };
    return { ok: true };
  }
  if (kind !== "admin" && kind !== "recruiter") return { ok: false, reason: "You cannot move candidates" };
  // A trial starts from an offer, and leaves only through its decision (convert, end), which is
  // not a move: a hire is reachable only by converting a trial.
  if (from === "trial") return { ok: false, reason: TRIAL_EXIT_REFUSAL };
  if (to === "trial" && from !== "offer") return { ok: false, reason: "A trial can start only from Offer" };
  if (to === "hired") return { ok: false, reason: "A hire is recorded by converting the candidate's trial" };
  if (from === "hired") return { ok: false, reason: HIRED_CLOSED };
  // From the agency's own stages a candidate reaches the client only by being submitted. From an
  // exit stage it depends on the application (was it ever submitted?): the move command checks that.
  if (needsSubmission(to) && !isExitStage(from) && !clientVisibleStages.includes(from)) {
    return { ok: false, reason: SUBMIT_FIRST };
  }
  return { ok: true };
}

const DAY = 24 * 60 * 60 * 1000;

/** Whole days since the application entered its stage (0 on the day it moved). */
export function daysInStage(stageChangedAt: Date | number, now: Date | number = Date.now()): number {
  const ms = Number(now) - Number(stageChangedAt);
  return ms <= 0 ? 0 : Math.floor(ms / DAY);
}
