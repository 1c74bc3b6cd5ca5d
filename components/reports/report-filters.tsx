"use client";

import Link from "next/link";
import { useState } from "react";
import { Combobox, type LookupChoice } from "@/components/ui/combobox";
import { cn } from "@/components/ui/cn";
import { control } from "@/components/ui/field";
import { FilterSelect, type FilterChoice } from "@/components/ui/filter-select";
import { useUrlFilters } from "@/components/ui/use-url-filters";

type Values = { from: string; to: string; client?: number; type?: string; recruiter?: number };
type Props = {
  values: Values;
  client: LookupChoice | null;
  types: FilterChoice[];
  recruiters: FilterChoice[];
  /** Whether anything differs from the default (the last 90 days, everything). */
  filtered: boolean;
};

/** The filters every report takes; they apply as they change and live in the URL (a GET form without JavaScript). */
export function ReportFilters({ values, client: chosen, types, recruiters, filtered }: Props) {
  const { apply: replaceUrl, pathname } = useUrlFilters();
  const [client, setClient] = useState(chosen);
  // A range given backwards is not applied (the server would put it in order): the field says why.
  const [rangeError, setRangeError] = useState<{ name: "from" | "to"; message: string } | null>(null);
  const apply = (name: keyof Values, value: string | number | undefined) => replaceUrl({ ...values, [name]: value || undefined });
  // Judged on both fields as shown (one may still hold a refused day), and applied together.
  const applyDay = (name: "from" | "to", input: HTMLInputElement) => {
    if (!input.value) return;
    const shown = (field: "from" | "to") => (input.form?.elements.namedItem(field) as HTMLInputElement | null)?.value || values[field];
    const range = { from: shown("from"), to: shown("to") };
    if (range.from > range.to) {
      setRangeError({ name, message: name === "from" ? "From must be on or before To" : "To must be on or after From" });
      return;
    }
    setRangeError(null);
    replaceUrl({ ...values, ...range });
  };
  return (
    <form method="get" className="mb-5 flex flex-wrap items-end gap-3" aria-label="Filter the report">
      {(["from", "to"] as const).map((name) => {
        const error = rangeError?.name === name ? rangeError.message : null;
        return (
          <div key={name} className="relative text-sm">
            <label htmlFor={`report-${name}`} className="mb-1 block font-medium text-fg">
              {name === "from" ? "From" : "To"}
            </label>
            <input
              id={`report-${name}`}
              type="date"
              name={name}
              key={values[name]}
              defaultValue={values[name]}
              // The picker offers only days that keep the range in order.
              max={name === "from" ? values.to : undefined}
              min={name === "to" ? values.from : undefined}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `report-${name}-error` : undefined}
              onChange={(e) => applyDay(name, e.currentTarget)}
              className={cn(control, "h-9 w-auto py-0")}
            />
            {error ? (
              <p id={`report-${name}-error`} role="alert" className="absolute mt-1 text-xs whitespace-nowrap text-danger">
                {error}
              </p>
            ) : null}
          </div>
        );
      })}
      <Combobox
        label="Client"
        name="client"
        endpoint="/api/clients/lookup"
        chosen={client}
        placeholder="All clients"
        className="w-60"
        onChoose={(choice) => {
          setClient(choice);
          apply("client", choice?.id);
        }}
      />
      <FilterSelect label="Role type" name="type" value={values.type} all="All role types" choices={types} onChange={(v) => apply("type", v)} />
      <FilterSelect
        label="Recruiter"
        name="recruiter"
        value={values.recruiter}
        all="Every recruiter"
        choices={recruiters}
        onChange={(v) => apply("recruiter", v)}
      />
      <noscript>
        <button type="submit" className="h-9 rounded-md border border-line-strong px-3 text-sm">
          Apply filters
        </button>
      </noscript>
      {filtered ? (
        <Link href={pathname} className="flex h-9 items-center text-sm text-accent-text underline underline-offset-2" onClick={() => setClient(null)}>
          Reset to the last 90 days
        </Link>
      ) : null}
    </form>
  );
}
