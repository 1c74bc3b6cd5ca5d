import "server-only";
import { aliasedTable, and, desc, eq, sql } from "drizzle-orm";
import { prepared } from "@/lib/db";
import { applications, notes, organizations, roles, stageEvents, users, type NoteVisibility, type Stage } from "@/db/schema";
import type { Viewer } from "@/lib/auth/current-user";
import { can } from "@/lib/access";
import { mayReadMoveReason, scopeFor, scopeOf, scopeParams } from "@/lib/access/scope";

export type TimelineEntry =
  | {
      kind: "stage";
      id: string;
      at: Date;
      actorName: string | null;
      roleTitle: string;
      clientName: string;
      from: Stage | null;
      to: Stage;
      reason: string | null;
    }
  | {
      kind: "note";
      id: string;
      at: Date;
      actorName: string | null;
      roleTitle: string | null;
      clientName: string | null;
      visibility: NoteVisibility;
      body: string;
    };

const actor = aliasedTable(users, "actor");

/**
 * Stage changes and notes, newest first, as the viewer's scope allows: a client sees only moves
 * between stages they may see on their company's applications after submission, and only shared
 * notes on those applications. Internal notes never leave the server.
 */
export function candidateTimeline(viewer: Viewer, candidateId: number, limit = 100): TimelineEntry[] {
  if (!can(viewer, "candidates:view")) return [];
  const viewerScope = scopeOf(viewer);
  const { shape, stages } = viewerScope;
  const { events: eventQuery, notes: noteQuery } = prepared(`timeline:${shape}`, (d) => {
    const scope = scopeFor(viewer);
    return {
      events: d
        .select({
          id: stageEvents.id,
          at: stageEvents.createdAt,
          actorName: actor.name,
          // Whose company made the move: a client reads the reasons their own people wrote.
          actorCompany: actor.organizationId,
          roleTitle: roles.title,
          clientName: organizations.name,
          from: stageEvents.fromStage,
          to: stageEvents.toStage,
          reason: stageEvents.reason,
        })
        .from(stageEvents)
        .innerJoin(applications, eq(applications.id, stageEvents.applicationId))
        .innerJoin(roles, eq(roles.id, applications.roleId))
        .innerJoin(organizations, eq(organizations.id, roles.clientId))
        .leftJoin(actor, eq(actor.id, stageEvents.actorId))
        .where(and(eq(applications.candidateId, sql.placeholder("candidate")), scope.stageEvents))
        .orderBy(desc(stageEvents.createdAt), desc(stageEvents.id))
        .limit(sql.placeholder("limit"))
        .prepare(),
      notes: d
        .select({
          id: notes.id,
          at: notes.createdAt,
          actorName: actor.name,
          roleTitle: roles.title,
          clientName: organizations.name,
          visibility: notes.visibility,
          body: notes.body,
        })
        .from(notes)
        .leftJoin(applications, eq(applications.id, notes.applicationId))
        .leftJoin(roles, eq(roles.id, applications.roleId))
        .leftJoin(organizations, eq(organizations.id, roles.clientId))
        .leftJoin(actor, eq(actor.id, notes.authorId))
        .where(and(eq(notes.candidateId, sql.placeholder("candidate")), scope.notes))
        .orderBy(desc(notes.createdAt), desc(notes.id))
        .limit(sql.placeholder("limit"))
        .prepare(),
    };
  });
  const params = { candidate: candidateId, limit, ...scopeParams(viewer) };
  const events = eventQuery.all(params);
  const noteRows = noteQuery.all(params);

  const entries: TimelineEntry[] = [
    // The first submission's starting stage is the agency's own business: a client sees "submitted".
    ...events.map(({ actorCompany, ...e }) => ({
      kind: "stage" as const,
      ...e,
      id: `s${e.id}`,
      from: e.from && stages.includes(e.from) ? e.from : null,
      reason: mayReadMoveReason(viewerScope, actorCompany) ? e.reason : null,
    })),
    ...noteRows.map((n) => ({ kind: "note" as const, ...n, id: `n${n.id}` })),
  ];
  return entries.sort((a, b) => b.at.getTime() - a.at.getTime()).slice(0, limit);
}
