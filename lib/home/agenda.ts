import "server-only";
import type { Viewer } from "@/lib/auth/current-user";
import { myInterviewsBetween, myOwed, myOwedCounts, myUpcoming, type MyInterview, type OwedCounts } from "@/lib/interviews/mine";
import { todayAndTomorrow } from "./days";
import { HOME_LIST_LIMIT } from "./limits";

// The home's interview sections, on lib/interviews/mine.ts's index walks: the interviews of
// today and tomorrow in the viewer's zone (or, for a hiring manager, everything coming up), and the
// scorecards they owe, overdue first.

export type HomeAgenda = {
  interviews: MyInterview[];
  interviewsMore: boolean;
  /** Today and tomorrow only (the agency), or every upcoming interview (a client's hiring manager). */
  window: "today-tomorrow" | "upcoming";
  owed: MyInterview[];
  /** Every scorecard owed and how many are overdue, not only the rows shown (`atLeast`: the count stopped at its cap). */
  owedCount: OwedCounts;
};

export function homeAgenda(viewer: Viewer, now: Date, zone: string, window: HomeAgenda["window"]): HomeAgenda {
  let interviews: MyInterview[];
  if (window === "today-tomorrow") {
    const { from, to } = todayAndTomorrow(now, zone);
    interviews = myInterviewsBetween(viewer, from, to, HOME_LIST_LIMIT + 1);
  } else {
    interviews = myUpcoming(viewer, now, HOME_LIST_LIMIT + 1);
  }
  const owedRows = myOwed(viewer, now, HOME_LIST_LIMIT + 1);
  const owed = owedRows.slice(0, HOME_LIST_LIMIT);
  // Counted only when the list is longer than what home shows (the rows shown are the count otherwise).
  const owedCount =
    owedRows.length > HOME_LIST_LIMIT
      ? myOwedCounts(viewer, now)
      : { total: owed.length, atLeast: false, overdue: owed.filter((o) => o.overdue).length, overdueAtLeast: false };
  return {
    interviews: interviews.slice(0, HOME_LIST_LIMIT),
    interviewsMore: interviews.length > HOME_LIST_LIMIT,
    window,
    owed,
    owedCount,
  };
}
