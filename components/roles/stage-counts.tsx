import type { Stage } from "@/db/schema";
import { stageLabels } from "@/lib/pipeline/stages";

/** Header cells: one narrow column per stage, abbreviated, with the full name for assistive tech. */
export function StageCountHeaders({ stages }: { stages: readonly Stage[] }) {
  return stages.map((s) => (
    <th key={s} scope="col" className="num">
      <abbr title={stageLabels[s]}>{stageLabels[s].slice(0, 3)}</abbr>
    </th>
  ));
}

/** One cell per stage with its count; zero stages are dimmed. */
export function StageCountCells({ stages, counts }: { stages: readonly Stage[]; counts: Partial<Record<Stage, number>> }) {
  return stages.map((s) => (
    <td key={s} className={counts[s] ? "num" : "num zero"}>
      {counts[s] ?? 0}
    </td>
  ));
}
