import { Card } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { formatDateTime } from "@/lib/labels";
import { endReasonLabels, outcomeLabels } from "@/lib/trials/labels";
import { trialDecision } from "@/lib/trials/queries";
import { viewerTimeZone } from "@/lib/time-zone";

// PLACEHOLDER until the decision helper's section is merged (the integrator takes theirs): the
// recorded decision, read-only. Same path and props, so the trial page does not change.

export async function DecisionSection({ trialId }: { trialId: number }) {
  const viewer = await requireUser();
  const decision = trialDecision(viewer, trialId);
  if (!decision) return null;
  const zone = await viewerTimeZone();
  return (
    <Card title="Decision">
      {decision.outcome ? (
        <dl className="space-y-1 text-sm">
          <div className="flex gap-2">
            <dt className="text-muted">Outcome</dt>
            <dd className="font-medium text-fg">{outcomeLabels[decision.outcome]}</dd>
          </div>
          {decision.endReason ? (
            <div className="flex gap-2">
              <dt className="text-muted">Reason</dt>
              <dd className="text-fg">{endReasonLabels[decision.endReason]}</dd>
            </div>
          ) : null}
          {decision.decidedAt ? (
            <div className="flex gap-2">
              <dt className="text-muted">Decided</dt>
              <dd className="text-fg">{`${formatDateTime(decision.decidedAt, zone)}${decision.decidedByName ? ` by ${decision.decidedByName}` : ""}`}</dd>
            </div>
          ) : null}
          {decision.decisionNote ? <p className="pt-1 whitespace-pre-line text-fg">{decision.decisionNote}</p> : null}
        </dl>
      ) : (
        <p className="text-sm text-muted">No decision yet: at the end of the trial the client converts (hires) or ends it.</p>
      )}
    </Card>
  );
}
