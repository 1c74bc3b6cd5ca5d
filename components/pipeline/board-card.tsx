"use client";

import { useDraggable } from "@dnd-kit/core";
import Link from "next/link";
import clsx from "clsx";
import { compactProgress, describeAll } from "@/lib/evaluation/progress";
import styles from "./board-card.module.css";
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

const daysLabel = (days: number) => (days === 0 ? "Today" : `${days}\u00a0${days === 1 ? "day" : "days"}`);

/**
 * One application on the board. The whole card drags with a mouse or a finger (after a short
 * press, so a swipe still scrolls); by keyboard the grip picks it up. "Move to…" does the same
 * from a menu.
 */
export function BoardCard({ card, roleId, choices, onChoose }: Props) {
  const movable = choices.length > 0;
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({ id: card.id, data: { card }, disabled: !movable });
  return (
    <li ref={setNodeRef} {...(movable ? listeners : {})} className={clsx(styles.card, movable && styles.movable, isDragging && styles.dragging)}>
      {movable ? (
        // The keyboard's way to pick the card up; a mouse or finger drags the whole card, so it shows on hover or focus.
        <button
          ref={setActivatorNodeRef}
          {...attributes}
          type="button"
          id={cardControlId(card.id, "handle")}
          aria-label={`Drag ${card.name}`}
          className={styles.handle}
        />
      ) : null}
      <Link href={`/candidates/${card.candidateId}?role=${roleId}`} prefetch={false} draggable={false} className={styles.name}>
        {card.name}
      </Link>
      {movable ? <MoveMenu name={card.name} choices={choices} onChoose={onChoose} buttonId={cardControlId(card.id, "menu")} /> : null}
      {/* Cut short to fit the column: the whole text shows on hover. */}
      {card.currentTitle ? (
        <p className={styles.line} title={card.currentTitle}>
          {card.currentTitle}
        </p>
      ) : null}
      <p className={styles.meta}>
        {/* The loop's "· 3/5 ⚑ 2" is drawn by CSS from data-loop, so a card gains no element; the words are in the sr-only text. */}
        <span data-loop={card.progress ? compactProgress(card.progress) : undefined}>
          {daysLabel(card.days)}
          <span className="sr-only">{card.progress ? ` in stage; ${describeAll(card.progress)}` : " in stage"}</span>
        </span>
        {card.ownerName ? (
          <span className={styles.owner} title={`Owner: ${card.ownerName}`}>
            {card.ownerName}
          </span>
        ) : null}
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
