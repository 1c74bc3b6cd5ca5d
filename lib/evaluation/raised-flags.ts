import "server-only";
import { aliasedTable, and, eq, isNull, sql } from "drizzle-orm";
import { inIds, prepared } from "@/lib/db";
import { applications, roles, scorecards, users } from "@/db/schema";
import { can } from "@/lib/access";
import { summaryRowsCondition } from "@/lib/access/evaluation";
import { scopeFor, scopeOf, scopeParams, type ScopeSubject } from "@/lib/access/scope";
import { parseFlags } from "./scorecards";

// The red flags raised on applications, and by whom: "Blames others (Riley Chen, Sam Okafor)".
// The agency's detail ("evaluation:view-details"), read from the current submitted scorecards
// under the blind rule: on an application where the viewer still owes a scorecard, none.

/** One red flag on an application, with the interviewers who ticked it. */
export type RaisedFlag = { flag: string; by: string[] };

const interviewer = aliasedTable(users, "interviewer");

/** Each listed application's raised flags (most raised first), in one statement; applications with none are absent. */
export function raisedFlags(viewer: ScopeSubject, applicationIds: readonly number[]): Map<number, RaisedFlag[]> {
  const result = new Map<number, RaisedFlag[]>();
  if (applicationIds.length === 0 || !can(viewer, "evaluation:view-details")) return result;
  const rows = prepared(`raised-flags:${scopeOf(viewer).shape}`, (d) =>
    d
      .select({ applicationId: scorecards.applicationId, redFlags: scorecards.redFlags, by: interviewer.name })
      .from(scorecards)
      .innerJoin(applications, eq(applications.id, scorecards.applicationId))
      .innerJoin(roles, eq(roles.id, applications.roleId))
      .innerJoin(interviewer, eq(interviewer.id, scorecards.interviewerId))
      .where(
        and(
          inIds(scorecards.applicationId, "ids"),
          eq(scorecards.status, "submitted"),
          isNull(scorecards.supersededAt),
          sql`${scorecards.redFlags} <> '[]'`,
          scopeFor(viewer).applications,
          summaryRowsCondition(viewer, scorecards.applicationId, "placeholders"),
        ),
      )
      .orderBy(scorecards.applicationId, scorecards.id)
      .prepare(),
  ).all({ ids: JSON.stringify(applicationIds), ...scopeParams(viewer) });
  const byApplication = new Map<number, { flag: string; by: string }[]>();
  for (const r of rows)
    byApplication.set(r.applicationId, [...(byApplication.get(r.applicationId) ?? []), ...parseFlags(r.redFlags).map((flag) => ({ flag, by: r.by }))]);
  for (const [id, flags] of byApplication) if (flags.length) result.set(id, groupFlags(flags));
  return result;
}

/** Each flag once, with everyone who ticked it (each name once, though they ticked it in two interviews); the most raised first. */
export function groupFlags(flags: { flag: string; by: string }[]): RaisedFlag[] {
  const by = new Map<string, string[]>();
  for (const f of flags) {
    const names = by.get(f.flag) ?? [];
    if (!names.includes(f.by)) names.push(f.by);
    by.set(f.flag, names);
  }
  return [...by].map(([flag, names]) => ({ flag, by: names })).sort((a, b) => b.by.length - a.by.length || a.flag.localeCompare(b.flag));
}

/** "Blames others (Riley Chen, Sam Okafor); Vague answers (Riley Chen)". */
export const describeRaised = (flags: RaisedFlag[]) => flags.map((f) => `${f.flag} (${f.by.join(", ")})`).join("; ");
