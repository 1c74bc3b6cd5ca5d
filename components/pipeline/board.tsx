"use client";

import { useMemo, useState } from "react";
import type { Stage } from "@/lib/domain";
import { useSoftNavigation } from "@/components/ui/soft-navigation";
import { MoveMenuButton, MoveMenuList } from "./move-menu";
import { RejectDialog } from "./reject-dialog";
import { fromCardTuple, type BoardCard, type CardTuple, type PipelineLabels } from "./types";
import { useMoves, type MoveAction } from "./use-moves";

type Props = {
  roleId: number;
  active: Stage[];
  exits: Stage[];
  counts: Partial<Record<Stage, number>>;
  cards: CardTuple[];
  moves: Partial<Record<Stage, Stage[]>>;
  labels: PipelineLabels;
  moveAction: MoveAction;
  perColumn: number;
  /** The column shown in full (?expand=…): exit columns load their cards only then. */
  expanded?: Stage;
};

export function Board({ roleId, active, exits, counts, cards: rows, moves, labels, moveAction, perColumn, expanded }: Props) {
  const initial = useMemo(() => rows.map(fromCardTuple), [rows]);
  const { cards, message, move, pendingReject, confirmReject, cancelReject } = useMoves(roleId, initial, moveAction);
  const [dragging, setDragging] = useState<BoardCard | null>(null);
  const [menuFor, setMenuFor] = useState<number | null>(null);
  const navigate = useSoftNavigation();

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
        className={`board-col${collapsed ? " collapsed" : ""}${canDrop ? " drop" : ""}`}
      >
        <header>
          {exit ? (
            <a href={collapsed ? `?expand=${stage}` : "?"} aria-expanded={!collapsed} data-keep-scroll>
              {`${collapsed ? "▸" : "▾"} ${labels.stages[stage]}`}
            </a>
          ) : (
            <h3>{labels.stages[stage]}</h3>
          )}
          <span aria-label={`${count(stage)} candidates`}>{count(stage)}</span>
        </header>
        {collapsed ? null : (
          <ol>
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
                  <a href={`/candidates/${card.candidateId}`} draggable={false}>
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
                        if (refocus) document.querySelector<HTMLElement>(`[data-card="${card.id}"] > button`)?.focus();
                      }}
                    />
                  ) : null}
                  {card.currentTitle ? <p>{card.currentTitle}</p> : null}
                  <p className="meta">
                    {card.days === 0 ? "today in stage" : `${card.days} ${card.days === 1 ? "day" : "days"} in stage`}
                    {card.ownerName ? <span>{card.ownerName}</span> : null}
                  </p>
                </li>
              );
            })}
            {(counts[stage] ?? 0) > perColumn && expanded !== stage ? (
              <li>
                <a href={`?expand=${stage}`} className="show-all" data-keep-scroll>
                  {`Show all ${count(stage)}`}
                </a>
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
      <div className="flex gap-3 overflow-x-auto pb-4" onClick={navigate}>
        {active.map((s) => column(s, false))}
        {exits.map((s) => column(s, true))}
      </div>
      {pendingReject ? <RejectDialog names={pendingReject.map((c) => c.name)} reasons={labels.reasons} onConfirm={confirmReject} onCancel={cancelReject} /> : null}
    </div>
  );
}
