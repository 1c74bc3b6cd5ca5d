"use client";

import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { control } from "@/components/ui/field";
import { cn } from "@/components/ui/cn";
import { StageBadge } from "@/components/ui/status-badges";
import { EmptyRow, Table, TBody, TD, TH, THead } from "@/components/ui/table";
import type { Stage } from "@/lib/domain";
import { describeAll, shortProgress } from "@/lib/evaluation/progress";
import { stageLabels } from "@/lib/pipeline/stages";
import { MoveDialog } from "./move-dialog";
import type { MoveAction, MoveOption, MoveOptions, PipelineCard } from "./types";
import { useMoves } from "./use-moves";

type Props = {
  roleId: number;
  rows: PipelineCard[];
  /** Every stage some shown card may move to, in board order (the registry's answer, as plain data). */
  bulkTargets: MoveOption[];
  /** From each stage, the moves offered: Undo is offered only where the move back is. */
  moves: MoveOptions;
  moveAction: MoveAction;
  sort: { key: string; dir: "asc" | "desc"; hrefFor: Record<string, string> };
  /** Whether the viewer sees red flags (the agency): their count gets a column. */
  flags?: boolean;
};

const columns = [
  { key: "name", label: "Candidate" },
  { key: "stage", label: "Stage" },
  { key: "days", label: "Days in stage" },
  { key: "owner", label: "Owner" },
];

/** The role's applications as a table: sortable, and several can be moved or rejected at once. */
export function ApplicationList({ roleId, rows, bulkTargets, moves, moveAction, sort, flags = false }: Props) {
  const { cards, move, busy, pending, confirm, cancel } = useMoves({ roleId, initial: rows, moves, moveAction });
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [target, setTarget] = useState<Stage | "">("");
  // A row with nowhere to go (Hired, say, or what a client may not move) cannot be ticked.
  const canMove = (c: PipelineCard) => (moves[c.stage]?.length ?? 0) > 0;
  const movable = cards.filter(canMove);
  const chosen = movable.filter((c) => selected.has(c.id));
  const allChecked = movable.length > 0 && chosen.length === movable.length;
  const reject = bulkTargets.find((o) => o.to === "rejected");
  const bulk = (option: MoveOption | undefined) => {
    if (!option) return;
    // The selection stays until the move is made (a refusal leaves it, to try another stage); then
    // the moved rows leave it, and any ticked meanwhile stay.
    const moved = new Set(chosen.map((c) => c.id));
    move(chosen, option, undefined, () => setSelected((s) => new Set([...s].filter((id) => !moved.has(id)))));
  };

  return (
    <div className="rounded-xl border border-line bg-surface shadow-sm">
      <div role="group" aria-label="Bulk actions" className="flex flex-wrap items-center gap-2 border-b border-line px-4 py-3">
        <span className="min-w-20 text-sm text-muted tabular-nums">{chosen.length} selected</span>
        <label htmlFor="bulk-target" className="sr-only">
          Move selected to
        </label>
        <select id="bulk-target" value={target} onChange={(e) => setTarget(e.target.value as Stage)} className={cn(control, "h-8 w-auto py-0")}>
          <option value="">Move selected to…</option>
          {bulkTargets.map((o) => (
            <option key={o.to} value={o.to} disabled={!!o.disabled} title={o.disabled}>
              {o.disabled ? `${stageLabels[o.to]} (not available yet)` : stageLabels[o.to]}
            </option>
          ))}
        </select>
        <Button size="sm" disabled={!target || chosen.length === 0} pending={busy} onClick={() => bulk(bulkTargets.find((o) => o.to === target))}>
          Move
        </Button>
        {reject ? (
          <Button size="sm" variant="danger" disabled={chosen.length === 0} pending={busy} onClick={() => bulk(reject)}>
            Reject selected
          </Button>
        ) : null}
      </div>
      <Table label="Candidates on this role">
        <THead>
          <TH className="w-10">
            <input
              type="checkbox"
              aria-label="Select all"
              checked={allChecked}
              disabled={movable.length === 0}
              onChange={() => setSelected(allChecked ? new Set() : new Set(movable.map((c) => c.id)))}
              className="size-4 accent-accent"
            />
          </TH>
          {columns.map((c) => (
            <TH key={c.key} aria-sort={sort.key === c.key ? (sort.dir === "asc" ? "ascending" : "descending") : undefined}>
              <Link href={sort.hrefFor[c.key]} prefetch={false} scroll={false} className="hover:text-fg hover:underline">
                {c.label}
                {sort.key === c.key ? <span aria-hidden="true">{sort.dir === "asc" ? " ↑" : " ↓"}</span> : null}
              </Link>
            </TH>
          ))}
          <TH>Interviews</TH>
          {flags ? <TH>Red flags</TH> : null}
        </THead>
        <TBody>
          {cards.map((c) => (
            <tr key={c.id}>
              <TD>
                <input
                  type="checkbox"
                  aria-label={`Select ${c.name}`}
                  checked={selected.has(c.id)}
                  disabled={!canMove(c)}
                  title={canMove(c) ? undefined : `No move from ${stageLabels[c.stage]} here`}
                  onChange={() => setSelected((s) => (s.has(c.id) ? new Set([...s].filter((x) => x !== c.id)) : new Set([...s, c.id])))}
                  className="size-4 accent-accent"
                />
              </TD>
              <TD>
                <Link href={`/candidates/${c.candidateId}?role=${roleId}`} prefetch={false} className="font-medium text-accent-text hover:underline">
                  {c.name}
                </Link>
                {c.currentTitle ? <span className="block text-xs text-muted">{c.currentTitle}</span> : null}
              </TD>
              <TD>
                <StageBadge stage={c.stage} />
              </TD>
              <TD className="tabular-nums">{c.days}</TD>
              <TD className="whitespace-nowrap">{c.ownerName ?? "—"}</TD>
              <TD className="whitespace-nowrap tabular-nums">
                {c.progress ? (
                  <Link href={`/applications/${c.id}`} prefetch={false} className="hover:text-fg hover:underline">
                    <span aria-hidden="true">{shortProgress(c.progress)}</span>
                    <span className="sr-only">{describeAll({ ...c.progress, redFlags: null })}</span>
                  </Link>
                ) : (
                  <Link href={`/applications/${c.id}`} prefetch={false} className="text-muted hover:text-fg hover:underline">
                    None yet<span className="sr-only">: interviews and evaluation of {c.name}</span>
                  </Link>
                )}
              </TD>
              {flags ? (
                <TD className="tabular-nums">
                  {c.progress?.redFlags ? (
                    <span className="text-danger">
                      <span aria-hidden="true">⚑ </span>
                      {c.progress.redFlags}
                      <span className="sr-only"> {c.progress.redFlags === 1 ? "red flag" : "red flags"}</span>
                    </span>
                  ) : null}
                </TD>
              ) : null}
            </tr>
          ))}
          {cards.length === 0 ? <EmptyRow colSpan={flags ? 7 : 6}>No candidates here.</EmptyRow> : null}
        </TBody>
      </Table>
      <MoveDialog pending={pending} onConfirm={confirm} onCancel={cancel} />
    </div>
  );
}
