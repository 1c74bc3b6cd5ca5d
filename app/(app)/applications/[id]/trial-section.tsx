import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { Viewer } from "@/lib/auth/current-user";
import { can } from "@/lib/access";
import { outcomeLabels, trialSpanLabel } from "@/lib/trials/labels";
import { trialOfApplication } from "@/lib/trials/decision-queries";

/** The application's trial, if it has one the viewer may see: its dates and decision, and the way to its page. */
export function TrialSection({ viewer, applicationId }: { viewer: Viewer; applicationId: number }) {
  if (!can(viewer, "trials:view")) return null;
  const trial = trialOfApplication(viewer, applicationId);
  if (!trial) return null;
  return (
    <Card title="Trial">
      <p className="flex flex-wrap items-center gap-2 text-sm text-fg">
        <span>{trialSpanLabel(trial.startsOn, trial.endsOn)}</span>
        {trial.outcome ? <Badge tone={trial.outcome === "converted" ? "green" : "gray"}>{outcomeLabels[trial.outcome]}</Badge> : null}
      </p>
      <p className="mt-3 text-sm">
        <Link href={`/trials/${trial.id}`} className="font-medium text-accent-text underline underline-offset-2">
          Open the trial
        </Link>
      </p>
    </Card>
  );
}
