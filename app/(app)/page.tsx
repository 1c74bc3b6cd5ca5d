import type { Metadata } from "next";
import Link from "next/link";
import { AttentionTrials, CompanyTrials } from "@/components/trials/home-trials";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { homeSummary } from "@/lib/home/summary";
import { homeTrials } from "@/lib/home/trials";

export const metadata: Metadata = { title: "Home" };

const intro: Record<string, string> = {
  admin: "Run the agency: clients, users, roles and every pipeline.",
  recruiter: "Your clients, their open roles and every candidate in flight.",
  hiring_manager: "The candidates the agency has submitted to your roles.",
  client_viewer: "Your company's two-week trials, day by day: how each is going and what it set out to prove.",
};

export default async function HomePage() {
  const viewer = await requirePermission("home:view", "/");
  const stats = homeSummary(viewer);
  const trials = homeTrials(viewer, new Date());
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
  // Client viewers land on their trials: the portal is what they come for.
  const trialsFirst = viewer.kind === "client_viewer";
  return (
    <>
      <PageHeader title={`Welcome, ${viewer.name.split(" ")[0]}`} subtitle={intro[viewer.kind]} />
      {trialsFirst ? <div className="mb-6">{trialSection}</div> : null}
      <ul aria-label="At a glance" className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {stats.map((s) => {
          const body = (
            <>
              <span className="block text-sm text-muted">{s.label}</span>
              <span className="mt-1 block text-3xl font-semibold text-fg tabular-nums">{s.value.toLocaleString("en")}</span>
            </>
          );
          return (
            <li key={s.label}>
              {s.href ? (
                <Link
                  href={s.href}
                  className="block rounded-xl border border-line bg-surface p-5 shadow-sm transition-colors hover:border-accent/60 hover:bg-surface-2"
                >
                  {body}
                  <span className="mt-2 block text-sm font-medium text-accent-text">View</span>
                </Link>
              ) : (
                <div className="rounded-xl border border-line bg-surface p-5 shadow-sm">{body}</div>
              )}
            </li>
          );
        })}
      </ul>
      {trialsFirst ? null : <div className="mt-6">{trialSection}</div>}
    </>
  );
}
