"use client";

import { useEffect, useRef, useState } from "react";
import type { Stage } from "@/db/schema";

/** "Move to…": a keyboard-operable menu (Enter/Space opens, arrows move, Escape closes). */
export function MoveMenu({ label, choices, stageLabels, onChoose }: { label: string; choices: Stage[]; stageLabels: Record<Stage, string>; onChoose: (to: Stage) => void }) {
  const [open, setOpen] = useState(false);
  const menu = useRef<HTMLUListElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (open) menu.current?.querySelector<HTMLButtonElement>("[role=menuitem]")?.focus();
  }, [open]);

  if (choices.length === 0) return null;

  const onKeyDown = (e: React.KeyboardEvent) => {
    const items = [...(menu.current?.querySelectorAll<HTMLButtonElement>("[role=menuitem]") ?? [])];
    const i = items.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === "ArrowDown") items[(i + 1) % items.length]?.focus();
    else if (e.key === "ArrowUp") items[(i - 1 + items.length) % items.length]?.focus();
    else if (e.key === "Home") items[0]?.focus();
    else if (e.key === "End") items[items.length - 1]?.focus();
    else if (e.key === "Escape" || e.key === "Tab") {
      setOpen(false);
      if (e.key === "Escape") button.current?.focus();
    } else return;
    e.preventDefault();
  };

  return (
    <div className="relative">
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-label={label}
        onClick={() => setOpen((o) => !o)}
        className="move"
      >
        Move to…
      </button>
      {open ? (
        <ul ref={menu} role="menu" aria-label={label} onKeyDown={onKeyDown} className="absolute right-0 z-20 mt-1 w-44 rounded-md border border-slate-200 bg-white py-1 shadow-lg">
          {choices.map((s) => (
            <li key={s} role="none">
              <button
                type="button"
                role="menuitem"
                onClick={() => {
                  setOpen(false);
                  onChoose(s);
                }}
                className="block w-full px-3 py-1.5 text-left text-sm text-slate-700 hover:bg-brand-50 focus:bg-brand-50 focus:outline-none"
              >
                {stageLabels[s]}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
