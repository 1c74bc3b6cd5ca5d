import "server-only";
import { and, count, eq, inArray, isNotNull } from "drizzle-orm";
import { db } from "@/lib/db";
import { applications, roles, users } from "@/db/schema";
import type { Viewer } from "@/lib/auth/current-user";
import { can } from "@/lib/access";
import { readCounters } from "./counters";

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
  if (viewer.kind === "hiring_manager") {
    const mine = and(eq(roles.clientId, viewer.organizationId), isNotNull(applications.submittedAt));
    const inStages = (stages: ("submitted" | "client_interview" | "offer")[]) =>
      n(
        d
          .select({ n: count() })
          .from(applications)
          .innerJoin(roles, eq(roles.id, applications.roleId))
          .where(and(mine, inArray(applications.stage, stages)))
          .all(),
      );
    return [
      {
        label: `Open roles at ${viewer.organizationName}`,
        value: n(
          d
            .select({ n: count() })
            .from(roles)
            .where(and(eq(roles.clientId, viewer.organizationId), eq(roles.status, "open")))
            .all(),
        ),
        href: "/roles?status=open",
      },
      { label: "Submitted, awaiting your review", value: inStages(["submitted"]), href: "/candidates?stage=submitted" },
      { label: "In client interviews", value: inStages(["client_interview"]), href: "/candidates?stage=client_interview" },
      { label: "At offer", value: inStages(["offer"]), href: "/candidates?stage=offer" },
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
