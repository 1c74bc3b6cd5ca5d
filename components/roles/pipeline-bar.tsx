import { stageSwatches } from "@/components/ui/status-badges";
import type { Stage } from "@/lib/domain";

export type StageCount = { stage: Stage; label: string; count: number };

/**
 * A role's pipeline at a glance: one bar whose segments are the stages (in order, sized by their
 * counts, coloured as in the legend above the table), with the non-empty stages spelled out beneath
 * as one line of text. Screen readers get the same as one label.
 */
export function PipelineBar({ counts, empty }: { counts: StageCount[]; empty: string }) {
  const present = counts.filter((c) => c.count > 0);
  const total = present.reduce((n, c) => n + c.count, 0);
  const summary = present.map((c) => `${c.count} ${c.label}`).join(", ");
  if (total === 0) return <span className="text-xs text-subtle">{empty}</span>;
  return (
    <div className="min-w-48">
      <div role="img" aria-label={`Pipeline: ${summary}`} className="flex h-2 w-full overflow-hidden rounded-full bg-surface-2">
        {present.map((c) => (
          <span key={c.stage} className={stageSwatches[c.stage]} style={{ width: `${(100 * c.count) / total}%`, minWidth: 4 }} />
        ))}
      </div>
      <p aria-hidden="true" className="mt-1 text-xs leading-snug text-muted">
        {summary.replaceAll(", ", " · ")}
      </p>
    </div>
  );
}

/** Which colour is which stage, once above the bars (screen readers read each bar's own label instead). */
export function PipelineLegend({ stages }: { stages: Omit<StageCount, "count">[] }) {
  return (
    <ul aria-hidden="true" className="flex flex-wrap gap-x-4 gap-y-1 border-b border-line px-4 py-2 text-xs text-muted">
      {stages.map((s) => (
        <li key={s.stage} className="flex items-center gap-1.5">
          <span className={`inline-block size-2 rounded-full ${stageSwatches[s.stage]}`} />
          {s.label}
        </li>
      ))}
    </ul>
  );
}
