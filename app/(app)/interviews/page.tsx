import { MyInterviewsTable } from "@/components/interviews/my-interviews-table";
import { Card, PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requirePermission, titleFor } from "@/lib/auth/guard";
import { interviewKindLabels } from "@/lib/evaluation/labels";
import { candidateLeft, myInterviews, type MyInterview, type MyListPage } from "@/lib/interviews/mine";
import { myInterviewsPagesSchema } from "@/lib/interviews/schemas";
import { formatSlot } from "@/lib/interviews/time";
import { viewerTimeZone } from "@/lib/time-zone";

export const generateMetadata = titleFor("interviews:view", "/interviews", "Interviews");

const interviewRow = (r: MyInterview, zone: string) => ({
  id: r.id,
  applicationId: r.applicationId,
  candidateName: r.candidateName,
  roleTitle: r.roleTitle,
  clientName: r.clientName,
  kind: interviewKindLabels[r.kind],
  when: formatSlot(r.startsAt, r.durationMinutes, zone),
  overdue: r.overdue,
  left: candidateLeft(r.stage),
});

const pageParam = (page: number) => (page > 1 ? String(page) : undefined);

type ListPagesProps = { list: MyListPage; param: "owed" | "upcoming"; noun: string; label: string; otherPage: number };

/** One list's Previous / Next, under its table when it has more than a page; the other list keeps its page. */
function ListPages({ list, param, noun, label, otherPage }: ListPagesProps) {
  if (list.pages <= 1) return null;
  const other = param === "owed" ? "upcoming" : "owed";
  return (
    <Pagination
      page={list.page}
      pages={list.pages}
      total={list.total}
      atLeast={list.atLeast}
      noun={noun}
      param={param}
      label={label}
      params={{ [other]: pageParam(otherPage) }}
      keepScroll
      className="mt-0 px-5 py-3"
    />
  );
}

/** The signed-in interviewer's desk: scorecards they owe (overdue first), then what is coming up; each list 25 a page. */
export default async function InterviewsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePermission("interviews:view", "/interviews");
  const zone = await viewerTimeZone();
  const asked = myInterviewsPagesSchema.parse(await searchParams);
  const { owed, upcoming } = myInterviews(viewer, new Date(), asked);
  const plus = (list: { atLeast: boolean }) => (list.atLeast ? "+" : "");
  const owedSummary = owed.total
    ? `${owed.total.toLocaleString("en")}${plus(owed)} to write${owed.overdue ? `, ${owed.overdue.toLocaleString("en")}${owed.overdue === owed.total ? plus(owed) : ""} overdue (the interview ended more than a day ago)` : ""}.`
    : undefined;
  return (
    <>
      <PageHeader title="Interviews" subtitle={`Interviews you take part in. Times in ${zone}.`} />
      <div className="space-y-6">
        <Card title="Scorecards you owe" flush>
          {owedSummary ? <p className="px-5 pt-3 text-sm text-muted">{owedSummary}</p> : null}
          <MyInterviewsTable
            label="Scorecards you owe"
            rows={owed.rows.map((r) => interviewRow(r, zone))}
            linkLabel="Write scorecard"
            empty="You are all caught up: no scorecards to write."
          />
          <ListPages list={owed} param="owed" noun="to write" label="Pages of scorecards you owe" otherPage={upcoming.page} />
        </Card>
        <Card title="Upcoming interviews" flush>
          <MyInterviewsTable
            label="Upcoming interviews"
            rows={upcoming.rows.map((r) => interviewRow(r, zone))}
            linkLabel="Open kit"
            empty="Nothing scheduled for you. Interviews you are asked to take part in will appear here."
          />
          <ListPages list={upcoming} param="upcoming" noun="upcoming" label="Pages of upcoming interviews" otherPage={owed.page} />
        </Card>
      </div>
    </>
  );
}
