import Link from "next/link";
import { ApplicationList } from "@/components/pipeline/application-list";
import type { MoveOption, MoveOptions } from "@/components/pipeline/types";
import { cn } from "@/components/ui/cn";
import { Pagination } from "@/components/ui/pagination";
import { can } from "@/lib/access";
import type { Viewer } from "@/lib/auth/current-user";
import type { Stage } from "@/lib/domain";
import { listApplications } from "@/lib/pipeline/queries";
import type { ListViewParams } from "@/lib/pipeline/schemas";
import { stageLabels } from "@/lib/pipeline/stages";
import { moveApplicationsAction } from "../actions";
import { toCard } from "./to-card";

type Props = { roleId: number; viewer: Viewer; view: ListViewParams; base: string; allStages: Stage[]; moves: MoveOptions };

/** The pipeline as a table: filter by stage, sort by column, move or reject several at once. */
export function ListView({ roleId, viewer, view, base, allStages, moves }: Props) {
  const { rows, total, page, pages } = listApplications(viewer, roleId, view);
  const sortKey = view.sort ?? "stage";
  const dir = view.dir ?? "asc";
  const query = (extra: Record<string, string | undefined>) =>
    `${base}?${new URLSearchParams(Object.entries({ view: "list", stage: view.stage, sort: view.sort, dir: view.dir, ...extra }).filter((e): e is [string, string] => !!e[1]))}`;
  const hrefFor = Object.fromEntries(
    ["name", "stage", "days", "owner"].map((k) => [k, query({ sort: k, dir: sortKey === k && dir === "asc" ? "desc" : "asc", page: undefined })]),
  );
  // Any stage some card may go to, in board order; the server checks each selected card.
  const offered = Object.values(moves).flat();
  const bulkTargets = allStages.map((s) => offered.find((o) => o.to === s)).filter((o): o is MoveOption => !!o);
  const chip = (current: boolean) =>
    cn(
      "rounded-full px-3 py-1 ring-1 ring-inset",
      current ? "bg-fg text-canvas ring-fg" : "bg-surface text-muted ring-line hover:text-fg hover:ring-line-strong",
    );
  return (
    <>
      <nav aria-label="Filter by stage" className="mb-3 flex flex-wrap gap-1.5 text-sm">
        <Link href={query({ stage: undefined })} prefetch={false} scroll={false} aria-current={!view.stage ? "page" : undefined} className={chip(!view.stage)}>
          All
        </Link>
        {allStages.map((s) => (
          <Link
            key={s}
            href={query({ stage: s })}
            prefetch={false}
            scroll={false}
            aria-current={view.stage === s ? "page" : undefined}
            className={chip(view.stage === s)}
          >
            {stageLabels[s]}
          </Link>
        ))}
      </nav>
      <ApplicationList
        roleId={roleId}
        rows={rows.map(toCard)}
        bulkTargets={bulkTargets}
        moves={moves}
        moveAction={moveApplicationsAction}
        sort={{ key: sortKey, dir, hrefFor }}
        flags={can(viewer, "evaluation:view-details")}
      />
      <Pagination page={page} pages={pages} total={total} noun="applications" params={{ view: "list", stage: view.stage, sort: view.sort, dir: view.dir }} />
    </>
  );
}
