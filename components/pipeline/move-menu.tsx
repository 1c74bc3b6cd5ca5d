"use client";

import { useId, useRef, useState } from "react";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuLabel, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { cn } from "@/components/ui/cn";
import { stageLabels } from "@/lib/pipeline/stages";
import type { MoveOption } from "./types";

type Props = {
  name: string;
  choices: MoveOption[];
  /** A disabled choice stays in the menu (focusable, its reason shown) and choosing it says why. */
  onChoose: (option: MoveOption) => void;
  buttonId: string;
};

/**
 * "Move to…" for one card, on Radix's menu: arrows and type-ahead move, Enter chooses, Escape or
 * a click outside closes and focus returns to the button. After a move the board places focus on
 * the card in its new column instead, so closing must not pull it back here.
 */
const buttonClass =
  "grid size-7 shrink-0 place-items-center rounded-md text-muted hover:bg-surface-2 hover:text-fg data-[state=open]:bg-surface-2 data-[state=open]:text-fg";
// A glyph rather than an SVG: one element per card instead of four.
const dots = (
  <span aria-hidden="true" className="text-base leading-none">
    ⋯
  </span>
);

/**
 * The card's "Move to…" button. The menu itself (Radix's, with its providers and layers) is built
 * only when the button is first used: a board renders up to 64 cards, and a menu per card made up
 * most of the board's rendering time on the server.
 */
export function MoveMenu(props: Props) {
  const [armed, setArmed] = useState(false);
  if (armed) return <ArmedMoveMenu {...props} />;
  return (
    <button
      type="button"
      id={props.buttonId}
      aria-label={`Move ${props.name} to`}
      aria-haspopup="menu"
      aria-expanded={false}
      className={buttonClass}
      onClick={() => setArmed(true)}
      onKeyDown={(e) => {
        if (e.key === "ArrowDown") {
          e.preventDefault();
          setArmed(true);
        }
      }}
    >
      {dots}
    </button>
  );
}

function ArmedMoveMenu({ name, choices, onChoose, buttonId }: Props) {
  const id = useId();
  const chose = useRef(false);
  const [open, setOpen] = useState(true);
  const label = `Move ${name} to`;
  return (
    <DropdownMenu
      modal={false}
      open={open}
      onOpenChange={(next) => {
        if (next) chose.current = false;
        setOpen(next);
      }}
    >
      <DropdownMenuTrigger id={buttonId} aria-label={label} className={buttonClass}>
        {dots}
      </DropdownMenuTrigger>
      <DropdownMenuContent
        aria-label={label}
        align="end"
        className="w-56"
        onCloseAutoFocus={(e) => {
          if (chose.current) e.preventDefault();
        }}
      >
        <DropdownMenuLabel>Move to…</DropdownMenuLabel>
        {choices.map((o) => (
          <DropdownMenuItem
            key={o.to}
            textValue={stageLabels[o.to]}
            aria-disabled={o.disabled ? true : undefined}
            aria-label={o.disabled ? stageLabels[o.to] : undefined}
            aria-describedby={o.disabled ? `${id}-${o.to}` : undefined}
            onSelect={() => {
              chose.current = true;
              onChoose(o);
            }}
            className={cn("flex-col items-start gap-0", o.disabled && "text-subtle data-[highlighted]:bg-surface-2 data-[highlighted]:text-muted")}
          >
            {stageLabels[o.to]}
            {o.disabled ? (
              <span id={`${id}-${o.to}`} className="text-xs">
                {o.disabled}
              </span>
            ) : null}
          </DropdownMenuItem>
        ))}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
