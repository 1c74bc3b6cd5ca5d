import "server-only";
import type { ScopeSubject } from "@/lib/access/scope";
import { getInterview, type InterviewDetail as Interview } from "@/lib/interviews/queries";

// One interview as the scorecard page and the scorecard commands need it: the interview as
// lib/interviews loads it through the viewer's scope (another company's is not found, and the
// refusal audited), and whether the viewer is one of its interviewers.

export type InterviewDetail = Interview & {
  /** Whether the viewer is one of its interviewers (and so owes, or has written, a scorecard). */
  viewerIsInterviewer: boolean;
};

export function getInterviewDetail(viewer: ScopeSubject, id: number): InterviewDetail | undefined {
  const interview = getInterview(viewer, id);
  return interview && { ...interview, viewerIsInterviewer: interview.interviewers.some((p) => p.id === viewer.id) };
}
