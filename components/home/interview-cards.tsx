import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/page-header";
import { interviewKindLabels } from "@/lib/evaluation/labels";
import { agendaDay } from "@/lib/home/days";
import { candidateLeft, type MyInterview } from "@/lib/interviews/mine";
import { formatTimeRange, zoneAbbreviation } from "@/lib/interviews/time";
import { CountPill, EmptyLine, MoreLink } from "./home-list";
import { HomeRows } from "./home-rows";

// The interviewer's day on the home page: their interviews, grouped by day in their own zone, and
// the scorecards they owe, overdue first. Each links to the interview's kit and scorecard.

/** "Held today", "Held yesterday"… from the agenda's day words. */
function heldOn(start: Date, now: Date, zone: string) {
  const day = agendaDay(start, now, zone);
  return `Held ${day === "Today" ? "today" : day}`;
}

/** A badge when the candidate has left the pipeline since the interview was scheduled. */
function leftBadge(r: MyInterview) {
  const left = candidateLeft(r.stage);
  return left ? [{ badge: left, tone: "amber" as const }] : [];
}

type Agenda = { rows: MyInterview[]; more: boolean; zone: string; now: Date; title: string; empty: string };

export function InterviewsCard({ rows, more, zone, now, title, empty }: Agenda) {
  const days: { day: string; rows: MyInterview[] }[] = [];
  for (const r of rows) {
    const day = agendaDay(r.startsAt, now, zone);
    if (days.at(-1)?.day !== day) days.push({ day, rows: [] });
    days.at(-1)!.rows.push(r);
  }
  return (
    <Card title={title} flush>
      {rows.length === 0 ? <EmptyLine>{empty}</EmptyLine> : null}
      {days.map((d) => (
        <div key={d.day}>
          <h3 className="border-b border-line bg-surface-2/60 px-5 py-1.5 text-xs font-semibold tracking-wide text-muted uppercase">{d.day}</h3>
          <HomeRows
            label={`Interviews ${d.day.toLowerCase()}`}
            rows={d.rows.map((r) => ({
              key: r.id,
              title: `${interviewKindLabels[r.kind]} with ${r.candidateName}`,
              href: `/interviews/${r.id}`,
              context: `${r.roleTitle} · ${r.clientName}`,
              aside: [
                ...leftBadge(r),
                ...(r.startsAt.getTime() + r.durationMinutes * 60_000 <= now.getTime() ? [{ badge: "Ended", tone: "gray" as const }] : []),
                { text: `${formatTimeRange(r.startsAt, r.durationMinutes, zone)} ${zoneAbbreviation(r.startsAt, zone)}`, strong: true },
              ],
            }))}
          />
        </div>
      ))}
      {more ? <MoreLink href="/interviews">All your interviews</MoreLink> : null}
    </Card>
  );
}

type OwedCount = { total: number; atLeast: boolean; overdue: number; overdueAtLeast: boolean };

export function OwedCard({ rows, count, zone, now }: { rows: MyInterview[]; count: OwedCount; zone: string; now: Date }) {
  const plus = count.atLeast ? "+" : "";
  return (
    <Card
      title="Scorecards you owe"
      flush
      actions={
        rows.length ? (
          <span className="flex items-center gap-2">
            {count.overdue ? <Badge tone="red">{`${count.overdue}${count.overdueAtLeast ? "+" : ""} overdue`}</Badge> : null}
            <CountPill label="Scorecards owed">{`${count.total}${plus}`}</CountPill>
          </span>
        ) : null
      }
    >
      {rows.length === 0 ? (
        <EmptyLine>You are all caught up: no scorecards to write.</EmptyLine>
      ) : (
        <HomeRows
          label="Scorecards you owe"
          rows={rows.map((r) => ({
            key: r.id,
            title: r.candidateName,
            href: `/interviews/${r.id}`,
            linkLabel: `Write scorecard: ${interviewKindLabels[r.kind]} with ${r.candidateName}`,
            context: `${interviewKindLabels[r.kind]} · ${r.roleTitle} · ${r.clientName}`,
            aside: [
              ...leftBadge(r),
              r.overdue ? { badge: "Overdue", tone: "red" as const } : { badge: "Due", tone: "amber" as const },
              { text: heldOn(r.startsAt, now, zone), small: true },
            ],
          }))}
        />
      )}
      {count.total > rows.length ? <MoreLink href="/interviews">{`All ${count.total}${plus} scorecards you owe`}</MoreLink> : null}
    </Card>
  );
}
