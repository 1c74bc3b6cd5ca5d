import "server-only";
import { aliasedTable, and, asc, count, desc, eq, inArray, sql } from "drizzle-orm";
import { db, prepared } from "@/lib/db";
import { applications, candidates, roles, users, type Stage } from "@/db/schema";
import type { Viewer } from "@/lib/auth/current-user";
import { can } from "@/lib/access";
import { recordRefusals } from "@/lib/access/refusals";
import { scopeFor, scopeOf, scopeParams, scopeWhere } from "@/lib/access/scope";
import type { LoopProgress } from "@/lib/evaluation/progress";
import { loopProgress } from "@/lib/evaluation/progress-queries";
import { stageCountsFor } from "@/lib/roles/queries";
import type { ListViewParams } from "./schemas";
import { activeStages, daysInStage, exitStages } from "./stages";

/**
 * Most recent cards per column: about what a laptop screen shows of a column (at 1440 × 900, four
 * to five cards below the role's header); "Show all" expands one column. Exit columns load only
 * when expanded. Each card costs the page about 40 µs to render under load: at 8 a column the
 * board reached 38–40% of `/login`'s throughput, at 6 about 43% (README, Benchmark).
 */
export const CARDS_PER_COLUMN = 6;
export const LIST_PAGE_SIZE = 50;

export type Card = {
  id: number;
  candidateId: number;
  name: string;
  currentTitle: string | null;
  stage: Stage;
  stageChangedAt: Date;
  ownerName: string | null;
  version: number;
  /** When the client first received the candidate (null: never submitted). */
  submittedAt: Date | null;
  /** Whole days in the current stage, as of this request. */
  days: number;
  /** Where its interview loop stands (with its red flags when the viewer may see them); null when the viewer may not see interviews. */
  progress: LoopProgress | null;
};

const withDays = <T extends { stageChangedAt: Date }>(rows: T[], now = Date.now()) => rows.map((r) => ({ ...r, days: daysInStage(r.stageChangedAt, now) }));

/** The shown cards' loop progress, in one statement for all of them. */
function withProgress<T extends { id: number }>(viewer: Viewer, rows: T[]): (T & { progress: LoopProgress | null })[] {
  const progress = loopProgress(
    viewer,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({ ...r, progress: progress.get(r.id) ?? null }));
}

const owner = aliasedTable(users, "app_owner");

const cardColumns = {
  id: applications.id,
  candidateId: applications.candidateId,
  name: candidates.name,
  currentTitle: candidates.currentTitle,
  stage: applications.stage,
  stageChangedAt: applications.stageChangedAt,
  ownerName: owner.name,
  version: applications.version,
  submittedAt: applications.submittedAt,
};

/** The stages a viewer's board shows: the stages their scope lets them see (clients: from submission on). */
export function boardStages(viewer: Viewer): { active: Stage[]; exits: Stage[] } {
  const { stages } = scopeOf(viewer);
  return { active: activeStages.filter((s) => stages.includes(s)), exits: exitStages.filter((s) => stages.includes(s)) };
}

/**
 * The role's board: a count per stage and the most recent cards of each column (all of them for
 * the `expand`ed one, none for a collapsed exit column). The counts are the role's kept rows
 * (role_stage_counts), and each column is one walk down the (role, stage, stage_changed_at) index
 * that stops at the column's limit, so the cost does not grow with the pipeline.
 */
export function listBoard(viewer: Viewer, roleId: number, expand?: Stage): { counts: Partial<Record<Stage, number>>; cards: Card[] } {
  if (!can(viewer, "roles:view")) return { counts: {}, cards: [] };
  const { active } = boardStages(viewer);
  const columnQuery = prepared(`board:${scopeOf(viewer).shape}`, (d) => {
    const scope = and(eq(applications.roleId, sql.placeholder("role")), scopeFor(viewer).applications);
    return (
      d
        .select(cardColumns)
        .from(applications)
        .innerJoin(roles, eq(roles.id, applications.roleId))
        .innerJoin(candidates, eq(candidates.id, applications.candidateId))
        .leftJoin(owner, eq(owner.id, applications.ownerId))
        .where(and(scope, eq(applications.stage, sql.placeholder("stage"))))
        .orderBy(desc(applications.stageChangedAt), desc(applications.id))
        // A LIMIT of -1 is no limit in SQLite.
        .limit(sql.placeholder("limit"))
        .prepare()
    );
  });
  const params = { role: roleId, ...scopeParams(viewer) };
  // The role's kept counts (a few rows), as the roles list reads them.
  const counts = stageCountsFor(viewer, [roleId]).get(roleId) ?? {};
  const columns: Stage[] = active.filter((s) => s !== expand);
  if (expand) columns.push(expand);
  const now = Date.now();
  const cards = columns
    .filter((stage) => counts[stage])
    .flatMap((stage) => withDays(columnQuery.all({ ...params, stage, limit: stage === expand ? -1 : CARDS_PER_COLUMN }), now));
  return { counts, cards: withProgress(viewer, cards) };
}

const stageOrder = sql`case ${applications.stage} ${sql.join(
  [...activeStages, ...exitStages].map((s, i) => sql`when ${s} then ${i}`),
  sql` `,
)} end`;

/** The list view: the role's applications, sortable and filterable by stage, one page at a time. */
export function listApplications(viewer: Viewer, roleId: number, params: ListViewParams): { rows: Card[]; total: number; page: number; pages: number } {
  if (!can(viewer, "roles:view")) return { rows: [], total: 0, page: 1, pages: 1 };
  const where = and(eq(applications.roleId, roleId), scopeWhere(viewer).applications, params.stage ? eq(applications.stage, params.stage) : undefined);
  const [{ total }] = db().select({ total: count() }).from(applications).innerJoin(roles, eq(roles.id, applications.roleId)).where(where).all();
  const pages = Math.max(1, Math.ceil(total / LIST_PAGE_SIZE));
  const page = Math.min(params.page ?? 1, pages);
  const dir = params.dir === "desc" ? desc : asc;
  const order = {
    name: [dir(candidates.name)],
    stage: [dir(stageOrder), asc(candidates.name)],
    // More days in stage = earlier stage change.
    days: [params.dir === "desc" ? asc(applications.stageChangedAt) : desc(applications.stageChangedAt)],
    owner: [dir(owner.name), asc(candidates.name)],
  }[params.sort ?? "stage"];
  const rows = db()
    .select(cardColumns)
    .from(applications)
    .innerJoin(roles, eq(roles.id, applications.roleId))
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .leftJoin(owner, eq(owner.id, applications.ownerId))
    .where(where)
    .orderBy(...order, asc(applications.id))
    .limit(LIST_PAGE_SIZE)
    .offset((page - 1) * LIST_PAGE_SIZE)
    .all();
  return { rows: withProgress(viewer, withDays(rows)), total, page, pages };
}

export type ScopedApplication = {
  id: number;
  roleId: number;
  candidateId: number;
  /** To name the one a bulk move is refused for. */
  candidateName: string;
  stage: Stage;
  stageChangedAt: Date;
  version: number;
  submittedAt: Date | null;
};

/**
 * Applications by id, only those the viewer may see (others are simply absent: not found, and the
 * refusal is audited).
 */
export function getApplications(viewer: Viewer, ids: number[]): ScopedApplication[] {
  if (ids.length === 0) return [];
  const found = can(viewer, "roles:view") ? scopedApplications(viewer, ids) : [];
  if (found.length < ids.length) {
    const seen = new Set(found.map((a) => a.id));
    recordRefusals(
      viewer,
      "application",
      ids.filter((id) => !seen.has(id)),
    );
  }
  return found;
}

function scopedApplications(viewer: Viewer, ids: number[]): ScopedApplication[] {
  return db()
    .select({
      id: applications.id,
      roleId: applications.roleId,
      candidateId: applications.candidateId,
      candidateName: candidates.name,
      stage: applications.stage,
      stageChangedAt: applications.stageChangedAt,
      version: applications.version,
      submittedAt: applications.submittedAt,
    })
    .from(applications)
    .innerJoin(roles, eq(roles.id, applications.roleId))
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .where(and(inArray(applications.id, ids), scopeWhere(viewer).applications))
    .all();
}
