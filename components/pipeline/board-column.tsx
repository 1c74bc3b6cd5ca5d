"use client";

import type { ReactNode } from "react";
import type { Stage } from "@/lib/domain";
import { stageLabels } from "@/lib/pipeline/stages";
import type { MoveOption } from "./types";

type Props = {
  stage: Stage;
  /** Exit columns (Rejected, Withdrawn) fold away until expanded. */
  exit: boolean;
  collapsed: boolean;
  count: number;
  /** More cards than shown: link to the column in full. */
  more: boolean;
  /** While a card is dragged: the move a drop here would make, if any. */
  drop: MoveOption | undefined;
  onDrop: () => void;
  children: ReactNode;
};

/** One stage of the board: its header and count, its cards, and the drop target for a dragged card. */
export function BoardColumn({ stage, exit, collapsed, count, more, drop, onDrop, children }: Props) {
  // A move that cannot be made yet still takes the drop, so the board can say why; it is not highlighted.
  const highlight = !!drop && !drop.disabled;
  return (
    <section
      aria-label={`${stageLabels[stage]} column`}
      data-stage={stage}
      onDragOver={(e) => {
        if (drop) e.preventDefault();
      }}
      onDrop={(e) => {
        e.preventDefault();
        onDrop();
      }}
      className={`board-col${collapsed ? " collapsed" : ""}${highlight ? " drop" : ""}`}
    >
      <header>
        {exit ? (
          <a href={collapsed ? `?expand=${stage}` : "?"} aria-expanded={!collapsed} data-keep-scroll>
            {`${collapsed ? "▸" : "▾"} ${stageLabels[stage]}`}
          </a>
        ) : (
          <h3>{stageLabels[stage]}</h3>
        )}
        <span aria-label={`${count} candidates`}>{count}</span>
      </header>
      {collapsed ? null : (
        <ol>
          {children}
          {more ? (
            <li>
              <a href={`?expand=${stage}`} className="show-all" data-keep-scroll>
                {`Show all ${count}`}
              </a>
            </li>
          ) : null}
        </ol>
      )}
    </section>
  );
}
