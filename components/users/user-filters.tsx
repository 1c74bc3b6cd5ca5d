"use client";

import { FilterForm } from "@/components/ui/filter-form";
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
    <FilterForm label="Filter users" onSubmit={submit} clear={{ href: pathname, shown: !!(values.q || values.kind || values.status), onClear: clear }}>
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
    </FilterForm>
  );
}
