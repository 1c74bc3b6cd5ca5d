"use client";

import { useEffect, useId, useRef } from "react";
import { stageLabels } from "@/lib/pipeline/stages";
import type { MoveOption } from "./types";

/**
 * "Move to…" for one card: a keyboard-operable menu (Enter/Space opens, arrows move, Escape
 * closes). Which card's menu is open is the board's state, so a card costs one button until used.
 */
export function MoveMenuButton({ label, open, onToggle }: { label: string; open: boolean; onToggle: () => void }) {
  return (
    <button type="button" aria-haspopup="menu" aria-expanded={open} aria-label={label} onClick={onToggle}>
      Move to…
    </button>
  );
}

export function MoveMenuList({
  label,
  choices,
  onChoose,
  onClose,
}: {
  label: string;
  choices: MoveOption[];
  /** A disabled choice stays in the menu (focusable, with its reason) and choosing it says why. */
  onChoose: (option: MoveOption) => void;
  onClose: (refocus: boolean) => void;
}) {
  const menu = useRef<HTMLUListElement>(null);
  const id = useId();
  useEffect(() => {
    menu.current?.querySelector<HTMLButtonElement>("[role=menuitem]")?.focus();
  }, []);

  const onKeyDown = (e: React.KeyboardEvent) => {
    const items = [...(menu.current?.querySelectorAll<HTMLButtonElement>("[role=menuitem]") ?? [])];
    const i = items.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === "ArrowDown") items[(i + 1) % items.length]?.focus();
    else if (e.key === "ArrowUp") items[(i - 1 + items.length) % items.length]?.focus();
    else if (e.key === "Home") items[0]?.focus();
    else if (e.key === "End") items[items.length - 1]?.focus();
    else if (e.key === "Escape") onClose(true);
    else if (e.key === "Tab") {
      // Let focus move on naturally: close, and back to the card's button so Tab continues from there.
      onClose(true);
      return;
    } else return;
    e.preventDefault();
  };

  return (
    <ul ref={menu} role="menu" aria-label={label} onKeyDown={onKeyDown} className="absolute z-20 w-44 rounded-md border border-slate-200 bg-white py-1 shadow-lg">
      {choices.map((o) => (
        <li key={o.to} role="none">
          <button
            type="button"
            role="menuitem"
            aria-disabled={o.disabled ? true : undefined}
            aria-label={o.disabled ? stageLabels[o.to] : undefined}
            aria-describedby={o.disabled ? `${id}-${o.to}` : undefined}
            onClick={() => onChoose(o)}
            className={`block w-full px-3 py-1.5 text-left text-sm hover:bg-brand-50 focus:bg-brand-50 focus:outline-none ${o.disabled ? "text-slate-400" : "text-slate-700"}`}
          >
            {stageLabels[o.to]}
            {o.disabled ? (
              <span id={`${id}-${o.to}`} className="block text-xs">
                {o.disabled}
              </span>
            ) : null}
          </button>
        </li>
      ))}
    </ul>
  );
}
