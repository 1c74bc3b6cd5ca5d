import { Badge } from "@/components/ui/badge";
import {
  flagTones,
  sentimentLabels,
  sentimentTones,
  trialFlagLabels,
  trialStatusLabels,
  type CheckInSentiment,
  type TrialFlag,
  type TrialStatus,
} from "@/lib/trials/labels";

// The trial pages' small badges: flags, sentiments and statuses in the agreed words.

export function FlagBadges({ flags, className }: { flags: readonly TrialFlag[]; className?: string }) {
  if (!flags.length) return null;
  return (
    <ul aria-label="Flags" className={className ?? "flex flex-wrap gap-1"}>
      {flags.map((f) => (
        <li key={f}>
          <Badge tone={flagTones[f]}>{trialFlagLabels[f]}</Badge>
        </li>
      ))}
    </ul>
  );
}

export function SentimentBadge({ sentiment }: { sentiment: CheckInSentiment | null }) {
  if (!sentiment) return <span className="text-muted">No check-in yet</span>;
  return <Badge tone={sentimentTones[sentiment]}>{sentimentLabels[sentiment]}</Badge>;
}

const statusTones = { upcoming: "gray", active: "blue", decision_due: "amber", decided: "green" } as const satisfies Record<TrialStatus, string>;

export function TrialStatusBadge({ status }: { status: TrialStatus }) {
  return <Badge tone={statusTones[status]}>{trialStatusLabels[status]}</Badge>;
}
