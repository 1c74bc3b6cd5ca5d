import { BackfillList } from "@/components/trials/backfill-list";
import { DecisionForm } from "@/components/trials/decision-form";
import { DecisionReopen } from "@/components/trials/decision-reopen";
import { FocusFallback } from "@/components/ui/focus-fallback";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { can } from "@/lib/access";
import { requireUser } from "@/lib/auth/current-user";
import { formatScore } from "@/lib/evaluation/score";
import { formatDate, resolveTimeZone } from "@/lib/labels";
import { listRunnersUp } from "@/lib/trials/backfill";
import { extendedLabel, formatDay, endReasonLabels, outcomeLabels } from "@/lib/trials/labels";
import { getDecisionTrial, type ExtensionView, type ReopeningView } from "@/lib/trials/decision-queries";
import { todayIn } from "@/lib/trials/days";
import { backfillRunnerUpAction, decideTrialAction, reopenTrialAction } from "./decision-actions";

type Props = {
  trialId: number;
  /** From the page's trial (`getTrial`), which has already read them. */
  extensions: ExtensionView[];
  reopenings: ReopeningView[];
  decidedByName: string | null;
};

/**
 * A trial's decision: what was decided (who, when, why), its extensions, the form for those who
 * may decide, an admin's reopen, and after an ended trial the agency's backfill. Loads the trial
 * itself through the viewer's trial scope (another company's trial renders nothing).
 */
export async function DecisionSection({ trialId, extensions, reopenings, decidedByName: decidedBy }: Props) {
  const viewer = await requireUser();
  const trial = getDecisionTrial(viewer, trialId);
  if (!trial) return null;
  const zone = resolveTimeZone(trial.role.clientTimezone);
  const today = todayIn(zone, new Date());
  const runnersUp = trial.outcome === "ended" ? listRunnersUp(viewer, trial.role, trial.applicationId) : [];
  const decide = !trial.outcome && trial.application.stage === "trial" && can(viewer, "trials:decide");
  const candidateName = trial.application.candidateName;
  return (
    // After a decision, a reopen or a move back, the button pressed is gone: focus goes to "Decision".
    <FocusFallback>
      <Card title="Decision">
        <div className="space-y-4 text-sm">
          {trial.outcome ? (
            <div className="space-y-1">
              <p className="flex flex-wrap items-center gap-2">
                <Badge tone={trial.outcome === "converted" ? "green" : "gray"}>{outcomeLabels[trial.outcome]}</Badge>
                <span className="text-muted">
                  {[decidedBy ? `by ${decidedBy}` : null, trial.decidedAt ? `on ${formatDate(trial.decidedAt, zone)}` : null].filter(Boolean).join(" ")}
                </span>
              </p>
              {trial.endReason ? <p>{`Reason: ${endReasonLabels[trial.endReason]}`}</p> : null}
              {trial.decisionNote ? <p className="whitespace-pre-line text-muted">{trial.decisionNote}</p> : null}
            </div>
          ) : (
            <p className="text-muted">{`No decision yet: it ${trial.endsOn < today ? "was" : "is"} due on ${formatDay(trial.endsOn)}, the day after the trial's last day.`}</p>
          )}
          {extensions.length ? (
            <div>
              <h3 className="mb-1 font-medium text-fg">Extensions</h3>
              <ul className="space-y-1">
                {extensions.map((e) => (
                  <li key={e.id}>
                    <span className="font-medium">{extendedLabel(e.endsOn)}</span>
                    <span className="text-muted">{` (was ${formatDay(e.previousEndsOn)}${e.by ? `, by ${e.by}` : ""}): `}</span>
                    <span className="whitespace-pre-line">{e.reason}</span>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {reopenings.length ? <EarlierDecisions reopenings={reopenings} zone={zone} /> : null}
          {decide ? (
            <DecisionForm
              trial={{ id: trial.id, version: trial.version, startsOn: trial.startsOn, endsOn: trial.endsOn, candidateName }}
              role={{ title: trial.role.title, headcount: trial.role.headcount, hired: trial.role.hired }}
              action={decideTrialAction}
            />
          ) : null}
          {trial.outcome && can(viewer, "trials:reopen") ? (
            <DecisionReopen trial={{ id: trial.id, version: trial.version, candidateName }} action={reopenTrialAction} />
          ) : null}
          {runnersUp.length ? (
            <div>
              <h3 className="mb-1 font-medium text-fg">Backfill: runners-up</h3>
              <p className="mb-2 text-muted">
                Candidates who reached Client interview or Offer on this role. Moving one back reopens the role if it was filled.
              </p>
              <BackfillList
                trialId={trial.id}
                rows={runnersUp.map((r) => ({ ...r, score: r.score ? formatScore(r.score) : "Not scored yet" }))}
                action={backfillRunnerUpAction}
              />
            </div>
          ) : trial.outcome === "ended" && can(viewer, "trials:start") ? (
            <p className="text-muted">No runners-up on this role: no other candidate reached Client interview or Offer.</p>
          ) : null}
        </div>
      </Card>
    </FocusFallback>
  );
}

/** Each decision an admin reopened: what it was, and who reopened it, when and why. */
function EarlierDecisions({ reopenings, zone }: { reopenings: ReopeningView[]; zone: string }) {
  const by = (name: string | null, at: Date | null) => [name ? `by ${name}` : null, at ? `on ${formatDate(at, zone)}` : null].filter(Boolean).join(" ");
  return (
    <div>
      <h3 className="mb-1 font-medium text-fg">Earlier decisions</h3>
      <ul className="space-y-2">
        {reopenings.map((r) => (
          <li key={r.id}>
            <p>
              <span className="font-medium">{outcomeLabels[r.outcome]}</span>
              <span className="text-muted">{` ${by(r.decidedBy, r.decidedAt)}${r.endReason ? ` (${endReasonLabels[r.endReason]})` : ""}`}</span>
            </p>
            {r.decisionNote ? <p className="whitespace-pre-line text-muted">{r.decisionNote}</p> : null}
            <p>
              <span className="text-muted">{`Reopened ${by(r.by, r.at)}: `}</span>
              <span className="whitespace-pre-line">{r.reason}</span>
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
