import type { UserKind } from "@/lib/domain";

/**
 * The one table of who may do what. Anything not named here is refused, and every permission
 * here is checked somewhere (lib/access/permissions-checked.test.ts). Which records a permission
 * reaches (which company, which stages) is the viewer's scope (lib/access/scope.ts), derived
 * from this table.
 */
export const permissions = [
  "home:view",
  /** The agency-wide tiles on the home page (every client's numbers). */
  "home:agency-totals",
  /** The home's lists about the roles they own: stale applications, and the moves clients made since they last looked (and marking those seen). */
  "home:owned-roles",
  /** The home's "Awaiting your review": their company's candidates submitted by the agency and not yet moved on. */
  "home:awaiting-review",
  "session:sign-out",
  "users:manage",
  "clients:view",
  "clients:manage",
  /** Every client company's roles, candidates and applications, not just one's own company's. */
  "clients:view-all",
  "roles:view",
  "roles:manage",
  "candidates:view",
  /**
   * A candidate's email, phone, profile links and source, and searching by email. The agency's
   * alone: a client who had them could hire around the agency.
   */
  "candidates:view-contact",
  "candidates:manage",
  /** Search results by relevance (a client's list is always newest first: no hint of the pool's size). */
  "search:ranked",
  "applications:create",
  /** Applications before submission, and in the agency's own stages (sourced, screening, interviewing). */
  "applications:view-unsubmitted",
  /** The reason written with a stage move (e.g. a rejection's explanation). */
  "applications:view-reasons",
  "applications:move",
  "notes:view-internal",
  "notes:create",
  /** Internal notes, and notes on the candidate rather than on one application. */
  "notes:create-internal",
  "resumes:download",
  /** Choose whether an application shares the candidate's résumé with the client. */
  "applications:share-resume",
  /** Every résumé of a candidate they may see; without it, only résumés shared with their company on one of its applications. */
  "resumes:download-unshared",
  /** The agency-wide evaluation templates (each role type's loop, weights, checklist, red flags) and the interview kits. */
  "evaluation:manage-templates",
  /** A role's own loop: its interview plan, weights and checklist. */
  "evaluation:manage-role",
  /** Interviews on applications they may see (times, kinds, interviewers). */
  "interviews:view",
  "interviews:schedule",
  /** Their own scorecards, on interviews they are an interviewer of. */
  "scorecards:fill",
  /** Submitted scorecards by interviewers of any company; without it, only those by their own company's people. */
  "scorecards:view-all-interviewers",
  /** An application's weighted score, coverage and recommendations (never while they owe a scorecard on it). */
  "evaluation:view-summary",
  /** The agency's evaluation detail: checklists, references, red flags with who raised them, the comparison view. */
  "evaluation:view-details",
  "checklist:tick",
  /** Referees and reference calls (agency-internal). */
  "references:manage",
  /** Trials of applications they may see: the agency's every trial; a client's people, their company's. */
  "trials:view",
  /** Move an application from Offer to Trial (with the trial's plan). */
  "trials:start",
  /** Check-ins the agency keeps internal; without it, only check-ins shared with the client. */
  "trials:view-internal",
  "trials:check-in",
  /** Choose whether a check-in is internal; without it, a check-in is always shared with the client. */
  "trials:check-in-internal",
  "trials:tick-goals",
  /** Convert, extend or end a trial. */
  "trials:decide",
  /** Undo a recorded decision (audited). */
  "trials:reopen",
  /** Create, deactivate and send set-password links to a client's hiring managers and viewers. */
  "client-users:manage",
  /** The agency's reports (funnel, time in stage, sources, trials, calibration) and their CSV downloads. */
  "reports:view",
  /** Download everything held about one candidate (a data-subject access request). */
  "candidates:export-personal-data",
  /** Erase a candidate's personal data (on request); the pipeline statistics stay, anonymised. */
  "candidates:erase",
] as const;
export type Permission = (typeof permissions)[number];

const agencyWork: Permission[] = [
  "home:view",
  "home:agency-totals",
  "home:owned-roles",
  "session:sign-out",
  "clients:view",
  "clients:manage",
  "clients:view-all",
  "roles:view",
  "roles:manage",
  "candidates:view",
  "candidates:view-contact",
  "candidates:manage",
  "search:ranked",
  "applications:create",
  "applications:view-unsubmitted",
  "applications:view-reasons",
  "applications:move",
  "notes:view-internal",
  "notes:create",
  "notes:create-internal",
  "resumes:download",
  "resumes:download-unshared",
  "applications:share-resume",
  "evaluation:manage-role",
  "interviews:view",
  "interviews:schedule",
  "scorecards:fill",
  "scorecards:view-all-interviewers",
  "evaluation:view-summary",
  "evaluation:view-details",
  "checklist:tick",
  "references:manage",
  "trials:view",
  "trials:start",
  "trials:view-internal",
  "trials:check-in",
  "trials:check-in-internal",
  "trials:tick-goals",
  "trials:decide",
  "client-users:manage",
  "reports:view",
];

const grants: Record<UserKind, ReadonlySet<Permission>> = {
  admin: new Set<Permission>([
    ...agencyWork,
    "users:manage",
    "evaluation:manage-templates",
    "trials:reopen",
    "candidates:export-personal-data",
    "candidates:erase",
  ]),
  recruiter: new Set<Permission>(agencyWork),
  hiring_manager: new Set<Permission>([
    "home:view",
    "home:awaiting-review",
    "session:sign-out",
    "roles:view",
    "candidates:view",
    "applications:move",
    "notes:create",
    "resumes:download",
    "interviews:view",
    "scorecards:fill",
    "evaluation:view-summary",
    "trials:view",
    "trials:check-in",
    "trials:tick-goals",
    "trials:decide",
  ]),
  client_viewer: new Set<Permission>(["home:view", "session:sign-out", "trials:view", "trials:check-in"]),
};

export function can(viewer: { kind: UserKind } | null | undefined, permission: Permission): boolean {
  if (!viewer) return false;
  return grants[viewer.kind]?.has(permission) ?? false;
}
