import "server-only";
import { and, eq, gte, inArray, isNotNull, notInArray, or, sql, type Placeholder, type SQL } from "drizzle-orm";
import {
  applications,
  candidates,
  checkInVisibilities,
  noteVisibilities,
  notes,
  roles,
  roleStageCounts,
  stageEvents,
  trialCheckIns,
  trials,
  type CheckInVisibility,
  type NoteVisibility,
  type Stage,
  type UserKind,
} from "@/db/schema";
import { can } from "./permissions";
import { allStages, clientStages } from "./stages";

// The record-level half of access control: which rows a viewer may see. The scope is a plain
// object derived once per viewer from the permission table; every query on company data takes
// its filters from the conditions below. A row outside them is "not found".

/** What a viewer may see, as data. */
export type Scope = Readonly<{
  userId: number;
  kind: UserKind;
  companyId: number;
  /** Every client company's records; otherwise only their own company's (if any). */
  allCompanies: boolean;
  /** Whether they see company records (roles, candidates, applications) at all. */
  records: boolean;
  /** Stages in which they may see an application. */
  stages: readonly Stage[];
  /** Only applications submitted to the client (and their history from then on). */
  submittedOnly: boolean;
  noteVisibilities: readonly NoteVisibility[];
  /** The reasons written with stage moves. */
  moveReasons: boolean;
  /** A candidate's contact details, links and source (and searching by email). */
  contact: boolean;
  /** Only résumés shared with their company on an application they may see. */
  sharedResumesOnly: boolean;
  /** Trials (every company's, or their own company's; client viewers see these and nothing else). */
  trials: boolean;
  checkInVisibilities: readonly CheckInVisibility[];
  /** Names every choice that changes the conditions' SQL: part of a prepared query's key. */
  shape: string;
}>;

export type ScopeSubject = { id: number; kind: UserKind; organizationId: number };

const scopes = new WeakMap<ScopeSubject, Scope>();

/** The viewer's scope, derived once per viewer object. */
export function scopeOf(viewer: ScopeSubject): Scope {
  let scope = scopes.get(viewer);
  if (!scope) scopes.set(viewer, (scope = deriveScope(viewer)));
  return scope;
}

function deriveScope(viewer: ScopeSubject): Scope {
  const allCompanies = can(viewer, "clients:view-all");
  const records = allCompanies || can(viewer, "roles:view") || can(viewer, "candidates:view");
  const submittedOnly = !can(viewer, "applications:view-unsubmitted");
  const stages = submittedOnly ? clientStages : allStages;
  const visibilities = can(viewer, "notes:view-internal") ? noteVisibilities : noteVisibilities.filter((v) => v === "shared");
  const moveReasons = can(viewer, "applications:view-reasons");
  const contact = can(viewer, "candidates:view-contact");
  const sharedResumesOnly = !can(viewer, "resumes:download-unshared");
  const trials = can(viewer, "trials:view");
  const checkIns = can(viewer, "trials:view-internal") ? checkInVisibilities : checkInVisibilities.filter((v) => v === "shared");
  const shape = [
    allCompanies ? "all" : records ? "own" : "none",
    submittedOnly ? "submitted" : "every-stage",
    visibilities.join("+"),
    moveReasons ? "reasons" : "",
    contact ? "contact" : "",
    sharedResumesOnly ? "shared-resumes" : "",
    trials ? "trials" : "",
    checkIns.join("+"),
  ].join(":");
  return {
    userId: viewer.id,
    kind: viewer.kind,
    companyId: viewer.organizationId,
    allCompanies,
    records,
    stages,
    submittedOnly,
    noteVisibilities: visibilities,
    moveReasons,
    contact,
    sharedResumesOnly,
    trials,
    checkInVisibilities: checkIns,
    shape,
  };
}

/**
 * Whether the viewer may read the reason written with a move made by someone of `moverCompanyId`:
 * every reason with the permission, and otherwise the reasons their own company's people gave (a
 * hiring manager sees why their team rejected a candidate, not why the agency did).
 */
export function mayReadMoveReason(scope: Scope, moverCompanyId: number | null): boolean {
  return scope.moveReasons || (moverCompanyId !== null && moverCompanyId === scope.companyId);
}

/** Whether the scope's trials are every company's (no condition on them at all). */
export function seesEveryTrial(scope: Scope): boolean {
  return scope.trials && scope.allCompanies;
}

/** The values a prepared query's scope placeholders take (see `scopeFor`). */
export function scopeParams(viewer: ScopeSubject): { org: number; viewer: number } {
  return { org: viewer.organizationId, viewer: viewer.id };
}

const NOTHING = sql`0`;

/**
 * The conditions each table's queries take their filters from; `undefined` means "no filter".
 * `company` is the viewer's company id, or a placeholder in a prepared query.
 */
export function scopeConditions(scope: Scope, company: number | Placeholder) {
  const hiddenStages = allStages.filter((s) => !scope.stages.includes(s));
  const everything = scope.allCompanies && !scope.submittedOnly;

  /** Roles: every company's, or the viewer's company's. */
  const roleCondition: SQL | undefined = !scope.records ? NOTHING : scope.allCompanies ? undefined : eq(roles.clientId, company);

  /** Applications, in a query that joins their role. */
  const applicationCondition: SQL | undefined = !scope.records
    ? NOTHING
    : and(
        roleCondition,
        scope.submittedOnly ? isNotNull(applications.submittedAt) : undefined,
        hiddenStages.length ? notInArray(applications.stage, hiddenStages) : undefined,
      );

  /**
   * Applications, as a condition on the bare columns of `applications` (role_id, submitted_at,
   * stage) for subqueries that do not join roles: the company's roles by IN over the role index.
   */
  const applicationRows: SQL | undefined = !scope.records
    ? NOTHING
    : everything
      ? undefined
      : sql.join(
          [
            scope.allCompanies ? undefined : sql`role_id in (select id from ${roles} where client_id = ${company})`,
            scope.submittedOnly ? sql`submitted_at is not null` : undefined,
            hiddenStages.length
              ? sql`stage not in (${sql.join(
                  hiddenStages.map((s) => sql`${s}`),
                  sql`, `,
                )})`
              : undefined,
          ].filter((c): c is SQL => !!c),
          sql` and `,
        );

  /**
   * A role's kept counts per stage (role_stage_counts), as the applications they count: the
   * company's roles, only the submitted applications' counts for a client, no hidden stage.
   */
  const roleStageCountCondition: SQL | undefined = !scope.records
    ? NOTHING
    : everything
      ? undefined
      : and(
          scope.allCompanies ? undefined : sql`${roleStageCounts.roleId} in (select id from ${roles} where client_id = ${company})`,
          scope.submittedOnly ? eq(roleStageCounts.submitted, true) : undefined,
          hiddenStages.length ? notInArray(roleStageCounts.stage, hiddenStages) : undefined,
        );

  const candidateCondition = !scope.records
    ? NOTHING
    : everything
      ? undefined
      : sql`${candidates.id} in (select candidate_id from ${applications} where ${applicationRows})`;
  /**
   * Trials, on the trial's own row: the agency's every trial; a client's people (hiring managers
   * and viewers alike), their company's — even client viewers, who see no other record. The
   * trial carries its role's client (kept by triggers), and a trial only ever starts from an
   * offer, after submission, so no join is needed to say whose it is.
   */
  const trialCondition: SQL | undefined = !scope.trials ? NOTHING : seesEveryTrial(scope) ? undefined : eq(trials.clientId, company);
  const checkInVisibility: SQL | undefined =
    scope.checkInVisibilities.length === checkInVisibilities.length ? undefined : inArray(trialCheckIns.visibility, [...scope.checkInVisibilities]);

  return {
    roles: roleCondition,
    trials: trialCondition,
    /** Check-ins, in a query that joins their trial: internal ones only for those who may read them. */
    checkIns: and(trialCondition, checkInVisibility),
    /** Check-ins of a trial already in scope (a subquery on the trial's row): only which of them the viewer may read. */
    checkInRows: checkInVisibility,
    applications: applicationCondition,
    applicationRows,
    roleStageCounts: roleStageCountCondition,
    /**
     * Candidates: those on an application the viewer may see. IN, not a correlated EXISTS: a
     * company's submitted candidates are a small set found through the role index, where EXISTS
     * would probe every one of 50,000 candidates.
     */
    candidates: candidateCondition,
    /**
     * Résumés, as a condition on `candidates`: the file of a candidate the viewer may see — for a
     * client, only when it is shared on one of their company's applications they may see
     * (downloading one also needs "resumes:download").
     */
    resumes: !scope.sharedResumesOnly
      ? candidateCondition
      : !scope.records
        ? NOTHING
        : sql`${candidates.id} in (select candidate_id from ${applications} where resume_shared = 1${applicationRows ? sql` and ${applicationRows}` : sql``})`,
    /**
     * Stage events, in a query that joins their application and role. A client sees a move only
     * when it happened after submission and both its ends are stages they may see — except the
     * first submission itself (the event at the moment `submitted_at` was set), whose agency-side
     * start the timeline masks. A pull-back to screening and the resubmission after it stay the
     * agency's.
     */
    stageEvents: and(
      applicationCondition,
      scope.submittedOnly ? gte(stageEvents.createdAt, applications.submittedAt) : undefined,
      hiddenStages.length
        ? and(
            notInArray(stageEvents.toStage, hiddenStages),
            or(and(isNotNull(stageEvents.fromStage), notInArray(stageEvents.fromStage, hiddenStages)), eq(stageEvents.createdAt, applications.submittedAt)),
          )
        : undefined,
    ),
    /**
     * Notes, in a query that LEFT joins their application and its role: the visibilities the viewer
     * may read; a client, only notes on applications they may see (never a candidate-level note).
     */
    notes: and(
      scope.noteVisibilities.length === noteVisibilities.length ? undefined : inArray(notes.visibility, [...scope.noteVisibilities]),
      everything ? undefined : and(isNotNull(notes.applicationId), applicationCondition),
    ),
  };
}

export type ScopeConditions = ReturnType<typeof scopeConditions>;

/** The viewer's conditions with their values inline, for queries built per request. */
export function scopeWhere(viewer: ScopeSubject): ScopeConditions {
  return scopeConditions(scopeOf(viewer), viewer.organizationId);
}

/**
 * The viewer's conditions for a prepared query: the company is the placeholder `org` (bind it with
 * `scopeParams`), so one statement per scope shape serves every company. Key the query by
 * `scopeOf(viewer).shape`.
 */
export function scopeFor(viewer: ScopeSubject): ScopeConditions {
  return scopeConditions(scopeOf(viewer), sql.placeholder("org"));
}
