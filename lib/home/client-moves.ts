import "server-only";
import { and, eq, sql, type SQL } from "drizzle-orm";
import { db, inIds, prepared } from "@/lib/db";
import { applications, candidates, organizations, roles, users, type Stage } from "@/db/schema";
import type { Viewer } from "@/lib/auth/current-user";
import { scopeFor, scopeOf, scopeParams, scopeWhere } from "@/lib/access/scope";
import { allStages } from "@/lib/access/stages";
import { HOME_LIST_LIMIT } from "./limits";

// "Moved by the client since you last looked": applications in the roles the viewer owns whose
// client_moved_at (kept by a trigger on stage events: the last time a client's user moved it to
// client interview, offer or rejected) is after the viewer's seen mark, newest first.
//
// The only index on it is applications_client_moved_idx (client_moved_at), the agency's every
// move. Walking it newest first finds a recruiter's few quickly (a recruiter owns ~4% of the
// roles at 1M), but someone owning a handful of roles would walk every move since their mark
// (480,000 in a fortnight at 1M: over a second). So the walk is cut at WALK rows: if it found
// enough, or read every move since the mark, it is the answer; otherwise the viewer owns so
// few of the moved applications that their own roles are the cheaper walk — a move since the
// mark is also a stage change since it (stage_changed_at ≥ client_moved_at), which the
// (role, stage, stage_changed_at) index finds per owned role.

/** Unseen moves are those since the mark; with no mark, those of the last 14 days. */
export const UNSEEN_DEFAULT_DAYS = 14;
const DAY = 86_400_000;
const WALK = 2_000;

export type ClientMove = {
  applicationId: number;
  candidateName: string;
  roleTitle: string;
  clientName: string;
  /** Where the client moved it. */
  movedTo: Stage;
  /** Where it is now (a recruiter may have moved it on since). */
  stage: Stage;
  movedAt: Date;
  movedBy: string | null;
};

export type ClientMoves = {
  rows: ClientMove[];
  more: boolean;
  /** Since when moves count as unseen, and whether that is the viewer's own mark. */
  since: Date;
  marked: boolean;
  /** The user row's version, for marking them seen. */
  version: number;
};

type Hit = { id: number; at: number };

/** The newest client moves since `since` in the viewer's roles, up to `want` of them (ids and times). */
export function clientMoveIds(viewer: Viewer, since: number, want: number, walkRows = WALK): Hit[] {
  const owned = and(eq(roles.ownerId, viewer.id), scopeWhere(viewer).roles);
  const ownedIds = sql`select ${roles.id} from ${roles} where ${owned}`;
  const walk = (columns: SQL) => sql`select ${columns} from ${applications} indexed by applications_client_moved_idx
    where client_moved_at > ${since} order by client_moved_at desc, id desc limit ${walkRows}`;
  // Rows stream out of the walk, so it stops as soon as `want` of the viewer's are found.
  const hits = db().all<Hit>(sql`select a.id, a.at from (${walk(sql`id, role_id, client_moved_at at`)}) a where a.role_id in (${ownedIds}) limit ${want}`);
  if (hits.length >= want) return hits;
  // Fewer than wanted: did the walk read every move since the mark? (The index alone answers.)
  const { n, boundary } = db().get<{ n: number; boundary: number | null }>(sql`select count(*) n, min(at) boundary from (${walk(sql`client_moved_at at`)})`);
  if (n < walkRows || boundary === null) return hits;
  const found = new Set(hits.map((h) => h.id));
  const older = db().all<Hit>(sql`select id, client_moved_at at from ${applications} indexed by applications_role_stage_changed_idx
    where role_id in (${ownedIds}) and stage in (${sql.join(
      allStages.map((s) => sql`${s}`),
      sql`, `,
    )}) and stage_changed_at > ${since}
      and client_moved_at > ${since} and client_moved_at <= ${boundary}
    order by client_moved_at desc, id desc limit ${want + hits.length}`);
  return [...hits, ...older.filter((r) => !found.has(r.id))].slice(0, want);
}

export function clientMoves(viewer: Viewer, now: Date, limit = HOME_LIST_LIMIT): ClientMoves {
  const me = db().select({ seenAt: users.clientMovesSeenAt, version: users.version }).from(users).where(eq(users.id, viewer.id)).get();
  const since = me?.seenAt ?? new Date(now.getTime() - UNSEEN_DEFAULT_DAYS * DAY);
  const base = { since, marked: !!me?.seenAt, version: me?.version ?? 1 };
  const hits = clientMoveIds(viewer, since.getTime(), limit + 1);
  if (!hits.length) return { rows: [], more: false, ...base };
  const ids = hits.slice(0, limit).map((h) => h.id);
  // Who moved it: the stage event that set client_moved_at (same application, same instant).
  const rows = prepared(`client-move-rows:${scopeOf(viewer).shape}`, (d) => {
    const movedTo = sql<Stage>`(select e.to_stage from stage_events e where e.application_id = ${applications.id} and e.created_at = ${applications.clientMovedAt} order by e.id desc limit 1)`;
    const movedBy = sql<
      string | null
    >`(select u.name from stage_events e join users u on u.id = e.actor_id where e.application_id = ${applications.id} and e.created_at = ${applications.clientMovedAt} order by e.id desc limit 1)`;
    return d
      .select({
        applicationId: applications.id,
        candidateName: candidates.name,
        roleTitle: roles.title,
        clientName: organizations.name,
        movedTo,
        stage: applications.stage,
        movedAt: applications.clientMovedAt,
        movedBy,
      })
      .from(applications)
      .innerJoin(roles, eq(roles.id, applications.roleId))
      .innerJoin(candidates, eq(candidates.id, applications.candidateId))
      .innerJoin(organizations, eq(organizations.id, roles.clientId))
      .where(and(inIds(applications.id, "ids"), scopeFor(viewer).applications))
      .prepare();
  }).all({ ids: JSON.stringify(ids), ...scopeParams(viewer) });
  const order = new Map(ids.map((id, i) => [id, i]));
  rows.sort((a, b) => order.get(a.applicationId)! - order.get(b.applicationId)!);
  return {
    rows: rows.map((r) => ({ ...r, movedTo: r.movedTo ?? r.stage, movedAt: r.movedAt ?? since })),
    more: hits.length > limit,
    ...base,
  };
}
