"use client";

import { cn } from "./cn";
import { control } from "./field";

type Props = {
  /** The URL parameter it fills when the form is sent without JavaScript. */
  name: string;
  value: string;
  onChange: (value: string) => void;
  placeholder: string;
  /** The label's box: its width in the filter row. */
  className?: string;
};

/** A list's search box, labelled "Search": the one `/` focuses (components/ui/keyboard-shortcuts.tsx). */
export function SearchField({ name, value, onChange, placeholder, className }: Props) {
  return (
    <label className={cn("text-sm", className)}>
      <span className="mb-1 block font-medium text-fg">Search</span>
      <input
        type="search"
        name={name}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        placeholder={placeholder}
        autoComplete="off"
        data-shortcut="search"
        className={cn(control, "h-9")}
      />
    </label>
  );
}
