import Link from "next/link";
import { Card } from "@/components/ui/card";
import { Table, TBody, TD, TH, THead } from "@/components/ui/table";
import { can } from "@/lib/access";
import type { Viewer } from "@/lib/auth/current-user";
import { formatMean, formatRecommendations, roleTypeShortLabels } from "@/lib/evaluation/format";
import { attributeLabels, attributes, interviewKindLabels } from "@/lib/evaluation/labels";
import { roleLoop } from "@/lib/evaluation/loops";
import { formatScore } from "@/lib/evaluation/score";
import { listScorecards, owedInterviews } from "@/lib/evaluation/scorecards";
import { getEvaluationSummary, type EvaluationSummary } from "@/lib/evaluation/summary";
import type { ApplicationDetail } from "@/lib/pipeline/application";
import { ScorecardCard } from "./scorecard-card";

/**
 * The application's evaluation: the weighted score and what it is made of, then the scorecards the
 * viewer may see. While the viewer owes a scorecard on it, neither is loaded (the blind rule), and
 * a hiring manager gets only their own company's scorecards (lib/access/evaluation.ts decides).
 */
export function EvaluationSection({ viewer, application }: { viewer: Viewer; application: ApplicationDetail }) {
  if (!can(viewer, "evaluation:view-summary") && !can(viewer, "scorecards:fill")) return null;
  const owed = owedInterviews(viewer, application.id);
  const owes = owed.length > 0;
  const summary = owes ? null : getEvaluationSummary(viewer, application);
  const scorecards = listScorecards(viewer, application.id);
  return (
    <Card title="Evaluation">
      {owes ? (
        <p className="mb-4 rounded-md border border-line bg-surface-2 px-3 py-2 text-sm text-fg">
          Scores and other interviewers&apos; scorecards are hidden until you submit your scorecards for this candidate (
          {owed.map((i, n) => (
            <span key={i.id}>
              {n ? ", " : null}
              <Link href={`/interviews/${i.id}`} className="font-medium text-accent-text underline underline-offset-2">
                {interviewKindLabels[i.kind]}
              </Link>
            </span>
          ))}
          ), so that what others thought does not colour yours.
        </p>
      ) : null}
      {summary ? <Summary summary={summary} application={application} agency={can(viewer, "evaluation:view-details")} /> : null}
      <h3 className="mt-6 mb-2 text-sm font-semibold text-fg">Scorecards</h3>
      {scorecards.length ? (
        <div className="space-y-3">
          {scorecards.map((s) => (
            <ScorecardCard key={s.id} scorecard={s} interviewLink />
          ))}
        </div>
      ) : (
        <p className="text-sm text-muted">
          {can(viewer, "scorecards:view-all-interviewers")
            ? "No scorecard submitted yet."
            : "No scorecard from your company's interviewers yet. The agency's interviewers' scorecards are not shown to clients one by one."}
        </p>
      )}
    </Card>
  );
}

function Summary({ summary, application, agency }: { summary: EvaluationSummary; application: ApplicationDetail; agency: boolean }) {
  if (summary.scorecards === 0) return <p className="text-sm text-muted">No scorecard submitted yet: no score.</p>;
  const weights = roleLoop(application.role).weights;
  // Each role type's template weights (the role's own may differ from its type's): the same candidate for another level.
  const rescored = (["senior", "lead", "engineering_manager"] as const)
    .map((t) => `${roleTypeShortLabels[t]} ${formatMean(summary.asType[t].score)}`)
    .join(" · ");
  const rated = attributes.filter((a) => summary.means[a] !== undefined || summary.withheld.includes(a) || weights[a] > 0);
  const recommended = summary.recommendations ? formatRecommendations(summary.recommendations) || "None yet" : null;
  return (
    <div className="space-y-4">
      <div>
        <p className="text-2xl font-semibold text-fg">{formatScore(summary.score)}</p>
        <p className="text-sm text-muted">
          From {summary.scorecards} {summary.scorecards === 1 ? "scorecard" : "scorecards"} · by each template: {rescored}
        </p>
        {summary.withheld.length || !summary.recommendations || summary.redFlags.count === null ? (
          <p className="mt-1 text-xs text-muted">
            A figure that would be one interviewer&apos;s alone is not shown, and the score is weighted over the means shown.
          </p>
        ) : null}
      </div>
      <Table label="Attribute means" className="max-w-md">
        <THead>
          <TH>Attribute</TH>
          <TH className="text-right">Mean</TH>
          <TH className="text-right">Weight</TH>
        </THead>
        <TBody>
          {rated.map((a) => (
            <tr key={a}>
              <TD className="py-1.5">{attributeLabels[a]}</TD>
              <TD className="py-1.5 text-right tabular-nums">{summary.withheld.includes(a) ? <Withheld /> : formatMean(summary.means[a])}</TD>
              <TD className="py-1.5 text-right text-muted tabular-nums">{weights[a]}%</TD>
            </tr>
          ))}
        </TBody>
      </Table>
      <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="text-muted">Recommendations</dt>
        <dd className="text-fg">{recommended ?? <Withheld />}</dd>
        <dt className="text-muted">Red flags</dt>
        <dd className="text-fg">
          {summary.redFlags.count ?? <Withheld />}
          {agency && summary.redFlags.raised?.length ? (
            <ul className="mt-1 list-disc pl-5">
              {summary.redFlags.raised.map((f) => (
                <li key={f.flag}>
                  {f.flag} <span className="text-muted">— {f.by.join(", ")}</span>
                </li>
              ))}
            </ul>
          ) : null}
        </dd>
      </dl>
    </div>
  );
}

/** In place of a figure that would show one other interviewer's input on its own (see `aggregateVisible`). */
function Withheld() {
  return <span className="text-xs whitespace-nowrap text-muted">not shown</span>;
}
