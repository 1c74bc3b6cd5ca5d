import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { AmendButton } from "@/components/evaluation/amend-button";
import { KitPanel } from "@/components/evaluation/kit-panel";
import { ScorecardCard } from "@/components/evaluation/scorecard-card";
import { ScorecardForm } from "@/components/evaluation/scorecard-form";
import { FocusFallback } from "@/components/ui/focus-fallback";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/access";
import { requirePermission } from "@/lib/auth/guard";
import { getInterviewDetail } from "@/lib/evaluation/interview";
import { attributeLabels, interviewKindLabels, interviewStatusLabels, ratingAnchors, recommendationLabels, recommendations } from "@/lib/evaluation/labels";
import { kits, templates } from "@/lib/evaluation/loops";
import { NOT_ASSESSED } from "@/lib/evaluation/scorecard-schemas";
import { interviewScorecards, ownCurrentScorecard, owesScorecard } from "@/lib/evaluation/scorecards";
import { isUrl } from "@/lib/interviews/ics";
import { formatDateTime, resolveTimeZone } from "@/lib/labels";
import { viewerTimeZone } from "@/lib/time-zone";
import { amendScorecardAction, saveScorecardAction } from "./actions";

type Params = { params: Promise<{ id: string }> };

// Once per request, shared by the page and its title. An interview outside the viewer's scope is
// not found, exactly like one that does not exist.
const loadInterview = cache(async (id: string) => {
  const viewer = await requirePermission("interviews:view", "/interviews/[id]");
  const interview = /^\d+$/.test(id) ? getInterviewDetail(viewer, Number(id)) : undefined;
  if (!interview) notFound();
  return { viewer, interview };
});

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { interview } = await loadInterview((await params).id);
  return { title: `${interviewKindLabels[interview.kind]} interview — ${interview.candidate.name}` };
}

/** One interview: its kit on the same screen as the viewer's scorecard, then the scorecards they may see. */
export default async function InterviewPage({ params }: Params) {
  const { viewer, interview } = await loadInterview((await params).id);
  const zone = await viewerTimeZone();
  const kit = kits()[interview.kind];
  const cards = interviewScorecards(viewer, interview.id);
  const mine = interview.viewerIsInterviewer ? ownCurrentScorecard(viewer, cards) : undefined;
  const fills = interview.viewerIsInterviewer && can(viewer, "scorecards:fill") && (interview.status === "scheduled" || interview.status === "completed");
  const owes = owesScorecard(viewer, interview.applicationId);
  const others = cards.filter((s) => s.interviewer.id !== viewer.id);
  const ownHistory = cards.filter((s) => s.interviewer.id === viewer.id && s.id !== mine?.id);
  const kindLabel = interviewKindLabels[interview.kind];

  return (
    <>
      <PageHeader
        title={`${kindLabel} interview · ${interview.candidate.name}`}
        breadcrumbs={[
          { href: "/interviews", label: "Interviews" },
          { href: `/applications/${interview.applicationId}`, label: `${interview.candidate.name} for ${interview.role.title}` },
        ]}
        subtitle={
          <span className="flex flex-wrap items-center gap-x-2 gap-y-1">
            <Badge tone={interview.status === "scheduled" ? "blue" : interview.status === "completed" ? "green" : "gray"}>
              {interviewStatusLabels[interview.status]}
            </Badge>
            <span>
              {interview.role.title} · {interview.role.clientName}
            </span>
            {/* Each separator goes with the item after it, so a wrapped line never starts with a lone "·". */}
            <span>· {formatDateTime(interview.startsAt, zone)}</span>
            {interview.candidate.timezone ? (
              <span>(candidate: {formatDateTime(interview.startsAt, resolveTimeZone(interview.candidate.timezone))})</span>
            ) : null}
            <span>· {interview.durationMinutes} min</span>
            {interview.location ? (
              <span className="break-all">
                ·{" "}
                {isUrl(interview.location) ? (
                  <a href={interview.location} target="_blank" rel="noopener noreferrer" className="text-accent-text underline underline-offset-2">
                    {interview.location}
                  </a>
                ) : (
                  interview.location
                )}
              </span>
            ) : null}
          </span>
        }
      />
      <p className="-mt-4 mb-6 text-sm text-muted">
        Interviewers: {interview.interviewers.map((p) => `${p.name} (${p.company})`).join(", ")} ·{" "}
        <Link href={`/applications/${interview.applicationId}`} className="underline underline-offset-2 hover:text-fg">
          Application and evaluation
        </Link>
      </p>

      <div className="grid gap-6 lg:grid-cols-2">
        <KitPanel kindLabel={kindLabel} attributes={kit.attributes} prompts={kit.prompts} />
        {interview.viewerIsInterviewer ? (
          // Submitting replaces the form with the card: focus goes to "Your scorecard", not the page's top.
          <FocusFallback>
            <Card title="Your scorecard">
              {fills && (!mine || mine.status === "draft") ? (
                <ScorecardForm
                  action={saveScorecardAction}
                  interviewId={interview.id}
                  version={mine?.version ?? 0}
                  attributes={kit.attributes.map((a) => ({ value: a, label: attributeLabels[a] }))}
                  anchors={([1, 2, 3, 4] as const).map((n) => ({ value: String(n), label: ratingAnchors[n] }))}
                  notAssessed={NOT_ASSESSED}
                  redFlags={templates()[interview.role.type].redFlags}
                  recommendations={recommendations.map((r) => ({ value: r, label: recommendationLabels[r] }))}
                  draft={mine ? { ratings: mine.ratings, redFlags: mine.redFlags, notes: mine.notes, recommendation: mine.recommendation } : undefined}
                  amendment={(mine?.revision ?? 1) > 1}
                  submitOpensAt={
                    interview.startsAt > new Date() ? { at: interview.startsAt.toISOString(), label: formatDateTime(interview.startsAt, zone) } : undefined
                  }
                  keptAs={`${viewer.id}:${interview.id}:${mine?.revision ?? 1}`}
                  afterSubmit={
                    can(viewer, "scorecards:view-all-interviewers")
                      ? "Once you have submitted your scorecards for this candidate, you see the other interviewers'."
                      : "Once you have submitted, you see the scorecards of the other interviewers from your company, and the overall score."
                  }
                />
              ) : mine ? (
                <ScorecardCard
                  scorecard={mine}
                  actions={fills ? <AmendButton action={amendScorecardAction} scorecardId={mine.id} version={mine.version} /> : undefined}
                />
              ) : (
                <p className="text-sm text-muted">No scorecard is due: this interview is {interviewStatusLabels[interview.status].toLowerCase()}.</p>
              )}
              {ownHistory.length ? (
                <div className="mt-4 space-y-3">
                  <h3 className="text-sm font-semibold text-fg">Earlier versions</h3>
                  {ownHistory.map((s) => (
                    <ScorecardCard key={s.id} scorecard={s} />
                  ))}
                </div>
              ) : null}
            </Card>
          </FocusFallback>
        ) : null}
      </div>

      <div className="mt-6">
        <Card title={interview.viewerIsInterviewer ? "Other interviewers' scorecards" : "Scorecards"}>
          {owes ? (
            <p className="text-sm text-fg">
              {/* Blind per candidate: what is owed may be a scorecard of another of their interviews. */}
              {!interview.viewerIsInterviewer
                ? "Scorecards are hidden until you submit your scorecards for this candidate's other interviews."
                : mine?.status === "submitted"
                  ? "Other interviewers' scorecards are hidden until you submit your other scorecards for this candidate."
                  : "Other interviewers' scorecards are hidden until you submit yours."}
            </p>
          ) : others.length ? (
            <div className="space-y-3">
              {others.map((s) => (
                <ScorecardCard key={s.id} scorecard={s} />
              ))}
            </div>
          ) : (
            <p className="text-sm text-muted">
              {can(viewer, "scorecards:view-all-interviewers")
                ? "No other interviewer has submitted a scorecard yet."
                : "No other interviewer from your company has submitted a scorecard yet. The agency's interviewers' scorecards are not shown to clients one by one."}
            </p>
          )}
        </Card>
      </div>
    </>
  );
}
