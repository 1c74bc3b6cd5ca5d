"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";

export type LookupChoice = { id: number; name: string };

type Props = {
  label: string;
  /** The form field that carries the chosen id ("" when nothing is chosen). */
  name: string;
  /** GET endpoint answering `?q=` with `{ results: LookupChoice[] }`. */
  endpoint: string;
  initial: LookupChoice | null;
  placeholder: string;
  className?: string;
};

/**
 * A type-ahead picker for lists too long for a <select> (an agency has hundreds of clients): the
 * page sends only the current choice, matches are fetched as you type. ARIA 1.2 combobox: arrows
 * move through the matches, Enter chooses (the first if none is highlighted), Escape closes;
 * clearing the text clears the choice, and leaving the field puts back the chosen name.
 */
export function LookupCombobox({ label, name, endpoint, initial, placeholder, className = "" }: Props) {
  const id = useId();
  const listId = `${id}-list`;
  const [chosen, setChosen] = useState<LookupChoice | null>(initial);
  const [text, setText] = useState(initial?.name ?? "");
  const [open, setOpen] = useState(false);
  const [matches, setMatches] = useState<LookupChoice[] | null>(null);
  const [active, setActive] = useState(-1);
  const query = useRef<string | null>(null);

  useEffect(() => {
    if (!open) return;
    const q = text === chosen?.name ? "" : text.trim();
    if (query.current === q && matches) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const res = await fetch(`${endpoint}?q=${encodeURIComponent(q)}`, { signal: controller.signal });
        if (!res.ok) return;
        query.current = q;
        setMatches(((await res.json()) as { results: LookupChoice[] }).results);
        setActive(-1);
      } catch {
        // aborted by the next keystroke
      }
    }, 120);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [open, text, chosen, endpoint, matches]);

  const choose = (choice: LookupChoice | null) => {
    setChosen(choice);
    setText(choice?.name ?? "");
    setOpen(false);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const count = matches?.length ?? 0;
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      setOpen(true);
      if (count) setActive((i) => (e.key === "ArrowDown" ? (i + 1) % count : (i - 1 + count) % count));
    } else if (e.key === "Enter" && open && matches?.length) {
      // Enter takes the highlighted match, or the first: the text alone never filters.
      e.preventDefault();
      choose(matches[Math.max(active, 0)]);
    } else if (e.key === "Escape" && open) {
      e.preventDefault();
      setOpen(false);
      setText(chosen?.name ?? "");
    }
  };

  const expanded = open && matches !== null;
  return (
    <div className={`relative text-sm ${className}`}>
      <label htmlFor={id} className="mb-1 block font-medium text-slate-700">
        {label}
      </label>
      <input type="hidden" name={name} value={chosen?.id ?? ""} />
      <input
        id={id}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${id}-${active}` : undefined}
        autoComplete="off"
        value={text}
        placeholder={placeholder}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          if (!e.target.value.trim()) setChosen(null);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => {
          setOpen(false);
          setText(chosen?.name ?? "");
        }}
        onKeyDown={onKeyDown}
        className="w-56 rounded-md border border-slate-300 bg-white px-2.5 py-1.5"
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={`${label} matches`}
        hidden={!expanded}
        className="absolute z-20 mt-1 max-h-72 w-72 overflow-y-auto rounded-md border border-slate-200 bg-white py-1 shadow-lg"
      >
        {matches?.map((m, i) => (
          <li
            key={m.id}
            id={`${id}-${i}`}
            role="option"
            aria-selected={i === active}
            // mousedown, not click: it lands before the input's blur closes the list.
            onMouseDown={(e) => {
              e.preventDefault();
              choose(m);
            }}
            className={`cursor-pointer px-3 py-1.5 ${i === active ? "bg-brand-50 text-brand-800" : "text-slate-800"} ${m.id === chosen?.id ? "font-semibold" : ""}`}
          >
            {m.name}
          </li>
        ))}
        {matches?.length === 0 ? (
          <li role="option" aria-selected={false} aria-disabled="true" className="px-3 py-1.5 text-slate-500">
            No matches
          </li>
        ) : null}
      </ul>
    </div>
  );
}
