import { sql, type Column, type SQL } from "drizzle-orm";
import { applications } from "@/db/schema";

/**
 * SQL: how many applications of the role whose id is `roleId` (the outer query's role id column)
 * are hired. The inner `applications` shadows any the outer query joins, so it counts the role's,
 * not the outer row's. Hires are client-visible: every viewer of the role may count them.
 */
export const hiredCountSql = (roleId: Column | SQL) =>
  sql<number>`(select count(*) from ${applications} where ${applications.roleId} = ${roleId} and ${applications.stage} = 'hired')`;
