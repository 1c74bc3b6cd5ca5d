"use client";

import Link from "next/link";
import { useRef, type ReactNode } from "react";

type Props = {
  /** The form's accessible name ("Filter roles"). */
  label: string;
  /** Enter in a text box: applies what is typed at once (useTypedFilters' submit); without it the form just does nothing more. */
  onSubmit?: () => void;
  /** The page without filters, shown while some apply ("Clear filters"); `onClear` resets what the URL does not (a picker's text). */
  clear: { href: string; shown: boolean; onClear?: () => void; label?: string };
  /** What the no-script button says. */
  applyLabel?: string;
  children: ReactNode;
};

/**
 * A list's filter row: its fields apply as they change and live in the URL; without JavaScript it
 * is a plain GET form with its own button. The one layout every list's filters share.
 */
export function FilterForm({ label, onSubmit, clear, applyLabel = "Apply filters", children }: Props) {
  const form = useRef<HTMLFormElement>(null);
  return (
    <form
      ref={form}
      method="get"
      className="mb-4 flex flex-wrap items-end gap-3"
      aria-label={label}
      onSubmit={
        onSubmit
          ? (e) => {
              e.preventDefault();
              onSubmit();
            }
          : undefined
      }
    >
      {children}
      <noscript>
        <button type="submit" className="h-9 rounded-md border border-line-strong px-3 text-sm">
          {applyLabel}
        </button>
      </noscript>
      {clear.shown ? (
        <Link
          href={clear.href}
          className="flex h-9 items-center text-sm text-accent-text underline underline-offset-2"
          onClick={() => {
            clear.onClear?.();
            // The link goes with the filters: focus goes to the row's first field rather than nowhere.
            form.current?.querySelector<HTMLElement>("input[type=search], select")?.focus();
          }}
        >
          {clear.label ?? "Clear filters"}
        </Link>
      ) : null}
    </form>
  );
}
