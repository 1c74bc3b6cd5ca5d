import "server-only";
import { and, eq, lte, or, type SQL, type SQLWrapper } from "drizzle-orm";
import { interviewers } from "@/db/schema";

/**
 * SQL twin of `scorecardDue` (lib/interviews/due.ts), on an interviewer row's kept copies of its
 * interview (status, end): the scorecard is due once the interview was held — marked completed,
 * or still scheduled and over by `now`. `/interviews` owes scorecards by it, and the loop
 * progress counts "due" by it, so the two agree.
 */
export const scorecardDueRow = (now: SQLWrapper): SQL =>
  or(eq(interviewers.status, "completed"), and(eq(interviewers.status, "scheduled"), lte(interviewers.endsAt, now)))!;
