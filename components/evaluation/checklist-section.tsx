import { Card } from "@/components/ui/card";
import type { FormAction } from "@/components/ui/use-form-action";
import { can } from "@/lib/access";
import type { Viewer } from "@/lib/auth/current-user";
import { getChecklist } from "@/lib/evaluation/checklist";
import { REFERENCES_ITEM } from "@/lib/evaluation/defaults";
import { formatDateTime } from "@/lib/labels";
import type { ApplicationDetail } from "@/lib/pipeline/application";
import { viewerTimeZone } from "@/lib/time-zone";
import { ChecklistControl } from "./checklist-tick";

type Props = { viewer: Viewer; application: ApplicationDetail; tick: FormAction; untick: FormAction };

/**
 * The role's checklist on this application, with each tick's evidence, who and when. The agency's
 * alone ("evaluation:view-details"): a client sees no section at all.
 */
export async function ChecklistSection({ viewer, application, tick, untick }: Props) {
  const checklist = getChecklist(viewer, application);
  if (!checklist) return null;
  const zone = await viewerTimeZone();
  const canTick = can(viewer, "checklist:tick");
  return (
    <Card
      title="Checklist"
      actions={
        <p className="text-sm text-muted">
          {checklist.done} of {checklist.total}
          <span className="sr-only"> ticked</span>
        </p>
      }
    >
      {checklist.total === 0 ? (
        <p className="text-sm text-muted">This role&apos;s checklist is empty.</p>
      ) : (
        <ul className="divide-y divide-line" aria-label="Checklist items">
          {checklist.items.map(({ item, tick: done }) => (
            <li key={item} className="py-3 first:pt-0 last:pb-0">
              <div className="flex items-start justify-between gap-3">
                <p className="flex items-start gap-2 text-sm font-medium text-fg">
                  <span aria-hidden className={done ? "text-emerald-600 dark:text-emerald-300" : "text-subtle"}>
                    {done ? "✓" : "○"}
                  </span>
                  <span>
                    {item}
                    <span className="sr-only">{done ? " (ticked)" : " (not ticked)"}</span>
                  </span>
                </p>
                {/* The references item is the system's (ticked at the second recorded call): no control, unless a person ticked it before that rule. */}
                {canTick && (item !== REFERENCES_ITEM || done?.by) ? (
                  <ChecklistControl tick={tick} untick={untick} tickedAt={done ? done.at.getTime() : null} applicationId={application.id} item={item} />
                ) : null}
              </div>
              {!done && item === REFERENCES_ITEM ? <p className="mt-1 ml-6 text-xs text-muted">Ticks itself when two reference calls are recorded.</p> : null}
              {done ? (
                <div className="mt-1 ml-6 text-sm">
                  {done.evidence === null ? (
                    <p className="text-muted italic">Evidence shown once you submit your scorecard.</p>
                  ) : (
                    <p className="whitespace-pre-line text-fg">{done.evidence}</p>
                  )}
                  <p className="mt-0.5 text-xs text-muted">
                    {done.by ? `Ticked by ${done.by.name}` : "Ticked by the system"} · {formatDateTime(done.at, zone)}
                  </p>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
