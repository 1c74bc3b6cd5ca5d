import Link from "next/link";
import { Card } from "@/components/ui/page-header";
import type { TrialListRow } from "@/lib/trials/present";
import { HomeRows } from "@/components/home/home-rows";
import { flagTones, sentimentLabels, sentimentTones, trialFlagLabels } from "@/lib/trials/labels";

// The home page's trial lists: each trial a link with its day, goals, latest sentiment and flags.

/** Each trial a row: its day, goals, latest sentiment and flags. */
function TrialLinks({ rows, label, showClient }: { rows: TrialListRow[]; label: string; showClient: boolean }) {
  return (
    <HomeRows
      label={label}
      rows={rows.map((r) => ({
        key: r.id,
        title: r.candidate,
        href: `/trials/${r.id}`,
        context: showClient ? `${r.role} · ${r.client}` : r.role,
        // A decided trial leads with its outcome; its last sentiment no longer matters.
        aside:
          r.status === "decided"
            ? [{ badge: r.day, tone: r.outcome === "converted" ? "green" : "gray" }, { text: r.goalsSentence }]
            : [
                { text: r.day, strong: true },
                { text: r.goalsSentence },
                r.sentiment ? { badge: sentimentLabels[r.sentiment], tone: sentimentTones[r.sentiment] } : { text: "No check-in yet" },
              ],
        flags: r.flags.map((f) => ({ label: trialFlagLabels[f], tone: flagTones[f] })),
      }))}
    />
  );
}

/** The link to the rest of a list; `href` filters /trials to what the list holds, so the count there matches. */
const more = (shown: number, total: number, capped = false, href = "/trials") =>
  total > shown ? (
    <p className="px-5 py-3 text-sm">
      <Link href={href} className="text-accent-text underline underline-offset-2">
        {`All ${total}${capped ? "+" : ""} on the trials page`}
      </Link>
    </p>
  ) : null;

export function AttentionTrials({ rows, total, capped }: { rows: TrialListRow[]; total: number; capped: boolean }) {
  return (
    <Card title="Trials needing attention" flush>
      {rows.length ? (
        <TrialLinks rows={rows} label="Trials needing attention" showClient />
      ) : (
        <p className="px-5 py-4 text-sm text-muted">No trial needs attention: every one has a recent check-in and no decision is due.</p>
      )}
      {more(rows.length, total, capped)}
    </Card>
  );
}

export function CompanyTrials({
  company,
  current,
  currentTotal,
  decided,
  decidedTotal,
}: {
  company: string;
  current: TrialListRow[];
  currentTotal: number;
  decided: TrialListRow[];
  decidedTotal: number;
}) {
  return (
    <div className="space-y-6">
      <Card title={`Trials at ${company}`} flush>
        {current.length ? (
          <TrialLinks rows={current} label="Current trials" showClient={false} />
        ) : (
          <p className="px-5 py-4 text-sm text-muted">No trial is running right now. When a placement starts its two-week trial, it shows here day by day.</p>
        )}
        {more(current.length, currentTotal)}
      </Card>
      {decided.length ? (
        <Card title="Decided trials" flush>
          <TrialLinks rows={decided} label="Decided trials" showClient={false} />
          {more(decided.length, decidedTotal, false, "/trials?status=decided")}
        </Card>
      ) : null}
    </div>
  );
}
