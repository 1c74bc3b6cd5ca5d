"use client";

import { useDroppable } from "@dnd-kit/core";
import Link from "next/link";
import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import type { Stage } from "@/lib/domain";
import { stageLabels } from "@/lib/pipeline/stages";
import type { DropCheck } from "./drag";

type Props = {
  stage: Stage;
  /** The role page's path: "Show all" and the exit columns' toggles are links on it. */
  base: string;
  /** Exit columns (Rejected, Withdrawn) fold to a narrow strip until opened. */
  exit: boolean;
  collapsed: boolean;
  count: number;
  /** More cards than shown: link to the column in full. */
  more: boolean;
  /** Shown in full (?expand=…): offer to show fewer. */
  expanded: boolean;
  /** While a card is dragged: what a drop here would do. */
  drop: DropCheck | null;
  children: ReactNode;
};

/** A column's count: the number for the eye, "3 candidates" for a screen reader. */
function CountBadge({ count }: { count: number }) {
  return (
    <span className="rounded-full bg-surface px-1.5 text-xs font-medium text-muted tabular-nums">
      <span aria-hidden="true">{count}</span>
      <span className="sr-only">{`${count} ${count === 1 ? "candidate" : "candidates"}`}</span>
    </span>
  );
}

/** One stage of the board: a heading with its count, its cards, and the drop target for a dragged card. */
export function BoardColumn({ stage, base, exit, collapsed, count, more, expanded, drop, children }: Props) {
  const { setNodeRef, isOver } = useDroppable({ id: stage });
  const label = stageLabels[stage];
  const allowed = drop?.kind === "move";
  const refused = drop?.kind === "refused";
  const tone = cn(
    "rounded-lg border transition-colors",
    !drop && "border-line bg-surface-2",
    drop?.kind === "same" && "border-line bg-surface-2",
    allowed && (isOver ? "border-accent bg-accent-soft ring-2 ring-accent/40" : "border-dashed border-accent/70 bg-surface-2"),
    refused && (isOver ? "border-danger bg-danger-soft" : "border-line bg-surface-2 opacity-60"),
  );
  const toggle = (
    <Link
      href={collapsed ? `${base}?expand=${stage}` : base}
      prefetch={false}
      scroll={false}
      aria-expanded={!collapsed}
      className="rounded hover:text-fg hover:underline"
    >
      {label}
    </Link>
  );

  if (collapsed) {
    return (
      <section
        ref={setNodeRef}
        id={`column-${stage}`}
        tabIndex={-1}
        aria-label={`${label} column`}
        className={cn(tone, "relative flex w-11 shrink-0 flex-col items-center gap-2 py-2")}
      >
        <CountBadge count={count} />
        <h2 className="text-[13px] font-semibold text-fg [writing-mode:vertical-rl]">{toggle}</h2>
        {isOver && refused ? <span className="sr-only">{drop.reason}</span> : null}
      </section>
    );
  }

  return (
    <section
      ref={setNodeRef}
      id={`column-${stage}`}
      tabIndex={-1}
      aria-label={`${label} column`}
      className={cn(tone, "relative flex w-64 shrink-0 flex-col lg:w-auto lg:min-w-36 lg:flex-1 lg:basis-0")}
    >
      <header className="flex items-start justify-between gap-2 px-2.5 pt-2 pb-1.5">
        <h2 className="text-[13px] leading-5 font-semibold text-fg">{exit ? toggle : label}</h2>
        <CountBadge count={count} />
      </header>
      <ol className="flex min-h-24 flex-1 flex-col gap-1.5 px-1.5 pb-1.5">
        {children}
        {more ? (
          <li>
            <Link
              href={`${base}?expand=${stage}`}
              prefetch={false}
              scroll={false}
              className="block rounded px-2 py-1 text-center text-xs font-medium text-accent-text hover:bg-surface"
            >
              {`Show all ${count}`}
            </Link>
          </li>
        ) : null}
        {expanded && !exit ? (
          <li>
            <Link
              href={base}
              prefetch={false}
              scroll={false}
              className="block rounded px-2 py-1 text-center text-xs font-medium text-accent-text hover:bg-surface"
            >
              Show fewer
            </Link>
          </li>
        ) : null}
      </ol>
      {isOver && refused ? (
        <p className="absolute inset-x-1.5 bottom-1.5 rounded-md border border-danger/40 bg-surface p-2 text-xs text-danger shadow-sm">{drop.reason}</p>
      ) : null}
    </section>
  );
}
