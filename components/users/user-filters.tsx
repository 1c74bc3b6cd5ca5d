"use client";

import Link from "next/link";
import { FilterSelect, type FilterChoice } from "@/components/ui/filter-select";
import { SearchField } from "@/components/ui/search-field";
import { useTypedFilters } from "@/components/ui/use-typed-filters";

type Values = { q?: string; kind?: string; status?: string };

const statuses: FilterChoice[] = [
  { value: "active", label: "Active" },
  { value: "deactivated", label: "Deactivated" },
];

/**
 * The /settings/users filters: the search applies as you type, the selects at once; the URL keeps
 * only what is in use, so a filtered list is a link. Without JavaScript it is a plain GET form.
 */
export function UserFilters({ values, kinds }: { values: Values; kinds: FilterChoice[] }) {
  const { pathname, text, apply, type, submit, clear } = useTypedFilters(values, ["q"]);
  return (
    <form
      method="get"
      className="mb-4 flex flex-wrap items-end gap-3"
      aria-label="Filter users"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <SearchField name="q" value={text.q} onChange={(v) => type("q", v)} placeholder="Name, email or company" className="w-full sm:w-72" />
      <FilterSelect label="Kind" name="kind" value={values.kind} all="All kinds" choices={kinds} onChange={(v) => apply({ kind: v || undefined })} />
      <FilterSelect
        label="Status"
        name="status"
        value={values.status}
        all="Any status"
        choices={statuses}
        onChange={(v) => apply({ status: v || undefined })}
      />
      <noscript>
        <button type="submit" className="h-9 rounded-md border border-line-strong px-3 text-sm">
          Apply filters
        </button>
      </noscript>
      {values.q || values.kind || values.status ? (
        <Link href={pathname} className="flex h-9 items-center text-sm text-accent-text underline underline-offset-2" onClick={clear}>
          Clear filters
        </Link>
      ) : null}
    </form>
  );
}
