import type { Metadata } from "next";
import { ClientMovesCard } from "@/components/home/client-moves-card";
import { Glance } from "@/components/home/glance";
import { InterviewsCard, OwedCard } from "@/components/home/interview-cards";
import { ReviewCard } from "@/components/home/review-card";
import { StaleCard } from "@/components/home/stale-card";
import { AttentionTrials, CompanyTrials } from "@/components/trials/home-trials";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/access";
import { requirePermission } from "@/lib/auth/guard";
import { homeAgenda } from "@/lib/home/agenda";
import { clientMoves } from "@/lib/home/client-moves";
import { HOME_COUNT_CAP, HOME_LIST_LIMIT } from "@/lib/home/limits";
import { awaitingReview } from "@/lib/home/review";
import { STALE_AFTER_DAYS, staleApplications } from "@/lib/home/stale";
import { homeSummary } from "@/lib/home/summary";
import { homeTrials } from "@/lib/home/trials";
import { viewerTimeZone } from "@/lib/time-zone";
import { markClientMovesSeenAction } from "./actions";

export const metadata: Metadata = { title: "Home" };

// Home is what needs the signed-in user today, each section a bounded list (lib/home/) linking to
// where it is acted on. Which sections show is the permission table's call, never the user's kind.

export default async function HomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePermission("home:view", "/");
  // "?stale=all": the stale list in full (up to its count's cap), the one list with no page of its own.
  const staleAll = (await searchParams).stale === "all";
  const zone = await viewerTimeZone();
  const now = new Date();
  const ownsRoles = can(viewer, "home:owned-roles");
  const reviews = can(viewer, "home:awaiting-review");
  const interviews = can(viewer, "scorecards:fill");
  const stats = homeSummary(viewer);
  // Client viewers land on their trials: the portal is what they come for.
  const trialsFirst = !can(viewer, "roles:view");
  const agenda = interviews ? homeAgenda(viewer, now, zone, ownsRoles ? "today-tomorrow" : "upcoming") : null;
  const trials = homeTrials(viewer, now);
  const trialSection =
    trials?.kind === "attention" ? (
      <AttentionTrials rows={trials.rows} total={trials.total} capped={trials.capped} />
    ) : trials?.kind === "company" ? (
      <CompanyTrials
        company={viewer.organizationName}
        current={trials.current}
        currentTotal={trials.currentTotal}
        decided={trials.decided}
        decidedTotal={trials.decidedTotal}
      />
    ) : null;
  const firstName = viewer.name.split(" ")[0];
  const subtitle = ownsRoles
    ? "Your interviews, the scorecards you owe, and what in your roles needs a nudge."
    : reviews
      ? `Candidates the agency has submitted to ${viewer.organizationName}, your interviews, and your trials.`
      : `Your company's two-week trials, day by day: how each is going and what it set out to prove.`;
  return (
    <>
      <PageHeader title={`Welcome, ${firstName}`} subtitle={subtitle} />
      <div className="space-y-6">
        {trialsFirst ? trialSection : null}
        {stats.length ? <Glance stats={stats} /> : null}
        {reviews ? <ReviewCard list={awaitingReview(viewer, now)} /> : null}
        {agenda ? (
          <div className="grid items-start gap-6 lg:grid-cols-2">
            <InterviewsCard
              rows={agenda.interviews}
              more={agenda.interviewsMore}
              zone={zone}
              now={now}
              title={agenda.window === "today-tomorrow" ? "Your interviews today and tomorrow" : "Your upcoming interviews"}
              empty={
                agenda.window === "today-tomorrow"
                  ? "No interviews today or tomorrow. Enjoy the focus time."
                  : "Nothing scheduled for you. Interviews the agency asks you to join will appear here."
              }
            />
            <OwedCard rows={agenda.owed} count={agenda.owedCount} zone={zone} now={now} />
          </div>
        ) : null}
        {trialsFirst ? null : trialSection}
        {ownsRoles ? (
          <>
            <StaleCard list={staleApplications(viewer, now, staleAll ? HOME_COUNT_CAP : HOME_LIST_LIMIT)} afterDays={STALE_AFTER_DAYS} expanded={staleAll} />
            <ClientMovesCard moves={clientMoves(viewer, now)} zone={zone} now={now} action={markClientMovesSeenAction} />
          </>
        ) : null}
      </div>
    </>
  );
}
