import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { prepared } from "@/lib/db";
import { applications, candidates, organizations, roles, type RoleType, type Stage } from "@/db/schema";
import type { Viewer } from "@/lib/auth/current-user";
import { can } from "@/lib/access";
import { recordRefusals } from "@/lib/access/refusals";
import { scopeFor, scopeOf, scopeParams } from "@/lib/access/scope";

/** One application with what its page shows about the candidate and the role. */
export type ApplicationDetail = {
  id: number;
  stage: Stage;
  version: number;
  submittedAt: Date | null;
  candidate: { id: number; name: string; currentTitle: string | null; timezone: string | null };
  role: { id: number; title: string; type: RoleType; clientId: number; clientName: string; clientTimezone: string | null; hiringManagerId: number | null };
};

/** The application if the viewer may see it; otherwise undefined (not found, and the refusal audited). */
export function getApplicationDetail(viewer: Viewer, id: number): ApplicationDetail | undefined {
  const row = can(viewer, "roles:view")
    ? prepared(`application-detail:${scopeOf(viewer).shape}`, (d) =>
        d
          .select({
            id: applications.id,
            stage: applications.stage,
            version: applications.version,
            submittedAt: applications.submittedAt,
            candidateId: candidates.id,
            candidateName: candidates.name,
            currentTitle: candidates.currentTitle,
            candidateTimezone: candidates.timezone,
            roleId: roles.id,
            roleTitle: roles.title,
            roleType: roles.type,
            clientId: roles.clientId,
            clientName: organizations.name,
            clientTimezone: organizations.timezone,
            hiringManagerId: roles.hiringManagerId,
          })
          .from(applications)
          .innerJoin(roles, eq(roles.id, applications.roleId))
          .innerJoin(candidates, eq(candidates.id, applications.candidateId))
          .innerJoin(organizations, eq(organizations.id, roles.clientId))
          .where(and(eq(applications.id, sql.placeholder("id")), scopeFor(viewer).applications))
          .prepare(),
      ).get({ id, ...scopeParams(viewer) })
    : undefined;
  if (!row) {
    recordRefusals(viewer, "application", [id]);
    return undefined;
  }
  return {
    id: row.id,
    stage: row.stage,
    version: row.version,
    submittedAt: row.submittedAt,
    candidate: { id: row.candidateId, name: row.candidateName, currentTitle: row.currentTitle, timezone: row.candidateTimezone },
    role: {
      id: row.roleId,
      title: row.roleTitle,
      type: row.roleType,
      clientId: row.clientId,
      clientName: row.clientName,
      clientTimezone: row.clientTimezone,
      hiringManagerId: row.hiringManagerId,
    },
  };
}
