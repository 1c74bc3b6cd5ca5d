import { Card } from "@/components/ui/card";
import { attributeLabels, type Attribute } from "@/lib/evaluation/labels";

type Props = { kindLabel: string; attributes: Attribute[]; prompts: { prompt: string; listenFor: string }[] };

/** The interview kind's kit, beside the scorecard: what it assesses, what to ask and what to listen for. */
export function KitPanel({ kindLabel, attributes, prompts }: Props) {
  return (
    <Card title={`${kindLabel} kit`}>
      <p className="text-sm text-muted">Assesses {attributes.map((a) => attributeLabels[a].toLowerCase()).join(", ")}.</p>
      <ol className="mt-4 space-y-4 text-sm">
        {prompts.map((p, i) => (
          <li key={i} className="border-l-2 border-accent pl-3">
            <p className="font-medium text-fg">{p.prompt}</p>
            <p className="mt-1 text-muted">
              <span className="font-medium text-fg">Listen for: </span>
              {p.listenFor}
            </p>
          </li>
        ))}
      </ol>
    </Card>
  );
}
