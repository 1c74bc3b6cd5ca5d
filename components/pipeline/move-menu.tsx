"use client";

import { useId, useRef, type MouseEvent, type TouchEvent } from "react";
import { DeferredMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuLabel } from "@/components/ui/dropdown-menu";
import { cn } from "@/components/ui/cn";
import { stageLabels } from "@/lib/pipeline/stages";
import styles from "./move-menu.module.css";
import type { MoveOption } from "./types";

type Props = {
  name: string;
  choices: MoveOption[];
  /** A disabled choice stays in the menu (focusable, its reason shown) and choosing it says why. */
  onChoose: (option: MoveOption) => void;
  buttonId: string;
};

// The menu sits on a draggable card and its content is still the card's child in React (portalled):
// a press on either must not start a drag.
const keepFromDrag = { onMouseDown: (e: MouseEvent) => e.stopPropagation(), onTouchStart: (e: TouchEvent) => e.stopPropagation() };

/**
 * "Move to…" for one card, on Radix's menu: arrows and type-ahead move, Enter chooses, Escape or
 * a click outside closes and focus returns to the button. After a move the board places focus on
 * the card in its new column instead, so closing must not pull it back here. The menu is built on
 * first use: a board renders up to 48 cards.
 */
export function MoveMenu({ name, choices, onChoose, buttonId }: Props) {
  const id = useId();
  const chose = useRef(false);
  const label = `Move ${name} to`;
  return (
    <DeferredMenu
      modal={false}
      onOpenChange={(next) => {
        if (next) chose.current = false;
      }}
      trigger={<button type="button" id={buttonId} aria-label={label} className={styles.trigger} {...keepFromDrag} />}
    >
      <DropdownMenuContent
        aria-label={label}
        align="end"
        className="w-56"
        {...keepFromDrag}
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
    </DeferredMenu>
  );
}
