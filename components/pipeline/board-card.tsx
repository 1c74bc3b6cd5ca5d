"use client";

import { useDraggable } from "@dnd-kit/core";
import Link from "next/link";
import { cn } from "@/components/ui/cn";
import { MoveMenu } from "./move-menu";
import type { MoveOption, PipelineCard } from "./types";

/** DOM ids of a card's controls, so focus can be put back on them after a move re-renders the board. */
export const cardControlId = (cardId: number, on: "menu" | "handle") => `card-${cardId}-${on}`;

type Props = {
  card: PipelineCard;
  /** The role whose board this is: the candidate page leads back to it. */
  roleId: number;
  /** Where this card may go; none makes it a plain, undraggable card. */
  choices: MoveOption[];
  onChoose: (option: MoveOption) => void;
};

const daysLabel = (days: number) => (days === 0 ? "Today" : `${days} ${days === 1 ? "day" : "days"}`);

/**
 * One application on the board. The whole card drags with a mouse or a finger (after a short
 * press, so a swipe still scrolls); by keyboard the grip picks it up. "Move to…" does the same
 * from a menu.
 */
export function BoardCard({ card, roleId, choices, onChoose }: Props) {
  const movable = choices.length > 0;
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({ id: card.id, data: { card }, disabled: !movable });
  return (
    <li
      ref={setNodeRef}
      {...(movable ? listeners : {})}
      className={cn(
        "group relative rounded-lg border border-line bg-surface py-1.5 pr-1 pl-3 shadow-sm",
        movable && "cursor-grab touch-manipulation",
        isDragging && "opacity-40",
      )}
    >
      {movable ? (
        // The keyboard's way to pick the card up; a mouse or finger drags the whole card, so it shows on hover or focus.
        <button
          ref={setActivatorNodeRef}
          {...attributes}
          type="button"
          id={cardControlId(card.id, "handle")}
          aria-label={`Drag ${card.name}`}
          className="absolute top-1.5 bottom-1.5 left-0.5 grid w-2.5 cursor-grab place-items-center rounded text-subtle opacity-0 group-hover:opacity-100 hover:text-fg focus-visible:opacity-100"
        >
          {/* A glyph, not an SVG of six dots: a board has up to 64 cards, and every element counts. */}
          <span aria-hidden="true" className="text-xs leading-none">
            ⠿
          </span>
        </button>
      ) : null}
      <div className="flex items-start gap-1">
        <Link
          href={`/candidates/${card.candidateId}?role=${roleId}`}
          prefetch={false}
          draggable={false}
          className="line-clamp-2 min-w-0 flex-1 pt-1 text-sm leading-5 font-medium break-words text-fg hover:text-accent-text hover:underline"
        >
          {card.name}
        </Link>
        {movable ? (
          // Presses on the menu (portalled, but still this card's child in React) must not start a drag.
          <span onMouseDown={(e) => e.stopPropagation()} onTouchStart={(e) => e.stopPropagation()}>
            <MoveMenu name={card.name} choices={choices} onChoose={onChoose} buttonId={cardControlId(card.id, "menu")} />
          </span>
        ) : null}
      </div>
      {card.currentTitle ? <p className="truncate pr-1 text-xs text-muted">{card.currentTitle}</p> : null}
      <p className="mt-1 flex items-center justify-between gap-2 pr-1 text-xs text-muted">
        <span className="whitespace-nowrap">
          {daysLabel(card.days)}
          <span className="sr-only"> in stage</span>
        </span>
        {card.ownerName ? <span className="truncate">{card.ownerName}</span> : null}
      </p>
    </li>
  );
}

/** The card as it follows the pointer while dragged (no controls: it is a picture of the card). */
export function CardPreview({ card }: { card: PipelineCard }) {
  return (
    <div className="w-44 cursor-grabbing rounded-lg border border-accent bg-surface p-2 shadow-lg ring-2 ring-accent/30">
      <p className="truncate text-sm font-medium text-fg">{card.name}</p>
      {card.currentTitle ? <p className="truncate pr-1 text-xs text-muted">{card.currentTitle}</p> : null}
    </div>
  );
}
