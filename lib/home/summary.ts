import "server-only";
import { and, count, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { organizations, users } from "@/db/schema";
import type { Viewer } from "@/lib/auth/current-user";
import { isAgency } from "@/lib/authz";

export type HomeStat = { label: string; value: number; href?: string };

/** The few numbers a viewer's home page leads with, scoped to what they may see. */
export function homeSummary(viewer: Viewer): HomeStat[] {
  const d = db();
  if (isAgency(viewer)) {
    const [{ clients }] = d.select({ clients: count() }).from(organizations).where(eq(organizations.kind, "client")).all();
    const [{ active }] = d.select({ active: count() }).from(users).where(eq(users.active, true)).all();
    return [
      { label: "Client companies", value: clients, href: "/clients" },
      { label: "Active users", value: active, href: viewer.kind === "admin" ? "/settings/users" : undefined },
    ];
  }
  const [{ colleagues }] = d
    .select({ colleagues: count() })
    .from(users)
    .where(and(eq(users.organizationId, viewer.organizationId), eq(users.active, true)))
    .all();
  return [{ label: `People from ${viewer.organizationName} on Trialboard`, value: colleagues }];
}
