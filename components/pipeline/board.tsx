"use client";

import { useState } from "react";
import type { Stage } from "@/lib/domain";
import { useSoftNavigation } from "@/components/ui/soft-navigation";
import { BoardCard } from "./board-card";
import { BoardColumn } from "./board-column";
import { MoveDialog } from "./move-dialog";
import type { MoveAction, MoveOptions, PipelineCard } from "./types";
import { useMoves } from "./use-moves";

type Props = {
  roleId: number;
  active: Stage[];
  exits: Stage[];
  counts: Partial<Record<Stage, number>>;
  cards: PipelineCard[];
  /** From each stage, where a card may go (and which moves ask for input or cannot be made yet). */
  moves: MoveOptions;
  moveAction: MoveAction;
  perColumn: number;
  /** The column shown in full (?expand=…): exit columns load their cards only then. */
  expanded?: Stage;
};

export function Board({ roleId, active, exits, counts, cards: initial, moves, moveAction, perColumn, expanded }: Props) {
  const { cards, message, move, pending, confirm, cancel } = useMoves(roleId, initial, moveAction);
  const [dragging, setDragging] = useState<PipelineCard | null>(null);
  const [menuFor, setMenuFor] = useState<number | null>(null);
  const navigate = useSoftNavigation();

  // Counts follow optimistic moves: the server's count, adjusted by cards that changed column here.
  const shown = (stage: Stage) => cards.filter((c) => c.stage === stage);
  const count = (stage: Stage) => (counts[stage] ?? 0) + shown(stage).length - initial.filter((c) => c.stage === stage).length;

  const column = (stage: Stage, exit: boolean) => {
    const drop = dragging ? moves[dragging.stage]?.find((o) => o.to === stage) : undefined;
    return (
      <BoardColumn
        key={stage}
        stage={stage}
        exit={exit}
        collapsed={exit && expanded !== stage}
        count={count(stage)}
        more={(counts[stage] ?? 0) > perColumn && expanded !== stage}
        drop={drop}
        onDrop={() => {
          if (dragging && drop) move([dragging], drop);
          setDragging(null);
        }}
      >
        {shown(stage).map((card) => (
          <BoardCard
            key={card.id}
            card={card}
            choices={moves[card.stage] ?? []}
            menuOpen={menuFor === card.id}
            onToggleMenu={() => setMenuFor(menuFor === card.id ? null : card.id)}
            onCloseMenu={() => setMenuFor(null)}
            onChoose={(option) => {
              setMenuFor(null);
              move([card], option);
            }}
            onDragStart={() => setDragging(card)}
            onDragEnd={() => setDragging(null)}
          />
        ))}
      </BoardColumn>
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
      <MoveDialog pending={pending} onConfirm={confirm} onCancel={cancel} />
    </div>
  );
}
