import type { Metadata } from "next";
import { MyInterviewsTable } from "@/components/interviews/my-interviews-table";
import { Card, PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { interviewKindLabels } from "@/lib/evaluation/labels";
import { MY_LIST_LIMIT, myInterviews, type MyInterview } from "@/lib/interviews/mine";
import { formatSlot } from "@/lib/interviews/time";
import { viewerTimeZone } from "@/lib/time-zone";

export const metadata: Metadata = { title: "Interviews" };

const interviewRow = (r: MyInterview, zone: string) => ({
  id: r.id,
  applicationId: r.applicationId,
  candidateName: r.candidateName,
  roleTitle: r.roleTitle,
  clientName: r.clientName,
  kind: interviewKindLabels[r.kind],
  when: formatSlot(r.startsAt, r.durationMinutes, zone),
  overdue: r.overdue,
});

/** The signed-in interviewer's desk: scorecards they owe (overdue first), then what is coming up. */
export default async function InterviewsPage() {
  const viewer = await requirePermission("interviews:view", "/interviews");
  const zone = await viewerTimeZone();
  const { owed, owedMore, upcoming, upcomingMore } = myInterviews(viewer, new Date());
  const overdue = owed.filter((o) => o.overdue).length;
  const owedSummary = owed.length
    ? `${owedMore ? `${MY_LIST_LIMIT}+` : owed.length} to write${overdue ? `, ${overdue}${owedMore && overdue === owed.length ? "+" : ""} overdue (the interview ended more than a day ago)` : ""}.`
    : undefined;
  return (
    <>
      <PageHeader title="Interviews" subtitle={`Interviews you take part in. Times in ${zone}.`} />
      <div className="space-y-6">
        <Card title="Scorecards you owe" flush>
          {owedSummary ? <p className="px-5 pt-3 text-sm text-muted">{owedSummary}</p> : null}
          <MyInterviewsTable
            label="Scorecards you owe"
            rows={owed.map((r) => interviewRow(r, zone))}
            linkLabel="Write scorecard"
            empty="You are all caught up: no scorecards to write."
          />
          {owedMore ? <p className="px-5 py-3 text-sm text-muted">Showing the {MY_LIST_LIMIT} that have waited longest.</p> : null}
        </Card>
        <Card title="Upcoming interviews" flush>
          <MyInterviewsTable
            label="Upcoming interviews"
            rows={upcoming.map((r) => interviewRow(r, zone))}
            linkLabel="Open kit"
            empty="Nothing scheduled for you. Interviews you are asked to take part in will appear here."
          />
          {upcomingMore ? <p className="px-5 py-3 text-sm text-muted">Showing the next {MY_LIST_LIMIT}.</p> : null}
        </Card>
      </div>
    </>
  );
}
