import { stageSwatches } from "@/components/ui/status-badges";
import type { Stage } from "@/lib/domain";

export type StageCount = { stage: Stage; label: string; count: number };

/**
 * A role's pipeline at a glance: one bar whose segments are the stages (in order, sized by their
 * counts), with the non-empty stages spelled out beneath. Screen readers get the same as one label.
 */
export function PipelineBar({ counts }: { counts: StageCount[] }) {
  const present = counts.filter((c) => c.count > 0);
  const total = present.reduce((n, c) => n + c.count, 0);
  const summary = present.map((c) => `${c.count} ${c.label}`).join(", ");
  if (total === 0) return <span className="text-xs text-subtle">No candidates yet</span>;
  return (
    <div className="min-w-48">
      <div role="img" aria-label={`Pipeline: ${summary}`} className="flex h-2 w-full overflow-hidden rounded-full bg-surface-2">
        {present.map((c) => (
          <span key={c.stage} className={stageSwatches[c.stage]} style={{ width: `${(100 * c.count) / total}%`, minWidth: 4 }} />
        ))}
      </div>
      <p aria-hidden="true" className="mt-1 text-xs leading-snug text-muted">
        {present.map((c, i) => (
          <span key={c.stage} className="whitespace-nowrap">
            {i > 0 ? " · " : ""}
            <span className={`mr-1 inline-block size-2 rounded-full ${stageSwatches[c.stage]}`} />
            {`${c.count} ${c.label}`}
          </span>
        ))}
      </p>
    </div>
  );
}
