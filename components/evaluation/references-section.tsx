import { Badge, type Tone } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { FormAction } from "@/components/ui/use-form-action";
import type { Viewer } from "@/lib/auth/current-user";
import { referenceOutcomeLabels, referenceOutcomes, type ReferenceOutcome } from "@/lib/evaluation/labels";
import { listReferences, referenceQuestionsFor } from "@/lib/evaluation/references";
import { formatDateTime } from "@/lib/labels";
import type { ApplicationDetail } from "@/lib/pipeline/application";
import { viewerTimeZone } from "@/lib/time-zone";
import { ReferenceCallDialog } from "./reference-call-form";
import { RefereeDialog, RemoveRefereeButton } from "./referee-form";

export type ReferenceActions = { add: FormAction; update: FormAction; remove: FormAction; recordCall: FormAction };
type Props = { viewer: Viewer; application: ApplicationDetail; actions: ReferenceActions };

const outcomes = referenceOutcomes.map((o) => ({ value: o, label: referenceOutcomeLabels[o] }));
const outcomeTones: Record<ReferenceOutcome, Tone> = { positive: "green", mixed: "amber", negative: "red" };

/**
 * The candidate's referees for this role and the calls with them. Agency-internal
 * ("references:manage"): for anyone else the section is not rendered and nothing is loaded.
 */
export async function ReferencesSection({ viewer, application, actions }: Props) {
  const referees = listReferences(viewer, application);
  if (!referees) return null;
  const zone = await viewerTimeZone();
  const questions = referenceQuestionsFor(application.role.type);
  const completed = referees.filter((r) => r.completedAt).length;
  return (
    <Card title="References" actions={<RefereeDialog action={actions.add} applicationId={application.id} />}>
      <p className="mb-3 text-sm text-muted">
        {completed === 1 ? "1 call recorded" : `${completed} calls recorded`}
        {completed < 2 ? " of the two needed" : ""}
        {referees.length > completed ? ` · ${referees.length - completed} to call` : ""}. Agency only: clients never see references.
      </p>
      {referees.length === 0 ? (
        <p className="text-sm text-muted">No referees yet. Ask the candidate for two people who shipped and scaled with them.</p>
      ) : (
        <ul className="divide-y divide-line" aria-label="Referees">
          {referees.map((r) => (
            <li key={r.id} className="space-y-1 py-3 first:pt-0 last:pb-0">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <p className="text-sm font-medium text-fg">{r.name}</p>
                {r.outcome ? <Badge tone={outcomeTones[r.outcome]}>{referenceOutcomeLabels[r.outcome]}</Badge> : <Badge>Not called yet</Badge>}
              </div>
              <p className="text-xs text-muted">
                {r.relationship}
                {r.company ? ` · ${r.company}` : ""}
              </p>
              <p className="text-xs break-all text-muted">{[r.email, r.phone].filter(Boolean).join(" · ")}</p>
              {r.completedAt ? (
                <details className="text-sm">
                  <summary className="cursor-pointer text-xs text-accent-text">The call, {formatDateTime(r.completedAt, zone)}</summary>
                  <dl className="mt-2 space-y-2">
                    {r.answers.map((a) => (
                      <div key={a.question}>
                        <dt className="text-xs font-medium text-muted">{a.question}</dt>
                        <dd className="whitespace-pre-line text-fg">{a.answer || "—"}</dd>
                      </div>
                    ))}
                    {r.notes ? (
                      <div>
                        <dt className="text-xs font-medium text-muted">Notes</dt>
                        <dd className="whitespace-pre-line text-fg">{r.notes}</dd>
                      </div>
                    ) : null}
                  </dl>
                </details>
              ) : null}
              <div className="flex flex-wrap gap-1 pt-1">
                <ReferenceCallDialog action={actions.recordCall} referee={r} questions={questions} outcomes={outcomes} />
                <RefereeDialog action={actions.update} referee={r} />
                {r.completedAt ? null : <RemoveRefereeButton action={actions.remove} referee={r} />}
              </div>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
