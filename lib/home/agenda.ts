import "server-only";
import type { Viewer } from "@/lib/auth/current-user";
import { myInterviews, myInterviewsBetween, type MyInterview } from "@/lib/interviews/mine";
import { HOME_LIST_LIMIT } from "./limits";
import { todayAndTomorrow } from "./days";

// The home's interview sections, on lib/interviews/mine.ts's index walks: the interviews of
// today and tomorrow in the viewer's zone (or, for a hiring manager, everything coming up), and the
// scorecards they owe, overdue first.

export type HomeAgenda = {
  interviews: MyInterview[];
  interviewsMore: boolean;
  /** Today and tomorrow only (the agency), or every upcoming interview (a client's hiring manager). */
  window: "today-tomorrow" | "upcoming";
  owed: MyInterview[];
  owedMore: boolean;
  overdue: number;
};

export function homeAgenda(viewer: Viewer, now: Date, zone: string, window: HomeAgenda["window"]): HomeAgenda {
  const lists = myInterviews(viewer, now, HOME_LIST_LIMIT);
  let interviews = lists.upcoming;
  let interviewsMore = lists.upcomingMore;
  if (window === "today-tomorrow") {
    const { from, to } = todayAndTomorrow(now, zone);
    const rows = myInterviewsBetween(viewer, from, to, HOME_LIST_LIMIT + 1);
    interviews = rows.slice(0, HOME_LIST_LIMIT);
    interviewsMore = rows.length > HOME_LIST_LIMIT;
  }
  return { interviews, interviewsMore, window, owed: lists.owed, owedMore: lists.owedMore, overdue: lists.owed.filter((o) => o.overdue).length };
}
