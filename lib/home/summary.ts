import "server-only";
import { and, count, eq, inArray, isNotNull } from "drizzle-orm";
import { db } from "@/db/client";
import { applications, candidates, organizations, roles, users } from "@/db/schema";
import type { Viewer } from "@/lib/auth/current-user";
import { isAgency } from "@/lib/access";

export type HomeStat = { label: string; value: number; href?: string };

/** The few numbers a viewer's home page leads with, scoped to what they may see. */
export function homeSummary(viewer: Viewer): HomeStat[] {
  const d = db();
  const n = (q: { n: number }[]) => q[0]?.n ?? 0;
  if (isAgency(viewer)) {
    return [
      { label: "Open roles", value: n(d.select({ n: count() }).from(roles).where(eq(roles.status, "open")).all()), href: "/roles?status=open" },
      { label: "Candidates", value: n(d.select({ n: count() }).from(candidates).all()), href: "/candidates" },
      // Equality on the stage index only: counting every open application would scan them all.
      { label: "Awaiting client review", value: n(d.select({ n: count() }).from(applications).where(eq(applications.stage, "submitted")).all()), href: "/candidates?stage=submitted" },
      { label: "At offer", value: n(d.select({ n: count() }).from(applications).where(eq(applications.stage, "offer")).all()), href: "/candidates?stage=offer" },
      { label: "On two-week trial", value: n(d.select({ n: count() }).from(applications).where(eq(applications.stage, "trial")).all()), href: "/candidates?stage=trial" },
      { label: "Client companies", value: n(d.select({ n: count() }).from(organizations).where(eq(organizations.kind, "client")).all()), href: "/clients" },
      ...(viewer.kind === "admin" ? [{ label: "Active users", value: n(d.select({ n: count() }).from(users).where(eq(users.active, true)).all()), href: "/settings/users" }] : []),
    ];
  }
  if (viewer.kind === "hiring_manager") {
    const mine = and(eq(roles.clientId, viewer.organizationId), isNotNull(applications.submittedAt));
    const inStages = (stages: ("submitted" | "client_interview" | "offer")[]) =>
      n(d.select({ n: count() }).from(applications).innerJoin(roles, eq(roles.id, applications.roleId)).where(and(mine, inArray(applications.stage, stages))).all());
    return [
      { label: `Open roles at ${viewer.organizationName}`, value: n(d.select({ n: count() }).from(roles).where(and(eq(roles.clientId, viewer.organizationId), eq(roles.status, "open"))).all()), href: "/roles?status=open" },
      { label: "Submitted, awaiting your review", value: inStages(["submitted"]), href: "/candidates?stage=submitted" },
      { label: "In client interviews", value: inStages(["client_interview"]), href: "/candidates?stage=client_interview" },
      { label: "At offer", value: inStages(["offer"]), href: "/candidates?stage=offer" },
    ];
  }
  return [
    {
      label: `People from ${viewer.organizationName} on Trialboard`,
      value: n(d.select({ n: count() }).from(users).where(and(eq(users.organizationId, viewer.organizationId), eq(users.active, true))).all()),
    },
  ];
}
