import "server-only";
import { aliasedTable, and, asc, count, desc, eq, getTableColumns, inArray, sql } from "drizzle-orm";
import { prepared } from "@/lib/db";
import { organizations, roles, roleStageCounts, users, type Role, type RoleStatus, type RoleType, type Stage } from "@/db/schema";
import type { Viewer } from "@/lib/auth/current-user";
import { can } from "@/lib/access";
import { recordRefusals } from "@/lib/access/refusals";
import { getClientChoice, type ClientChoice } from "@/lib/clients/queries";
import { scopeFor, scopeOf, scopeParams } from "@/lib/access/scope";
import type { RoleFilters } from "./schemas";
import { escapeLike } from "@/lib/like";
import { hiredCountSql } from "./seats";

export const ROLES_PAGE_SIZE = 25;

export type RoleListItem = {
  id: number;
  title: string;
  type: RoleType;
  status: RoleStatus;
  headcount: number;
  clientId: number;
  clientName: string;
  ownerName: string;
  lastActivityAt: Date;
  stageCounts: Partial<Record<Stage, number>>;
};

const owner = aliasedTable(users, "owner");

/**
 * `q`'s words, each to be found inside the role's title or its client's name. Those of three
 * letters or more make one query of the trigram index `roles_fts` (migration 0023: each word a
 * quoted string, all of them required, in any case and with or without accents); shorter ones,
 * which a trigram cannot look up, are LIKE patterns ("%ab%", with LIKE's own characters escaped).
 */
export function searchTerms(q: string | undefined): { match: string | null; like: string[] } {
  // Composed (NFC), as names are typed and stored: "é" typed as e + accent is one letter.
  const words = (q ?? "").normalize("NFC").split(/\s+/).filter(Boolean);
  // The index ignores accents, so a word counts as long enough by its letters without them.
  const indexable = (w: string) => [...w.normalize("NFD").replace(/\p{M}/gu, "")].length >= 3;
  return {
    match: words.some(indexable)
      ? words
          .filter(indexable)
          .map((w) => `"${w.replaceAll('"', '""')}"`)
          .join(" ")
      : null,
    like: words.filter((w) => !indexable(w)).map((w) => `%${escapeLike(w)}%`),
  };
}

/** Roles the viewer may see, filtered, most recently active first, one page, with a count per stage. */
export function listRoles(viewer: Viewer, filters: RoleFilters): { rows: RoleListItem[]; total: number; page: number; pages: number } {
  if (!can(viewer, "roles:view")) return { rows: [], total: 0, page: 1, pages: 1 };
  const terms = searchTerms(filters.q);
  const on = {
    client: !!filters.client,
    type: !!filters.type,
    status: !!filters.status,
    owner: !!filters.owner,
    match: terms.match !== null,
    like: terms.like.length > 0,
  };
  const { total: totalQuery, rows: rowsQuery } = prepared(`roles:${scopeOf(viewer).shape}:${Object.values(on).map(Number).join("")}`, (d) => {
    const where = and(
      scopeFor(viewer).roles,
      on.client ? eq(roles.clientId, sql.placeholder("client")) : undefined,
      on.type ? eq(roles.type, sql.placeholder("type")) : undefined,
      on.status ? eq(roles.status, sql.placeholder("status")) : undefined,
      on.owner ? eq(roles.ownerId, sql.placeholder("owner")) : undefined,
      // Every word in the title or the client's name: the longer ones through the index, the
      // short ones by LIKE over the roles the rest leaves (one statement for any number of words).
      on.match ? sql`${roles.id} in (select rowid from roles_fts where roles_fts match ${sql.placeholder("match")})` : undefined,
      on.like
        ? sql`not exists (select 1 from json_each(${sql.placeholder("words")}) w
            where not (${roles.title} like w.value escape '\\' or ${organizations.name} like w.value escape '\\'))`
        : undefined,
    );
    return {
      total: on.like
        ? d.select({ total: count() }).from(roles).innerJoin(organizations, eq(organizations.id, roles.clientId)).where(where).prepare()
        : d.select({ total: count() }).from(roles).where(where).prepare(),
      rows: d
        .select({
          id: roles.id,
          title: roles.title,
          type: roles.type,
          status: roles.status,
          headcount: roles.headcount,
          clientId: roles.clientId,
          clientName: organizations.name,
          ownerName: owner.name,
          lastActivityAt: roles.lastActivityAt,
        })
        .from(roles)
        .innerJoin(organizations, eq(organizations.id, roles.clientId))
        .innerJoin(owner, eq(owner.id, roles.ownerId))
        .where(where)
        .orderBy(desc(roles.lastActivityAt), desc(roles.id))
        .limit(ROLES_PAGE_SIZE)
        .offset(sql.placeholder("offset"))
        .prepare(),
    };
  });
  const params = {
    ...scopeParams(viewer),
    client: filters.client,
    type: filters.type,
    status: filters.status,
    owner: filters.owner,
    match: terms.match,
    words: JSON.stringify(terms.like),
  };
  const total = totalQuery.get(params)?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / ROLES_PAGE_SIZE));
  const page = Math.min(filters.page ?? 1, pages);
  const rows = rowsQuery.all({ ...params, offset: (page - 1) * ROLES_PAGE_SIZE });
  const counts = stageCountsFor(
    viewer,
    rows.map((r) => r.id),
  );
  return { rows: rows.map((r) => ({ ...r, stageCounts: counts.get(r.id) ?? {} })), total, page, pages };
}

/**
 * Applications per stage for some roles, counting only what the viewer may see (roles of another
 * company count nothing, whoever passes their ids). One query.
 */
export function stageCountsFor(viewer: Viewer, roleIds: number[]): Map<number, Partial<Record<Stage, number>>> {
  const out = new Map<number, Partial<Record<Stage, number>>>();
  if (roleIds.length === 0 || !can(viewer, "roles:view")) return out;
  // The kept counts (role_stage_counts): a few rows per role, however long its pipeline.
  const query = prepared(`role-stage-counts:${scopeOf(viewer).shape}`, (d) =>
    d
      .select({ roleId: roleStageCounts.roleId, stage: roleStageCounts.stage, n: sql<number>`sum(${roleStageCounts.n})` })
      .from(roleStageCounts)
      .where(
        and(
          // The ids as one JSON array parameter, so one prepared statement serves any page.
          sql`${roleStageCounts.roleId} in (select value from json_each(${sql.placeholder("roles")}))`,
          scopeFor(viewer).roleStageCounts,
        ),
      )
      .groupBy(roleStageCounts.roleId, roleStageCounts.stage)
      .prepare(),
  );
  // Plain [roleId, stage, n] rows: ~250 of them, not worth drizzle's per-field mapping.
  for (const [roleId, stage, n] of query.values({ roles: JSON.stringify(roleIds), ...scopeParams(viewer) }) as [number, Stage, number][]) {
    if (!n) continue;
    const m = out.get(roleId) ?? {};
    m[stage] = n;
    out.set(roleId, m);
  }
  return out;
}

export type RoleDetail = Role & {
  clientName: string;
  ownerName: string;
  hiringManagerName: string | null;
  /** Applications in Hired: the role fills when this reaches its headcount. */
  hiredCount: number;
};

/** One role, or undefined when it does not exist or the viewer may not see it (a refusal is audited). */
export function getRole(viewer: Viewer, id: number): RoleDetail | undefined {
  const role = can(viewer, "roles:view") ? scopedRole(viewer, id) : undefined;
  if (!role) recordRefusals(viewer, "role", [id]);
  return role;
}

function scopedRole(viewer: Viewer, id: number): RoleDetail | undefined {
  const query = prepared(`role:${scopeOf(viewer).shape}`, (d) => {
    const hm = aliasedTable(users, "hm");
    return d
      .select({
        ...getTableColumns(roles),
        clientName: organizations.name,
        ownerName: owner.name,
        hiringManagerName: hm.name,
        hiredCount: hiredCountSql(roles.id),
      })
      .from(roles)
      .innerJoin(organizations, eq(organizations.id, roles.clientId))
      .innerJoin(owner, eq(owner.id, roles.ownerId))
      .leftJoin(hm, eq(hm.id, roles.hiringManagerId))
      .where(and(eq(roles.id, sql.placeholder("id")), scopeFor(viewer).roles))
      .prepare();
  });
  return query.get({ id, ...scopeParams(viewer) });
}

export type RoleFormOptions = {
  recruiters: { id: number; name: string }[];
  /** The client the form starts with (the role's, or one named in the link), if any. */
  client: ClientChoice | null;
  /** The hiring managers of that client. */
  hiringManagers: { id: number; name: string }[];
};

/** Choices for the /roles filters (agency viewers): the owners, and the client filtered on if any. */
export function roleFilterOptions(viewer: Viewer, clientId?: number): { recruiters: RoleFormOptions["recruiters"]; client: ClientChoice | null } {
  if (!can(viewer, "clients:view-all")) return { recruiters: [], client: null };
  return { recruiters: activeRecruiters(), client: (clientId && getClientChoice(viewer, clientId)) || null };
}

/** The agency's active people, by name (the owner filters of /roles and /trials, the role form): prepared, as those lists run on every request. */
function activeRecruiters(): RoleFormOptions["recruiters"] {
  return prepared("active-recruiters", (d) =>
    d
      .select({ id: users.id, name: users.name })
      .from(users)
      .where(and(inArray(users.kind, ["recruiter", "admin"]), eq(users.active, true)))
      .orderBy(asc(users.name))
      .prepare(),
  ).all();
}

/**
 * Choices for the role form (agency viewers): the owners, and the client already chosen (if any)
 * with its hiring managers. Clients are picked as you type; another client's hiring managers are
 * asked for when it is picked (hiringManagerChoices): the form never carries every client's.
 */
export function roleFormOptions(viewer: Viewer, clientId?: number): RoleFormOptions {
  if (!can(viewer, "roles:manage")) return { recruiters: [], client: null, hiringManagers: [] };
  const client = (clientId && getClientChoice(viewer, clientId)) || null;
  return { recruiters: activeRecruiters(), client, hiringManagers: client ? clientHiringManagers(viewer, client.id) : [] };
}

/** A client's active hiring managers, by name (agency viewers who manage roles). */
export function clientHiringManagers(viewer: Viewer, clientId: number): { id: number; name: string }[] {
  if (!can(viewer, "roles:manage")) return [];
  return prepared("client-hiring-managers", (d) =>
    d
      .select({ id: users.id, name: users.name })
      .from(users)
      .where(and(eq(users.organizationId, sql.placeholder("client")), eq(users.kind, "hiring_manager"), eq(users.active, true)))
      .orderBy(asc(users.name))
      .prepare(),
  ).all({ client: clientId });
}
