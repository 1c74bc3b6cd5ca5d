import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { AddCandidate } from "@/components/pipeline/add-candidate";
import { Board } from "@/components/pipeline/board";
import { SubmitTargetProvider } from "@/components/pipeline/submit-target";
import { StartTrialProvider } from "@/components/trials/start-trial-context";
import type { MoveOptions, MoveRefusals } from "@/components/pipeline/types";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { PageHeader } from "@/components/ui/page-header";
import { RoleStatusBadge } from "@/components/ui/status-badges";
import type { Viewer } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/guard";
import type { Stage } from "@/lib/domain";
import { can } from "@/lib/access";
import { formatDate, roleTypeLabels } from "@/lib/labels";
import { boardStages, CARDS_PER_COLUMN, listBoard } from "@/lib/pipeline/queries";
import { listViewSchema } from "@/lib/pipeline/schemas";
import { moveOptions, moveRefusals } from "@/lib/pipeline/transitions";
import { getRole } from "@/lib/roles/queries";
import { startTrialOptionsAction } from "../../trials/start-actions";
import { addCandidateToRoleAction, moveApplicationsAction } from "../actions";
import { ListView } from "./list-view";
import { toCard } from "./to-card";

type Params = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// Once per request, shared by the page and its title.
const loadRole = cache(async (id: string) => {
  const viewer = await requirePermission("roles:view", "/roles/[id]");
  const role = /^\d+$/.test(id) ? getRole(viewer, Number(id)) : undefined;
  if (!role) notFound();
  return { viewer, role };
});

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { role } = await loadRole((await params).id);
  return { title: `${role.title} — ${role.clientName}` };
}

export default async function RolePage({ params, searchParams }: Params) {
  const { viewer, role } = await loadRole((await params).id);
  const view = listViewSchema.parse(await searchParams);
  const { active, exits } = boardStages(viewer);
  const allStages = [...active, ...exits];
  const moves: MoveOptions = Object.fromEntries(allStages.map((s) => [s, moveOptions(viewer, s)]));
  const base = `/roles/${role.id}`;
  const list = view.view === "list";
  // The comparison (its own page) and the role's own evaluation loop, beside editing the role.
  const headerActions = [
    can(viewer, "evaluation:view-details") ? (
      <Button key="compare" asChild variant="secondary">
        <Link href={`${base}/compare`}>Compare candidates</Link>
      </Button>
    ) : null,
    can(viewer, "evaluation:manage-role") ? (
      <Button key="evaluation" asChild variant="secondary">
        <Link href={`${base}/evaluation`}>Evaluation</Link>
      </Button>
    ) : null,
    can(viewer, "roles:manage") ? (
      <Button key="edit" asChild variant="secondary">
        <Link href={`${base}/edit`}>Edit role</Link>
      </Button>
    ) : null,
  ].filter(Boolean);
  const tab = (current: boolean) =>
    cn("rounded px-3 py-1 font-medium", current ? "bg-accent-soft text-accent-text" : "text-muted hover:bg-surface-2 hover:text-fg");

  return (
    <SubmitTargetProvider client={role.clientName}>
      <PageHeader
        title={role.title}
        breadcrumbs={[
          { href: "/roles", label: "Roles" },
          { href: `/roles?client=${role.clientId}`, label: role.clientName },
        ]}
        subtitle={
          <span className="flex flex-wrap items-center gap-x-2 gap-y-1">
            <RoleStatusBadge status={role.status} />
            <span>{roleTypeLabels[role.type]}</span>·<span>{`${role.hiredCount} of ${role.headcount} hired`}</span>·<span>Owner {role.ownerName}</span>
            {role.hiringManagerName ? (
              <>
                ·<span>Hiring manager {role.hiringManagerName}</span>
              </>
            ) : null}
            ·<span>Opened {formatDate(role.openedOn)}</span>
          </span>
        }
        actions={headerActions.length ? headerActions : null}
      />
      {role.skills || role.timezoneOverlap || role.description ? (
        <details className="mb-4 rounded-lg border border-line bg-surface px-4 py-2.5 text-sm">
          <summary className="cursor-pointer font-medium text-fg">
            {[role.skills, role.timezoneOverlap ? `Overlap: ${role.timezoneOverlap}` : null].filter(Boolean).join(" · ") || "Description"}
          </summary>
          {role.description ? <p className="mt-3 whitespace-pre-line text-muted">{role.description}</p> : null}
        </details>
      ) : null}

      <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
        <nav aria-label="Pipeline view" className="inline-flex rounded-md border border-line-strong bg-surface p-0.5 text-sm">
          <Link href={base} scroll={false} aria-current={!list ? "page" : undefined} className={tab(!list)}>
            Board
          </Link>
          <Link href={`${base}?view=list`} scroll={false} aria-current={list ? "page" : undefined} className={tab(list)}>
            List
          </Link>
        </nav>
        {can(viewer, "applications:create") ? <AddCandidate roleId={role.id} addAction={addCandidateToRoleAction} /> : null}
      </div>

      <StartTrialProvider loadOptions={startTrialOptionsAction}>
        {list ? (
          <ListView roleId={role.id} viewer={viewer} view={view} base={base} allStages={allStages} moves={moves} />
        ) : (
          <BoardView roleId={role.id} viewer={viewer} expand={view.expand} base={base} active={active} exits={exits} moves={moves} />
        )}
      </StartTrialProvider>
    </SubmitTargetProvider>
  );
}

type BoardViewProps = { roleId: number; viewer: Viewer; expand?: Stage; base: string; active: Stage[]; exits: Stage[]; moves: MoveOptions };

/** The pipeline as columns; a drop on a column the rules refuse says why, so the refusals come along. */
function BoardView({ roleId, viewer, expand, base, active, exits, moves }: BoardViewProps) {
  const board = listBoard(viewer, roleId, expand);
  const allStages = [...active, ...exits];
  const refusals: MoveRefusals = Object.fromEntries(allStages.map((s) => [s, moveRefusals(viewer, s, allStages)]));
  return (
    <Board
      key={expand ?? ""}
      roleId={roleId}
      base={base}
      active={active}
      exits={exits}
      counts={board.counts}
      cards={board.cards.map(toCard)}
      moves={moves}
      refusals={refusals}
      moveAction={moveApplicationsAction}
      perColumn={CARDS_PER_COLUMN}
      expanded={expand}
    />
  );
}
