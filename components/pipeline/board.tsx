"use client";

import Link from "next/link";
import { useState } from "react";
import type { Stage } from "@/db/schema";
import { MoveMenuButton, MoveMenuList } from "./move-menu";
import { RejectDialog } from "./reject-dialog";
import type { BoardCard, PipelineLabels } from "./types";
import { useMoves, type MoveAction } from "./use-moves";

type Props = {
  roleId: number;
  active: Stage[];
  exits: Stage[];
  counts: Partial<Record<Stage, number>>;
  cards: BoardCard[];
  moves: Partial<Record<Stage, Stage[]>>;
  labels: PipelineLabels;
  moveAction: MoveAction;
  perColumn: number;
  /** The column shown in full (?expand=…): exit columns load their cards only then. */
  expanded?: Stage;
};

export function Board({ roleId, active, exits, counts, cards: initial, moves, labels, moveAction, perColumn, expanded }: Props) {
  const { cards, message, move, pendingReject, confirmReject, cancelReject } = useMoves(roleId, initial, moveAction);
  const [dragging, setDragging] = useState<BoardCard | null>(null);
  const [menuFor, setMenuFor] = useState<number | null>(null);

  // Counts follow optimistic moves: the server's count, adjusted by cards that changed column here.
  const shown = (stage: Stage) => cards.filter((c) => c.stage === stage);
  const count = (stage: Stage) => (counts[stage] ?? 0) + shown(stage).length - initial.filter((c) => c.stage === stage).length;

  const column = (stage: Stage, exit: boolean) => {
    const list = shown(stage);
    const canDrop = !!dragging && (moves[dragging.stage] ?? []).includes(stage);
    const collapsed = exit && expanded !== stage;
    return (
      <section
        key={stage}
        aria-label={`${labels.stages[stage]} column`}
        data-stage={stage}
        onDragOver={(e) => {
          if (canDrop) e.preventDefault();
        }}
        onDrop={(e) => {
          e.preventDefault();
          if (dragging && canDrop) move([dragging], stage);
          setDragging(null);
        }}
        className={`flex shrink-0 flex-col rounded-lg border ${collapsed ? "w-40" : "w-64"} ${canDrop ? "border-brand-600 bg-brand-50/60" : "border-slate-200 bg-slate-100/70"}`}
      >
        <header className="flex items-center justify-between px-3 py-2">
          {exit ? (
            <Link href={collapsed ? `?expand=${stage}` : "?"} aria-expanded={!collapsed} className="text-sm font-semibold text-slate-700 hover:underline" scroll={false}>
              {collapsed ? "▸" : "▾"} {labels.stages[stage]}
            </Link>
          ) : (
            <h3 className="text-sm font-semibold text-slate-700">{labels.stages[stage]}</h3>
          )}
          <span className="rounded-full bg-white px-2 py-0.5 text-xs font-medium text-slate-600 tabular-nums" aria-label={`${count(stage)} candidates`}>
            {count(stage)}
          </span>
        </header>
        {collapsed ? null : (
          <ol className="flex min-h-24 flex-col gap-2 px-2 pb-2">
            {list.map((card) => {
              const choices = moves[card.stage] ?? [];
              return (
                <li
                  key={card.id}
                  draggable={choices.length > 0}
                  onDragStart={(e) => {
                    e.dataTransfer.setData("text/plain", String(card.id));
                    e.dataTransfer.effectAllowed = "move";
                    setDragging(card);
                  }}
                  onDragEnd={() => setDragging(null)}
                  data-card={card.id}
                  className="board-card"
                >
                  <div className="head">
                    {/* A plain link: a board holds up to ~150 cards, and next/link's client work per card adds up. */}
                    <a href={`/candidates/${card.candidateId}`} className="name" draggable={false}>
                      {card.name}
                    </a>
                    {choices.length ? <MoveMenuButton label={`Move ${card.name} to`} open={menuFor === card.id} onToggle={() => setMenuFor(menuFor === card.id ? null : card.id)} /> : null}
                    {menuFor === card.id ? (
                      <MoveMenuList
                        label={`Move ${card.name} to`}
                        choices={choices}
                        stageLabels={labels.stages}
                        onChoose={(to) => {
                          setMenuFor(null);
                          move([card], to);
                        }}
                        onClose={(refocus) => {
                          setMenuFor(null);
                          if (refocus) document.querySelector<HTMLElement>(`[data-card="${card.id}"] [data-move-button]`)?.focus();
                        }}
                      />
                    ) : null}
                  </div>
                  {card.currentTitle ? <p className="title">{card.currentTitle}</p> : null}
                  <p className="meta">
                    <span>{card.days === 0 ? "today in stage" : `${card.days} ${card.days === 1 ? "day" : "days"} in stage`}</span>
                    {card.ownerName ? <span className="truncate">{card.ownerName}</span> : null}
                  </p>
                </li>
              );
            })}
            {(counts[stage] ?? 0) > perColumn && expanded !== stage ? (
              <li>
                <Link href={`?expand=${stage}`} scroll={false} className="block rounded px-2 py-1 text-center text-xs font-medium text-brand-700 hover:bg-white">
                  Show all {count(stage)}
                </Link>
              </li>
            ) : null}
          </ol>
        )}
      </section>
    );
  };

  return (
    <div>
      <div aria-live="polite" className="min-h-6">
        {message ? (
          <p role={message.ok ? "status" : "alert"} aria-label="Board message" className={`mb-2 text-sm ${message.ok ? "text-emerald-700" : "text-red-700"}`}>
            {message.text}
          </p>
        ) : null}
      </div>
      <div className="flex gap-3 overflow-x-auto pb-4">
        {active.map((s) => column(s, false))}
        {exits.map((s) => column(s, true))}
      </div>
      {pendingReject ? <RejectDialog names={pendingReject.map((c) => c.name)} reasons={labels.reasons} onConfirm={confirmReject} onCancel={cancelReject} /> : null}
    </div>
  );
}
