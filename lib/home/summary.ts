import "server-only";
import { and, count, eq, inArray, sql } from "drizzle-orm";
import { prepared } from "@/lib/db";
import { roles, roleStageCounts, type Stage } from "@/db/schema";
import type { Viewer } from "@/lib/auth/current-user";
import { can } from "@/lib/access";
import { scopeFor, scopeOf, scopeParams } from "@/lib/access/scope";
import { readCounters } from "@/lib/counters";

/** The stages a client's home counts. */
const summaryStages = ["submitted", "client_interview", "offer"] as const satisfies readonly Stage[];

// The pipeline tiles count applications (a candidate on two roles counts twice) and say so; the
// candidate list they open lists each candidate once, and says that too.
export type HomeStat = { label: string; value: number; href?: string };

/** The few numbers a viewer's home page leads with, scoped to what they may see. */
export function homeSummary(viewer: Viewer): HomeStat[] {
  if (can(viewer, "home:agency-totals")) {
    // Kept totals, not count(*): counting whole tables made home the one page that slowed with the agency's size.
    const total = readCounters();
    return [
      { label: "Open roles", value: total("roles:open"), href: "/roles?status=open" },
      { label: "Candidates", value: total("candidates"), href: "/candidates" },
      { label: "Submissions awaiting client review", value: total("applications:submitted"), href: "/candidates?stage=submitted" },
      { label: "Applications at offer", value: total("applications:offer"), href: "/candidates?stage=offer" },
      { label: "On two-week trial", value: total("applications:trial"), href: "/candidates?stage=trial" },
      { label: "Client companies", value: total("clients"), href: "/clients" },
      ...(can(viewer, "users:manage") ? [{ label: "Active users", value: total("users:active"), href: "/settings/users" }] : []),
    ];
  }
  if (can(viewer, "roles:view")) {
    // A client's own pipeline: what the viewer's scope lets them see, summed per stage of interest
    // from the kept per-role counts (a few rows per role, not every application), prepared once per scope shape.
    const { openRoles, byStage } = prepared(`home-summary:${scopeOf(viewer).shape}`, (d) => {
      const scope = scopeFor(viewer);
      return {
        openRoles: d
          .select({ n: count() })
          .from(roles)
          .where(and(scope.roles, eq(roles.status, "open")))
          .prepare(),
        byStage: d
          .select({ stage: roleStageCounts.stage, n: sql<number>`sum(${roleStageCounts.n})` })
          .from(roleStageCounts)
          .where(and(scope.roleStageCounts, inArray(roleStageCounts.stage, [...summaryStages])))
          .groupBy(roleStageCounts.stage)
          .prepare(),
      };
    });
    const params = scopeParams(viewer);
    const counts = new Map(byStage.all(params).map((r) => [r.stage, r.n]));
    const inStage = (stage: (typeof summaryStages)[number]) => counts.get(stage) ?? 0;
    return [
      { label: `Open roles at ${viewer.organizationName}`, value: openRoles.get(params)?.n ?? 0, href: "/roles?status=open" },
      { label: "Submissions awaiting your review", value: inStage("submitted"), href: "/candidates?stage=submitted" },
      { label: "Applications in client interviews", value: inStage("client_interview"), href: "/candidates?stage=client_interview" },
      { label: "Applications at offer", value: inStage("offer"), href: "/candidates?stage=offer" },
    ];
  }
  // A client viewer's home is their company's trials: no pipeline figures to lead with.
  return [];
}
