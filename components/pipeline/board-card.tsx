"use client";

import { MoveMenuButton, MoveMenuList } from "./move-menu";
import type { MoveOption, PipelineCard } from "./types";

type Props = {
  card: PipelineCard;
  /** Where this card may go; none makes it a plain, undraggable card. */
  choices: MoveOption[];
  menuOpen: boolean;
  onToggleMenu: () => void;
  onCloseMenu: () => void;
  onChoose: (option: MoveOption) => void;
  onDragStart: () => void;
  onDragEnd: () => void;
};

/** One application on the board: drag it to a column, or use its "Move to…" menu. */
export function BoardCard({ card, choices, menuOpen, onToggleMenu, onCloseMenu, onChoose, onDragStart, onDragEnd }: Props) {
  const label = `Move ${card.name} to`;
  const focusButton = () => document.querySelector<HTMLElement>(`[data-card="${card.id}"] > button`)?.focus();
  return (
    <li
      draggable={choices.length > 0}
      onDragStart={(e) => {
        e.dataTransfer.setData("text/plain", String(card.id));
        e.dataTransfer.effectAllowed = "move";
        onDragStart();
      }}
      onDragEnd={onDragEnd}
      data-card={card.id}
      className="board-card"
    >
      <a href={`/candidates/${card.candidateId}`} draggable={false}>
        {card.name}
      </a>
      {choices.length ? <MoveMenuButton label={label} open={menuOpen} onToggle={onToggleMenu} /> : null}
      {menuOpen ? (
        <MoveMenuList
          label={label}
          choices={choices}
          onChoose={(option) => {
            onChoose(option);
            // A move that cannot be made leaves the card here: keep focus on it while the board says why.
            if (option.disabled) focusButton();
          }}
          onClose={(refocus) => {
            onCloseMenu();
            if (refocus) focusButton();
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
}
