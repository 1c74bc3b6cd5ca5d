import type { Stage } from "@/db/schema";
import { stageLabels } from "@/lib/pipeline/stages";

/** A compact row of per-stage counts; zero stages are dimmed. */
export function StageCounts({ stages, counts }: { stages: readonly Stage[]; counts: Partial<Record<Stage, number>> }) {
  return (
    <ul className="flex gap-1" aria-label="Candidates per stage">
      {stages.map((s) => {
        const n = counts[s] ?? 0;
        return (
          <li
            key={s}
            title={`${stageLabels[s]}: ${n}`}
            aria-label={`${stageLabels[s]}: ${n}`}
            className={`min-w-7 rounded px-1.5 py-0.5 text-center text-xs tabular-nums ${n ? "bg-brand-50 font-semibold text-brand-700" : "bg-slate-50 text-slate-300"}`}
          >
            {n}
          </li>
        );
      })}
    </ul>
  );
}
