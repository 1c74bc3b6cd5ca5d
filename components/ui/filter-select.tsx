"use client";

import { cn } from "./cn";
import { control } from "./field";

export type FilterChoice = { value: string; label: string };

/** A list filter: a labelled select whose first option is "all"; it reports each change at once. */
export function FilterSelect({
  label,
  name,
  value,
  all,
  choices,
  onChange,
}: {
  label: string;
  name: string;
  value?: string | number;
  all: string;
  choices: FilterChoice[];
  onChange: (value: string) => void;
}) {
  return (
    <div className="text-sm">
      {/* Not wrapping the select: a wrapping label would take its options' text into the name. */}
      <label htmlFor={`filter-${name}`} className="mb-1 block font-medium text-fg">
        {label}
      </label>
      <select
        id={`filter-${name}`}
        key={value ?? ""}
        name={name}
        defaultValue={value ?? ""}
        onChange={(e) => onChange(e.target.value)}
        className={cn(control, "h-9 w-auto py-0 pr-8")}
      >
        <option value="">{all}</option>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
}
