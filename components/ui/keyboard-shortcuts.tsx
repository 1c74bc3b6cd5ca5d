"use client";

import { useEffect, useRef, useState } from "react";
import { Dialog, DialogContent } from "./dialog";

const SEARCH = '[data-shortcut="search"]';
// A board card's controls (components/pipeline/board-card.tsx: cardControlId).
const MOVE_MENU = '[id^="card-"][id$="-menu"]';
const DRAG_HANDLE = '[id^="card-"][id$="-handle"]';
const has = (selector: string) => () => document.querySelector(selector) !== null;

/**
 * The shortcuts `?` lists: those that do something on this page, for this user (no board
 * shortcuts for someone who cannot move a card, no search where there is no search box). Pages
 * mark their search box with `data-shortcut="search"`.
 */
const SHORTCUTS: { keys: string[]; what: string; when?: () => boolean }[] = [
  { keys: ["/"], what: "Search on this page", when: has(SEARCH) },
  { keys: ["?"], what: "Show these shortcuts" },
  { keys: ["Tab"], what: "Move between links, buttons and fields (focus is always outlined)" },
  { keys: ["Enter"], what: "On a board card's “Move to…” button: open the move menu", when: has(MOVE_MENU) },
  { keys: ["↑", "↓"], what: "In a menu or list of matches: move through it" },
  { keys: ["Space"], what: "On a board card's drag handle: pick the card up; arrows move it between columns; Space again drops it", when: has(DRAG_HANDLE) },
  { keys: ["Esc"], what: "Close a menu or dialog; cancel a drag" },
  // sonner's own hotkey for its notices (components/ui/toaster.tsx): a notice's button is a Tab away.
  { keys: ["Alt", "T"], what: "Go to the latest notice; Tab reaches its button, if it has one" },
];

function typingIn(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName));
}

export function KeyboardShortcuts() {
  const [open, setOpen] = useState(false);
  const [shown, setShown] = useState(SHORTCUTS);
  // Opened by a key, not by a button: Radix would put focus back on a trigger there is none of, so
  // closing returns it to where it was (a card's button, a goal's toggle) by hand.
  const returnTo = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || typingIn(e.target)) return;
      if (e.key === "?") {
        e.preventDefault();
        returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
        setShown(SHORTCUTS.filter((s) => !s.when || s.when()));
        setOpen(true);
      } else if (e.key === "/") {
        const search = document.querySelector<HTMLElement>(SEARCH);
        if (search) {
          e.preventDefault();
          search.focus();
        }
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogContent
        title="Keyboard shortcuts"
        onCloseAutoFocus={(e) => {
          e.preventDefault();
          // This runs once the list has faded out: if a key or a click put focus somewhere in the
          // meantime ("/" pressed right after Escape), it stays there.
          const now = document.activeElement;
          if (!now || now === document.body) returnTo.current?.focus();
        }}
      >
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
          {shown.map((s) => (
            <div key={s.what} className="contents">
              <dt className="flex gap-1">
                {s.keys.map((k) => (
                  <kbd key={k} className="rounded border border-line-strong bg-surface-2 px-1.5 py-0.5 font-mono text-xs">
                    {k}
                  </kbd>
                ))}
              </dt>
              <dd className="text-muted">{s.what}</dd>
            </div>
          ))}
        </dl>
      </DialogContent>
    </Dialog>
  );
}
