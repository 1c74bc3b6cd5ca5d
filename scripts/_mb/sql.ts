import { db } from "@/lib/db";
import { applications } from "@/db/schema";
import { count } from "drizzle-orm";
import { cohortCondition } from "@/lib/reports/cohort";
import { resolveReportFilters } from "@/lib/reports/filters";
const viewer = { id: 1, kind: "admin" as const, organizationId: 1 };
const f = resolveReportFilters({}, "2026-11-22");
const q = db().select({ rank: applications.reachedRank, n: count() }).from(applications).where(cohortCondition(viewer, f)).groupBy(applications.reachedRank);
console.log(q.toSQL());
