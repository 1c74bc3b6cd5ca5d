import { Card } from "@/components/ui/page-header";
import { extendedLabel, formatDay, trialSpanLabel } from "@/lib/trials/labels";

// The trial's plan as agreed when it started: dates (and extensions), day-one scope and metrics.
// The people and the overlap are in the page's header.

type Props = {
  startsOn: string;
  endsOn: string;
  dayOneScope: string;
  metrics: string[];
  extensions: { id: number; previousEndsOn: string; endsOn: string; reason: string }[];
};

function Row({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-medium tracking-wide text-muted uppercase">{term}</dt>
      <dd className="mt-0.5 text-sm text-fg">{children}</dd>
    </div>
  );
}

export function TrialPlan({ startsOn, endsOn, dayOneScope, metrics, extensions }: Props) {
  return (
    <Card title="Plan">
      <dl className="space-y-3">
        <Row term="Dates">{trialSpanLabel(startsOn, endsOn)}</Row>
        {extensions.map((e) => (
          <Row key={e.id} term={extendedLabel(e.endsOn)}>{`From ${formatDay(e.previousEndsOn)}: ${e.reason}`}</Row>
        ))}
        <Row term="Day-one scope">
          <span className="whitespace-pre-line">{dayOneScope}</span>
        </Row>
        <Row term="Success metrics">
          {metrics.length ? (
            <ul className="list-disc space-y-0.5 pl-5">
              {metrics.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          ) : (
            "None chosen"
          )}
        </Row>
      </dl>
    </Card>
  );
}
