import type { Permission } from "../lib/access/permissions";
import type { RecordKind } from "./matrix/records";
import type { MatrixUser, Owner } from "./matrix/users";
import { ownsOrAgency, userCan } from "./matrix/users";

// What each kind of user may see and do, per route and per server action: the one declarative
// table the access matrix (e2e/access-matrix.spec.ts) checks every cell against. A rule names
// the permission (lib/access/permissions.ts) and the record its URL names; the record must be
// one the user's company may see (the agency sees every company's). Everything not allowed here
// is expected "not found" (pages 404, actions refused and audited); signed out, every page but
// the public ones sends to /login. A route or action the matrix finds without a rule here fails.

export type PageRule = {
  /** The permission the page requires, or "public" (signed out too). */
  may: Permission | "public";
  /** The record each dynamic segment names (in order); its owner decides the cell. */
  records?: RecordKind[];
  /** A narrower rule than "the user's company sees the record". */
  sees?: (user: MatrixUser, owner: Owner) => boolean;
  /** Query strings to request too; `{tag}` becomes the markers' common prefix (a search that would find every marked record). */
  queries?: string[];
  /** Signed in on a public page: where they are sent instead (e.g. /login sends home). */
  signedIn?: "redirect";
  /** What a permitted user gets instead of 200 (e.g. /reports sends on to its first report). */
  permitted?: "redirect";
};

/** Keyed by the URL pattern (route groups dropped); route handlers by "METHOD pattern". */
export const pages: Record<string, PageRule> = {
  "/": { may: "home:view" },
  "/login": { may: "public", signedIn: "redirect" },
  // A made-up token is not found for everyone (real links are tested in admin-users.spec.ts).
  "/set-password/[token]": { may: "public", records: ["token"], sees: () => false },
  "/applications/[id]": { may: "roles:view", records: ["application"] },
  "/candidates": { may: "candidates:view", queries: ["?q={tag}", "?q={tag}&page=2"] },
  "/candidates/new": { may: "candidates:manage" },
  "/candidates/[id]": { may: "candidates:view", records: ["candidate"] },
  "/candidates/[id]/edit": { may: "candidates:manage", records: ["candidate"] },
  "GET /candidates/[id]/export": { may: "candidates:export-personal-data", records: ["candidate"] },
  "GET /candidates/[id]/resume": { may: "resumes:download", records: ["resume"] },
  "/clients": { may: "clients:view" },
  "/clients/[id]": { may: "clients:view", records: ["client"] },
  "GET /api/clients/lookup": { may: "clients:view", queries: ["?q=a"] },
  "GET /api/candidates/lookup": { may: "applications:create", queries: ["?q={tag}"] },
  "/interviews": { may: "interviews:view" },
  "/interviews/[id]": { may: "interviews:view", records: ["interview"] },
  "GET /interviews/[id]/ics": { may: "interviews:view", records: ["interview"] },
  "/reports": { may: "reports:view", permitted: "redirect" },
  "/reports/[report]": { may: "reports:view", records: ["report"] },
  "GET /reports/[report]/csv": { may: "reports:view", records: ["report"] },
  "/roles": { may: "roles:view", queries: ["?q={tag}"] },
  "/roles/new": { may: "roles:manage" },
  "/roles/[id]": { may: "roles:view", records: ["role"] },
  "/roles/[id]/edit": { may: "roles:manage", records: ["role"] },
  "/roles/[id]/compare": { may: "evaluation:view-details", records: ["role"] },
  "/roles/[id]/evaluation": { may: "evaluation:manage-role", records: ["role"] },
  "/settings/evaluation": { may: "evaluation:manage-templates" },
  "/settings/users": { may: "users:manage" },
  "/trials": { may: "trials:view" },
  "/trials/[id]": { may: "trials:view", records: ["trial"] },
};

/** The ids an action's input is built from: records of one owner (absent when it has none of that kind). */
export type Ids = Partial<{
  role: number;
  candidate: number;
  application: number;
  applicationVersion: number;
  interview: number;
  trial: number;
  trialVersion: number;
  goal: number;
  goalVersion: number;
  scorecard: number;
  scorecardVersion: number;
  user: number;
  client: number;
}>;

export type ActionRule = {
  /** The permission action() checks, or "public" (sign-in, set-password: never refused). */
  may: Permission | "public";
  /**
   * A plausible input naming records of `ids`' owner — what a user who has the permission would
   * post to reach another company's (or the agency's own) record. Null when that owner has no
   * such record. Without it, the action reaches no record a permitted user could be refused.
   */
  input?: (ids: Ids) => Record<string, unknown> | null;
  /** With an input: the record type its refusal is audited as (the entity type of the `access.denied` row, lib/access/refusals.ts). */
  refusedAs?: "role" | "candidate" | "application" | "resume" | "interview" | "scorecard" | "trial" | "trial-goal";
};

const need = <K extends keyof Ids>(ids: Ids, ...keys: K[]) => keys.every((k) => ids[k] !== undefined);

export const actions: Record<string, ActionRule> = {
  signInWithPassword: { may: "public" },
  setPasswordAction: { may: "public" },
  signOutAction: { may: "session:sign-out" },
  markClientMovesSeenAction: { may: "home:owned-roles" },
  // Candidates and notes
  createCandidateAction: { may: "candidates:manage" },
  updateCandidateAction: { may: "candidates:manage" },
  uploadResumeAction: { may: "candidates:manage" },
  setResumeSharingAction: { may: "applications:share-resume" },
  eraseCandidateAction: { may: "candidates:erase" },
  addNoteAction: {
    refusedAs: "candidate",
    may: "notes:create",
    input: (ids) =>
      need(ids, "candidate", "application") ? { candidateId: ids.candidate, applicationId: ids.application, visibility: "shared", body: "matrix note" } : null,
  },
  // Roles and the pipeline
  createRoleAction: { may: "roles:manage" },
  updateRoleAction: { may: "roles:manage" },
  hiringManagerChoicesAction: { may: "roles:manage" },
  addCandidateToRoleAction: { may: "applications:create" },
  moveApplicationsAction: {
    refusedAs: "application",
    may: "applications:move",
    input: (ids) =>
      need(ids, "role", "application")
        ? { roleId: ids.role, to: "rejected", reason: "other", note: "matrix", applications: [{ id: ids.application, version: ids.applicationVersion }] }
        : null,
  },
  saveRoleLoopAction: { may: "evaluation:manage-role" },
  resetRoleLoopAction: { may: "evaluation:manage-role" },
  // Clients and their people
  createClientAction: { may: "clients:manage" },
  updateClientAction: { may: "clients:manage" },
  addContactAction: { may: "clients:manage" },
  removeContactAction: { may: "clients:manage" },
  createClientUserAction: { may: "client-users:manage" },
  sendPasswordLinkAction: { may: "client-users:manage" },
  deactivateClientUserAction: { may: "client-users:manage" },
  reactivateClientUserAction: { may: "client-users:manage" },
  editClientUserAction: { may: "client-users:manage" },
  // The agency's users and templates
  createUserAction: { may: "users:manage" },
  deactivateUserAction: { may: "users:manage" },
  reactivateUserAction: { may: "users:manage" },
  resetPasswordAction: { may: "users:manage" },
  editUserAction: { may: "users:manage" },
  saveTemplateAction: { may: "evaluation:manage-templates" },
  saveKitAction: { may: "evaluation:manage-templates" },
  // Interviews, scorecards and the evaluation detail
  scheduleInterviewAction: { may: "interviews:schedule" },
  rescheduleInterviewAction: { may: "interviews:schedule" },
  setInterviewStatusAction: { may: "interviews:schedule" },
  checkBookingsAction: { may: "interviews:schedule" },
  interviewerChoicesAction: { may: "interviews:schedule" },
  saveScorecardAction: {
    refusedAs: "interview",
    may: "scorecards:fill",
    input: (ids) => (need(ids, "interview") ? { interviewId: ids.interview, version: 0, intent: "draft", notes: "matrix" } : null),
  },
  amendScorecardAction: {
    refusedAs: "scorecard",
    may: "scorecards:fill",
    input: (ids) => (need(ids, "scorecard") ? { scorecardId: ids.scorecard, version: ids.scorecardVersion } : null),
  },
  tickChecklistItemAction: { may: "checklist:tick" },
  untickChecklistItemAction: { may: "checklist:tick" },
  addRefereeAction: { may: "references:manage" },
  updateRefereeAction: { may: "references:manage" },
  removeRefereeAction: { may: "references:manage" },
  recordReferenceCallAction: { may: "references:manage" },
  // Trials
  startTrialOptionsAction: { may: "trials:start" },
  backfillRunnerUpAction: { may: "trials:start" },
  addCheckInAction: {
    refusedAs: "trial",
    may: "trials:check-in",
    input: (ids) => (need(ids, "trial") ? { trialId: ids.trial, sentiment: "on_track", visibility: "shared", note: "matrix check-in" } : null),
  },
  setGoalDoneAction: {
    refusedAs: "trial-goal",
    may: "trials:tick-goals",
    input: (ids) => (need(ids, "goal") ? { goalId: ids.goal, version: ids.goalVersion, done: true } : null),
  },
  decideTrialAction: {
    refusedAs: "trial",
    may: "trials:decide",
    input: (ids) => (need(ids, "trial") ? { trialId: ids.trial, version: ids.trialVersion, outcome: "converted", note: "matrix" } : null),
  },
  reopenTrialAction: { may: "trials:reopen" },
};

/** A page cell: 200, 404, sent to /login, or (signed in on /login) sent on. */
export type Outcome = 200 | 404 | "login" | "redirect";

export function expectedPage(rule: PageRule, user: MatrixUser, owners: Owner[]): Outcome {
  if (rule.may === "public") {
    if (user.kind && rule.signedIn) return "redirect";
    return owners.length && !owners.every((o) => (rule.sees ?? (() => true))(user, o)) ? 404 : 200;
  }
  if (!user.kind) return "login";
  if (!userCan(user, rule.may)) return 404;
  const sees = rule.sees ?? ownsOrAgency;
  return owners.every((o) => sees(user, o)) ? (rule.permitted ?? 200) : 404;
}

/**
 * The owners whose records an action cell is posted with for a user it refuses: everyone without
 * the permission once (with A's records, or B's for A's people); a client's people with the
 * permission, with the agency's and the other company's records.
 */
export function refusedOwners(rule: ActionRule, user: MatrixUser): Owner[] {
  if (rule.may === "public") return [];
  if (!user.kind || !userCan(user, rule.may)) return [user.company === "A" ? "B" : "A"];
  if (!rule.input) return [];
  return (["agency", "A", "B"] as Owner[]).filter((o) => !ownsOrAgency(user, o));
}
