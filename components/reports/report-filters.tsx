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
  const apply = (name: keyof Values, value: string | number | undefined) => replaceUrl({ ...values, [name]: value || undefined });
  return (
    <form method="get" className="mb-5 flex flex-wrap items-end gap-3" aria-label="Filter the report">
      {(["from", "to"] as const).map((name) => (
        <div key={name} className="text-sm">
          <label htmlFor={`report-${name}`} className="mb-1 block font-medium text-fg">
            {name === "from" ? "From" : "To"}
          </label>
          <input
            id={`report-${name}`}
            type="date"
            name={name}
            key={values[name]}
            defaultValue={values[name]}
            onChange={(e) => e.target.value && apply(name, e.target.value)}
            className={cn(control, "h-9 w-auto py-0")}
          />
        </div>
      ))}
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
