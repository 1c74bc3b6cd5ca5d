import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { CheckInForm } from "@/components/trials/check-in-form";
import { CheckInList } from "@/components/trials/check-in-list";
import { GoalList } from "@/components/trials/goal-list";
import { FlagBadges, TrialStatusBadge } from "@/components/trials/trial-badges";
import { TrialPlan } from "@/components/trials/trial-plan";
import { TrialTimeline } from "@/components/trials/trial-timeline";
import { Card, PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { can } from "@/lib/access";
import { formatDateTime, possessive } from "@/lib/labels";
import { todayIn } from "@/lib/trials/days";
import { decidedLabel, formatDay, formatWeekday, outcomeLabels } from "@/lib/trials/labels";
import { viewerTimeZone } from "@/lib/time-zone";
import { getTrial } from "@/lib/trials/queries";
import { listedCheckIns } from "@/lib/trials/present";
import { trialPageSchema } from "@/lib/trials/schemas";
import { addCheckInAction, setGoalDoneAction } from "./actions";
import { DecisionSection } from "./decision-section";

type Params = { params: Promise<{ id: string }> };
type PageProps = Params & { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Once per request, shared by the page and its title.
const loadTrial = cache(async (id: string) => {
  const viewer = await requirePermission("trials:view", "/trials/[id]");
  const trial = /^\d+$/.test(id) ? getTrial(viewer, Number(id), new Date()) : null;
  if (!trial) notFound();
  return { viewer, trial };
});

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { trial } = await loadTrial((await params).id);
  return { title: `Trial: ${trial.candidateName}` };
}

/**
 * One trial: where it stands on the client's calendar, the timeline, the goals, the check-ins the
 * viewer may read and the decision. Client viewers see it without links to pages they do not have.
 */
export default async function TrialPage({ params, searchParams }: PageProps) {
  const { viewer, trial } = await loadTrial((await params).id);
  // The latest few unless asked for all: a busy trial gathers dozens, and the timeline marks each one by its day.
  const { listed, more } = listedCheckIns(trial.id, trial.checkIns, trialPageSchema.parse(await searchParams).checkins === "all");
  const zone = await viewerTimeZone();
  const agency = can(viewer, "clients:view-all");
  const open = !trial.outcome || agency;
  const { days } = trial;
  const lastDay = days.today < trial.endsOn ? days.today : trial.endsOn;
  // The decision's day on the client's calendar: named in the header, marked on the timeline.
  const decision = trial.outcome && trial.decidedAt ? { outcome: trial.outcome, on: todayIn(trial.zone, trial.decidedAt) } : null;
  // Before its first day on the client's calendar (decided or not): goals are met once it has begun (the server says so too).
  const notBegun = days.dayNumber < 1;
  return (
    <>
      <PageHeader
        title={trial.candidateName}
        breadcrumbs={[{ href: "/trials", label: "Trials" }]}
        subtitle={
          <span className="flex flex-wrap items-center gap-x-2 gap-y-1">
            {/* Each "·" ends the item before it (spaced like the gap), so a wrapped line never starts with one. */}
            <span>
              {can(viewer, "roles:view") ? (
                <Link href={`/applications/${trial.applicationId}`} className="underline underline-offset-2 hover:text-fg">
                  {trial.roleTitle}
                </Link>
              ) : (
                trial.roleTitle
              )}
              <span aria-hidden="true" className="ml-2">
                ·
              </span>
            </span>
            <span>
              {trial.clientName}
              <span aria-hidden="true" className="ml-2">
                ·
              </span>
            </span>
            <span className="font-medium text-fg">{decision ? decidedLabel(decision.outcome, decision.on) : days.label}</span>
            {/* "Decision due" is told by the flags (with "Past end, no decision" when it is late), a decision by the label. */}
            {days.status === "decision_due" || days.status === "decided" ? null : <TrialStatusBadge status={days.status} />}
            <FlagBadges flags={days.flags} className="flex flex-wrap gap-1" />
            <span className="basis-full">{`Onboarding: ${trial.ownerName} · Client's buddy: ${trial.buddyName ?? "none named"} · Overlap: ${trial.overlapHours}`}</span>
          </span>
        }
      />
      {/* One column on a phone whose track may not grow past the screen (min-w-0 below), so a word or
          address longer than a line wraps (the layout's break-words) rather than widening the page. */}
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          <Card title="Timeline">
            <p className="mb-3 text-sm text-muted">{`Days on ${possessive(trial.clientName)} calendar (${trial.zone}).`}</p>
            <TrialTimeline
              startsOn={trial.startsOn}
              endsOn={trial.endsOn}
              today={days.today}
              checkIns={trial.checkIns.map((c) => ({ id: c.id, on: c.on, sentiment: c.sentiment, authorName: c.authorName }))}
              extensions={trial.extensions}
              decision={decision ? { on: decision.on, label: outcomeLabels[decision.outcome] } : null}
            />
          </Card>
          <Card title="Goals">
            {trial.goals.length && notBegun && can(viewer, "trials:tick-goals") && open ? (
              <p className="mb-3 text-sm text-muted">Goals can be marked done from the trial&apos;s first day.</p>
            ) : null}
            {trial.goals.length ? (
              <GoalList
                action={setGoalDoneAction}
                canTick={can(viewer, "trials:tick-goals") && open && !notBegun}
                goals={trial.goals.map((g) => ({
                  id: g.id,
                  week: g.week,
                  text: g.text,
                  done: g.doneAt !== null,
                  doneBy: g.doneByName,
                  doneAt: g.doneAt ? formatDateTime(g.doneAt, zone) : null,
                  version: g.version,
                }))}
              />
            ) : (
              <p className="text-sm text-muted">No goals were set for this trial.</p>
            )}
          </Card>
          <Card title="Check-ins" id="check-ins">
            <div className="space-y-5">
              {can(viewer, "trials:check-in") && open ? (
                days.status === "upcoming" ? (
                  <p className="text-sm text-muted">Check-ins open on the trial&apos;s first day.</p>
                ) : (
                  <CheckInForm
                    action={addCheckInAction}
                    trialId={trial.id}
                    today={lastDay}
                    firstDay={trial.startsOn}
                    lastDay={lastDay}
                    chooseVisibility={can(viewer, "trials:check-in-internal")}
                  />
                )
              ) : null}
              <CheckInList
                showVisibility={can(viewer, "trials:view-internal")}
                total={trial.checkIns.length}
                more={more}
                checkIns={listed.map((c) => ({
                  id: c.id,
                  when: `${formatWeekday(c.on)} ${formatDay(c.on)}`,
                  sentiment: c.sentiment,
                  visibility: c.visibility,
                  note: c.note,
                  author: c.authorName,
                }))}
              />
            </div>
          </Card>
        </div>
        <div className="min-w-0 space-y-6">
          <TrialPlan startsOn={trial.startsOn} endsOn={trial.endsOn} dayOneScope={trial.dayOneScope} metrics={trial.metrics} extensions={trial.extensions} />
          <DecisionSection trialId={trial.id} extensions={trial.extensions} reopenings={trial.reopenings} decidedByName={trial.decidedByName} />
        </div>
      </div>
    </>
  );
}
