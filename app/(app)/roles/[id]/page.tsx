import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AddCandidate } from "@/components/pipeline/add-candidate";
import { ApplicationList } from "@/components/pipeline/application-list";
import { Board } from "@/components/pipeline/board";
import type { MoveOption, MoveOptions, PipelineCard } from "@/components/pipeline/types";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { RoleStatusBadge } from "@/components/ui/status-badges";
import type { Stage } from "@/lib/domain";
import { requirePermission } from "@/lib/auth/guard";
import { can } from "@/lib/access";
import { formatDate, roleTypeLabels } from "@/lib/labels";
import { boardStages, CARDS_PER_COLUMN, listApplications, listBoard, type Card } from "@/lib/pipeline/queries";
import { listViewSchema } from "@/lib/pipeline/schemas";
import { stageLabels } from "@/lib/pipeline/stages";
import { moveOptions } from "@/lib/pipeline/transitions";
import { getRole } from "@/lib/roles/queries";
import { addCandidateToRoleAction, moveApplicationsAction } from "../actions";

export const metadata: Metadata = { title: "Role" };

// Named fields, and only those the board and list use.
const toCard = (c: Card): PipelineCard => ({
  id: c.id,
  candidateId: c.candidateId,
  name: c.name,
  currentTitle: c.currentTitle,
  stage: c.stage,
  days: c.days,
  ownerName: c.ownerName,
  version: c.version,
});

export default async function RolePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePermission("roles:view", "/roles/[id]");
  const { id } = await params;
  const role = /^\d+$/.test(id) ? getRole(viewer, Number(id)) : undefined;
  if (!role) notFound();
  const view = listViewSchema.parse(await searchParams);
  const { active, exits } = boardStages(viewer);
  const allStages = [...active, ...exits];
  const moves: MoveOptions = Object.fromEntries(allStages.map((s) => [s, moveOptions(viewer, s)]));
  const base = `/roles/${role.id}`;

  return (
    <>
      <PageHeader
        title={role.title}
        subtitle={
          <span className="flex flex-wrap items-center gap-x-2 gap-y-1">
            <span>{role.clientName}</span>·<span>{roleTypeLabels[role.type]}</span>·<RoleStatusBadge status={role.status} />·
            <span>
              {role.headcount} {role.headcount === 1 ? "hire" : "hires"}
            </span>
            ·<span>Owner {role.ownerName}</span>
            {role.hiringManagerName ? <>·<span>Hiring manager {role.hiringManagerName}</span></> : null}
            ·<span>Opened {formatDate(role.openedOn)}</span>
          </span>
        }
        actions={
          can(viewer, "roles:manage") ? (
            <Link href={`${base}/edit`} className={buttonClass("secondary")}>
              Edit role
            </Link>
          ) : null
        }
      />
      {role.skills || role.timezoneOverlap || role.description ? (
        <details className="mb-6 rounded-lg border border-slate-200 bg-white px-4 py-3 text-sm">
          <summary className="cursor-pointer font-medium text-slate-700">
            {[role.skills, role.timezoneOverlap ? `Overlap: ${role.timezoneOverlap}` : null].filter(Boolean).join(" · ") || "Description"}
          </summary>
          {role.description ? <p className="mt-3 whitespace-pre-line text-slate-700">{role.description}</p> : null}
        </details>
      ) : null}

      <div className="mb-4 flex flex-wrap items-end justify-between gap-4">
        <nav aria-label="Pipeline view" className="inline-flex rounded-md border border-slate-300 bg-white p-0.5 text-sm">
          <Link href={base} aria-current={view.view !== "list" ? "page" : undefined} className={`rounded px-3 py-1.5 ${view.view !== "list" ? "bg-brand-600 text-white" : "text-slate-700"}`}>
            Board
          </Link>
          <Link href={`${base}?view=list`} aria-current={view.view === "list" ? "page" : undefined} className={`rounded px-3 py-1.5 ${view.view === "list" ? "bg-brand-600 text-white" : "text-slate-700"}`}>
            List
          </Link>
        </nav>
        {can(viewer, "applications:create") ? <AddCandidate roleId={role.id} addAction={addCandidateToRoleAction} /> : null}
      </div>

      {view.view === "list" ? (
        <ListView roleId={role.id} viewer={viewer} view={view} base={base} allStages={allStages} moves={moves} />
      ) : (
        (() => {
          const board = listBoard(viewer, role.id, view.expand);
          return (
            <Board
              key={`${view.expand ?? ""}`}
              roleId={role.id}
              active={active}
              exits={exits}
              counts={board.counts}
              cards={board.cards.map(toCard)}
              moves={moves}
              moveAction={moveApplicationsAction}
              perColumn={CARDS_PER_COLUMN}
              expanded={view.expand}
            />
          );
        })()
      )}
    </>
  );
}

function ListView({
  roleId,
  viewer,
  view,
  base,
  allStages,
  moves,
}: {
  roleId: number;
  viewer: Awaited<ReturnType<typeof requirePermission>>;
  view: ReturnType<typeof listViewSchema.parse>;
  base: string;
  allStages: Stage[];
  moves: MoveOptions;
}) {
  const { rows, total, page, pages } = listApplications(viewer, roleId, view);
  const sortKey = view.sort ?? "stage";
  const dir = view.dir ?? "asc";
  const query = (extra: Record<string, string | undefined>) =>
    `${base}?${new URLSearchParams(Object.entries({ view: "list", stage: view.stage, sort: view.sort, dir: view.dir, ...extra }).filter((e): e is [string, string] => !!e[1]))}`;
  const hrefFor = Object.fromEntries(["name", "stage", "days", "owner"].map((k) => [k, query({ sort: k, dir: sortKey === k && dir === "asc" ? "desc" : "asc", page: undefined })]));
  // Any stage some card may go to, in board order; the server checks each selected card.
  const offered = Object.values(moves).flat();
  const bulkTargets = allStages.map((s) => offered.find((o) => o.to === s)).filter((o): o is MoveOption => !!o);
  return (
    <>
      <nav aria-label="Filter by stage" className="mb-3 flex flex-wrap gap-1.5 text-sm">
        <Link href={query({ stage: undefined })} className={`rounded-full px-3 py-1 ${!view.stage ? "bg-slate-800 text-white" : "bg-white text-slate-700 ring-1 ring-slate-200"}`}>
          All
        </Link>
        {allStages.map((s) => (
          <Link key={s} href={query({ stage: s })} className={`rounded-full px-3 py-1 ${view.stage === s ? "bg-slate-800 text-white" : "bg-white text-slate-700 ring-1 ring-slate-200"}`}>
            {stageLabels[s]}
          </Link>
        ))}
      </nav>
      <ApplicationList
        roleId={roleId}
        rows={rows.map(toCard)}
        bulkTargets={bulkTargets}
        moveAction={moveApplicationsAction}
        sort={{ key: sortKey, dir, hrefFor }}
      />
      <Pagination page={page} pages={pages} total={total} noun="applications" params={{ view: "list", stage: view.stage, sort: view.sort, dir: view.dir }} />
    </>
  );
}
