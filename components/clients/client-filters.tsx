"use client";

import { FilterForm } from "@/components/ui/filter-form";
import { SearchField } from "@/components/ui/search-field";
import { useTypedFilters } from "@/components/ui/use-typed-filters";

/** The /clients search: applies as you type, kept in the URL; without JavaScript a plain GET form. */
export function ClientFilters({ values }: { values: { q?: string } }) {
  const { pathname, text, type, submit, clear } = useTypedFilters(values, ["q"]);
  return (
    <FilterForm
      label="Search clients"
      onSubmit={submit}
      applyLabel="Search"
      clear={{ href: pathname, shown: !!values.q, onClear: clear, label: "Clear search" }}
    >
      <SearchField name="q" value={text.q} onChange={(v) => type("q", v)} placeholder="Company or website" className="w-full sm:w-72" />
    </FilterForm>
  );
}
