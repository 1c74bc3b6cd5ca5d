"use client";

import { DndContext, DragOverlay, KeyboardSensor, MeasuringStrategy, MouseSensor, TouchSensor, useSensor, useSensors, type DragEndEvent } from "@dnd-kit/core";
import { useEffect, useMemo, useRef, useState } from "react";
import type { Stage } from "@/lib/domain";
import { BoardCard, CardPreview, cardControlId } from "./board-card";
import { BoardColumn } from "./board-column";
import { BoardScroller } from "./board-scroller";
import { announcements, checkDrop, choicesFor, columnKeyboardCoordinates, columnUnderPoint, dragInstructions } from "./drag";
import { MoveDialog } from "./move-dialog";
import type { FocusRequest, MoveAction, MoveOptions, MoveRefusals, PipelineCard } from "./types";
import { useMoves } from "./use-moves";

type Props = {
  roleId: number;
  base: string;
  active: Stage[];
  exits: Stage[];
  counts: Partial<Record<Stage, number>>;
  cards: PipelineCard[];
  /** From each stage, where a card may go (and which moves ask for input or cannot be made yet). */
  moves: MoveOptions;
  /** From each stage, why the other columns refuse a card. */
  refusals: MoveRefusals;
  moveAction: MoveAction;
  perColumn: number;
  /** The column shown in full (?expand=…): exit columns load their cards only then. */
  expanded?: Stage;
};

const measuring = { droppable: { strategy: MeasuringStrategy.Always } };

export function Board({ roleId, base, active, exits, counts, cards: initial, moves, refusals, moveAction, perColumn, expanded }: Props) {
  const { cards, deltas, move, refuse, pending, confirm, cancel, focus, requestFocus } = useMoves({ roleId, initial, moves, moveAction });
  const [dragging, setDragging] = useState<PipelineCard | null>(null);
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 6 } }),
    // A short press picks a card up on a touch screen, so a swipe still scrolls the board.
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnKeyboardCoordinates }),
  );
  const check = useMemo(() => (card: PipelineCard, to: Stage) => checkDrop(card, to, moves, refusals), [moves, refusals]);
  const accessibility = useMemo(
    () => ({ announcements: announcements(check), screenReaderInstructions: { draggable: dragInstructions }, restoreFocus: false }),
    [check],
  );

  const shown = (stage: Stage) => cards.filter((c) => c.stage === stage);
  // Counts follow optimistic moves: the server's count, adjusted by cards that changed column here.
  const count = (stage: Stage) => (counts[stage] ?? 0) + (deltas[stage] ?? 0);

  /** After a keyboard move: the card in its new column, or if it left the board the next card of its old one. */
  const focusFor = (card: PipelineCard, on: FocusRequest["on"]): FocusRequest => {
    const column = shown(card.stage);
    const i = column.findIndex((c) => c.id === card.id);
    return { cards: [card.id, column[i + 1]?.id, column[i - 1]?.id].filter((id): id is number => id !== undefined), on, fallbackStage: card.stage };
  };

  const applied = useRef<FocusRequest | null>(null);
  useEffect(() => {
    if (!focus || applied.current === focus) return;
    applied.current = focus;
    for (const id of focus.cards) {
      const el = document.getElementById(cardControlId(id, focus.on));
      if (!el) continue;
      el.focus();
      // Leaving the toasts (Undo) makes sonner put focus back where it was before them; the second try sticks.
      if (document.activeElement !== el) el.focus();
      // Focus scrolls only as far as the button; show the whole card (on a phone its column may be half off-screen).
      el.closest("li")?.scrollIntoView({ block: "nearest", inline: "nearest" });
      return;
    }
    if (focus.fallbackStage) document.getElementById(`column-${focus.fallbackStage}`)?.focus();
  }, [focus, cards]);

  const onDragEnd = ({ active: item, over, activatorEvent }: DragEndEvent) => {
    setDragging(null);
    const card = item.data.current?.card as PipelineCard;
    const keyboard = activatorEvent instanceof KeyboardEvent;
    const drop = over ? check(card, over.id as Stage) : null;
    if (drop?.kind === "move") return move([card], drop.option, keyboard ? focusFor(card, "handle") : undefined);
    if (drop?.kind === "refused") refuse(drop.reason);
    if (keyboard) requestFocus({ cards: [card.id], on: "handle" });
  };

  const column = (stage: Stage, exit: boolean) => (
    <BoardColumn
      key={stage}
      stage={stage}
      base={base}
      exit={exit}
      collapsed={exit && expanded !== stage}
      count={count(stage)}
      more={(counts[stage] ?? 0) > perColumn && expanded !== stage}
      expanded={expanded === stage}
      drop={dragging ? check(dragging, stage) : null}
    >
      {shown(stage).map((card) => (
        <BoardCard
          key={card.id}
          card={card}
          roleId={roleId}
          choices={choicesFor(card, moves)}
          onChoose={(option) => move([card], option, focusFor(card, "menu"))}
        />
      ))}
    </BoardColumn>
  );

  return (
    <DndContext
      id={`board-${roleId}`}
      sensors={sensors}
      collisionDetection={columnUnderPoint}
      // The columns are measured before a card is picked up, not in the render after: an arrow
      // pressed at once after Space would otherwise find no column to move to, and do nothing.
      measuring={measuring}
      accessibility={accessibility}
      onDragStart={({ active: item }) => setDragging(item.data.current?.card as PipelineCard)}
      onDragEnd={onDragEnd}
      onDragCancel={({ active: item, activatorEvent }) => {
        setDragging(null);
        if (activatorEvent instanceof KeyboardEvent) requestFocus({ cards: [Number(item.id)], on: "handle" });
      }}
    >
      <BoardScroller>
        {active.map((s) => column(s, false))}
        {exits.map((s) => column(s, true))}
      </BoardScroller>
      <DragOverlay dropAnimation={null}>{dragging ? <CardPreview card={dragging} /> : null}</DragOverlay>
      <MoveDialog pending={pending} onConfirm={confirm} onCancel={cancel} manageFocus />
    </DndContext>
  );
}
