"use client";

import { Command } from "cmdk";
import { useLayoutEffect, useRef, useState } from "react";
import { cn } from "./cn";
import { useLookup, type LookupChoice } from "./use-lookup";

export type { LookupChoice } from "./use-lookup";

type Props = {
  label: string;
  /** GET endpoint answering `?q=` with `{ results: LookupChoice[] }`. */
  endpoint: string;
  /** Called with the chosen match, or null when the field is cleared. */
  onChoose: (choice: LookupChoice | null) => void;
  /** The current choice, shown in the field when it is not being typed in. */
  chosen?: LookupChoice | null;
  /** A form field carrying the chosen id ("" when nothing is chosen). */
  name?: string;
  placeholder?: string;
  /** Fewest characters before matches load (0: matches show on focus). */
  minLength?: number;
  /** Clear the text after a choice (for "add this one" pickers) instead of showing the choice. */
  clearOnChoose?: boolean;
  className?: string;
  inputClassName?: string;
  disabled?: boolean;
  /** Marks the field for a keyboard shortcut (`search`: the `/` key focuses it). */
  shortcut?: string;
  /** A refusal of the choice, shown under the field (a form's picker). */
  error?: string;
};

/**
 * The one type-ahead picker for lists too long for a <select> (clients, candidates): matches load
 * from the server as you type. Arrows move, Enter takes the highlighted match (the first by
 * default), Escape closes; clearing the text clears the choice.
 */
export function Combobox({
  label,
  endpoint,
  onChoose,
  chosen = null,
  name,
  placeholder,
  minLength = 0,
  clearOnChoose = false,
  className,
  inputClassName,
  disabled,
  shortcut,
  error,
}: Props) {
  const [text, setText] = useState(chosen?.name ?? "");
  const [open, setOpen] = useState(false);
  // The choice may change from outside (a "Clear filters" link, Back): the field then shows it.
  const [shownChoice, setShownChoice] = useState(chosen?.name ?? "");
  if (!clearOnChoose && (chosen?.name ?? "") !== shownChoice) {
    setShownChoice(chosen?.name ?? "");
    setText(chosen?.name ?? "");
  }
  const input = useRef<HTMLInputElement>(null);
  const errorId = `${name ?? label.replace(/\W+/g, "-").toLowerCase()}-picker-error`;
  const query = text === chosen?.name ? "" : text.trim();
  const { results, loading } = useLookup(endpoint, open && query.length >= minLength ? query : null);
  const showList = open && (results !== null || loading);
  // The highlighted match, kept here rather than by cmdk: when the matches are replaced (a new
  // answer as you type), cmdk can keep pointing at one that is gone, and Enter then chooses nothing.
  // A highlight that is no longer listed falls back to the first match that can be chosen.
  const [highlighted, setHighlighted] = useState("");
  const listed = results?.filter((r) => !r.disabled).map((r) => String(r.id)) ?? [];
  const current = listed.includes(highlighted) ? highlighted : (listed[0] ?? "");
  // cmdk's input always says aria-expanded="true" (it was made for palettes that are always open)
  // and its own value wins over a prop: a screen reader would hear "expanded" over an empty field.
  // React sets that attribute once, so it is kept in step with the list here.
  useLayoutEffect(() => {
    input.current?.setAttribute("aria-expanded", String(showList));
  }, [showList]);

  const choose = (choice: LookupChoice | null) => {
    setText(clearOnChoose ? "" : (choice?.name ?? ""));
    setOpen(false);
    onChoose(choice);
  };

  return (
    <Command
      label={label}
      shouldFilter={false}
      value={current}
      onValueChange={setHighlighted}
      className={cn("relative text-sm", className)}
      onKeyDown={(e) => {
        if (e.key === "Escape" && open) {
          e.preventDefault();
          setOpen(false);
          setText(clearOnChoose ? "" : (chosen?.name ?? ""));
        }
      }}
    >
      {/* The accessible name comes from cmdk's own (visually hidden) label; this one is for the eye. */}
      <span aria-hidden="true" className="mb-1 block font-medium text-fg" onClick={() => input.current?.focus()}>
        {label}
      </span>
      {name ? <input type="hidden" name={name} value={chosen?.id ?? ""} /> : null}
      <Command.Input
        ref={input}
        value={text}
        disabled={disabled}
        data-shortcut={shortcut}
        placeholder={placeholder}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onValueChange={(value) => {
          setText(value);
          setOpen(true);
          if (!value.trim() && chosen) onChoose(null);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => {
          setOpen(false);
          setText(clearOnChoose ? "" : (chosen?.name ?? ""));
        }}
        className={cn(
          "block h-9 w-full rounded-md border border-line-strong bg-surface px-2.5 text-fg shadow-sm placeholder:text-subtle focus:border-accent aria-[invalid=true]:border-danger",
          inputClassName,
        )}
      />
      {error ? (
        <p id={errorId} className="mt-1 text-xs text-danger">
          {error}
        </p>
      ) : null}
      {/* After the error, so the open list never covers it. */}
      <Command.List
        label={`${label} matches`}
        hidden={!showList}
        className="absolute z-30 mt-1 max-h-72 w-full min-w-64 overflow-y-auto rounded-lg border border-line bg-surface p-1 text-fg shadow-lg"
      >
        {loading && !results?.length ? <Command.Loading>Searching…</Command.Loading> : null}
        {results && !loading ? <Command.Empty className="px-2.5 py-1.5 text-muted">No matches</Command.Empty> : null}
        {results?.map((r) => (
          <Command.Item
            key={r.id}
            value={String(r.id)}
            disabled={!!r.disabled}
            onSelect={() => choose(r)}
            // Choosing with the mouse must land before the input's blur closes the list.
            onMouseDown={(e) => e.preventDefault()}
            className="cursor-pointer rounded-md px-2.5 py-1.5 data-[disabled=true]:cursor-default data-[selected=true]:bg-accent-soft data-[selected=true]:text-accent-text"
          >
            <span className={cn("block", r.id === chosen?.id && "font-semibold", r.disabled && "text-muted")}>{r.name}</span>
            {r.disabled || r.detail ? <span className="block text-xs text-muted">{r.disabled ?? r.detail}</span> : null}
          </Command.Item>
        ))}
      </Command.List>
    </Command>
  );
}
