import { Card } from "@/components/ui/card";
import type { FormAction } from "@/components/ui/use-form-action";
import { can } from "@/lib/access";
import type { Viewer } from "@/lib/auth/current-user";
import { getChecklist } from "@/lib/evaluation/checklist";
import { REFERENCES_ITEM } from "@/lib/evaluation/defaults";
import { formatDateTime } from "@/lib/labels";
import type { ApplicationDetail } from "@/lib/pipeline/application";
import { viewerTimeZone } from "@/lib/time-zone";
import { ChecklistItems } from "./checklist-items";

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
        <ChecklistItems
          items={checklist.items.map(({ item, tick: done }) => ({
            item,
            system: item === REFERENCES_ITEM,
            tick: done
              ? {
                  evidence: done.evidence,
                  by: done.by ? `Ticked by ${done.by.name}` : "Ticked by the system",
                  byPerson: !!done.by,
                  at: formatDateTime(done.at, zone),
                  atMs: done.at.getTime(),
                }
              : null,
          }))}
          canTick={canTick}
          tick={tick}
          untick={untick}
          applicationId={application.id}
        />
      )}
    </Card>
  );
}
