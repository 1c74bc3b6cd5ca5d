import "server-only";
import { and, count, eq } from "drizzle-orm";
import { db } from "@/lib/db";
import { applications, roles, users, type Stage } from "@/db/schema";
import type { Viewer } from "@/lib/auth/current-user";
import { can } from "@/lib/access";
import { scopeWhere } from "@/lib/access/scope";
import { readCounters } from "@/lib/counters";

export type HomeStat = { label: string; value: number; href?: string };

/** The few numbers a viewer's home page leads with, scoped to what they may see. */
export function homeSummary(viewer: Viewer): HomeStat[] {
  const d = db();
  const n = (q: { n: number }[]) => q[0]?.n ?? 0;
  if (can(viewer, "home:agency-totals")) {
    // Kept totals, not count(*): counting whole tables made home the one page that slowed with the agency's size.
    const total = readCounters();
    return [
      { label: "Open roles", value: total("roles:open"), href: "/roles?status=open" },
      { label: "Candidates", value: total("candidates"), href: "/candidates" },
      { label: "Awaiting client review", value: total("applications:submitted"), href: "/candidates?stage=submitted" },
      { label: "At offer", value: total("applications:offer"), href: "/candidates?stage=offer" },
      { label: "On two-week trial", value: total("applications:trial"), href: "/candidates?stage=trial" },
      { label: "Client companies", value: total("clients"), href: "/clients" },
      ...(can(viewer, "users:manage") ? [{ label: "Active users", value: total("users:active"), href: "/settings/users" }] : []),
    ];
  }
  if (can(viewer, "roles:view")) {
    // A client's own pipeline: what the viewer's scope lets them see, counted per stage of interest.
    const scope = scopeWhere(viewer);
    const inStage = (stage: Stage) =>
      n(
        d
          .select({ n: count() })
          .from(applications)
          .innerJoin(roles, eq(roles.id, applications.roleId))
          .where(and(scope.applications, eq(applications.stage, stage)))
          .all(),
      );
    return [
      {
        label: `Open roles at ${viewer.organizationName}`,
        value: n(
          d
            .select({ n: count() })
            .from(roles)
            .where(and(scope.roles, eq(roles.status, "open")))
            .all(),
        ),
        href: "/roles?status=open",
      },
      { label: "Submitted, awaiting your review", value: inStage("submitted"), href: "/candidates?stage=submitted" },
      { label: "In client interviews", value: inStage("client_interview"), href: "/candidates?stage=client_interview" },
      { label: "At offer", value: inStage("offer"), href: "/candidates?stage=offer" },
    ];
  }
  return [
    {
      label: `People from ${viewer.organizationName} on Trialboard`,
      value: n(
        d
          .select({ n: count() })
          .from(users)
          .where(and(eq(users.organizationId, viewer.organizationId), eq(users.active, true)))
          .all(),
      ),
    },
  ];
}
