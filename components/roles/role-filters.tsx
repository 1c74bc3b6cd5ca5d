"use client";

import { useState } from "react";
import { Combobox, type LookupChoice } from "@/components/ui/combobox";
import { FilterForm } from "@/components/ui/filter-form";
import { FilterSelect, type FilterChoice as Choice } from "@/components/ui/filter-select";
import { SearchField } from "@/components/ui/search-field";
import { useTypedFilters } from "@/components/ui/use-typed-filters";
type Values = { q?: string; client?: number; type?: string; status?: string; owner?: number };
type Props = {
  values: Values;
  /** The client picker (agency viewers), with the client filtered on; null hides it. */
  clientPicker: { chosen: LookupChoice | null } | null;
  owners: Choice[] | null;
  types: Choice[];
  statuses: Choice[];
  /** What the search box looks in, as its placeholder says. */
  searchHint: string;
};

/**
 * The /roles filters apply as they change, the search as you type (useTypedFilters); the URL keeps
 * only the filters in use, so a filtered view is a link that can be shared. Without JavaScript it
 * is a plain GET form.
 */
export function RoleFilters({ values, clientPicker, owners, types, statuses, searchHint }: Props) {
  const { pathname, text, apply: applyAll, type, submit, clear } = useTypedFilters(values, ["q"]);
  // The client shown at once when picked, and as the URL has it after Back or Forward.
  const [client, setClient] = useState(clientPicker?.chosen ?? null);
  const [urlClient, setUrlClient] = useState(clientPicker?.chosen?.id);
  if (clientPicker?.chosen?.id !== urlClient) {
    setUrlClient(clientPicker?.chosen?.id);
    setClient(clientPicker?.chosen ?? null);
  }
  const apply = (name: keyof Values, value: string | number | undefined) => applyAll({ [name]: value || undefined });
  const filtered = values.q || values.client || values.type || values.status || values.owner;
  return (
    <FilterForm
      label="Filter roles"
      onSubmit={submit}
      clear={{
        href: pathname,
        shown: !!filtered,
        onClear: () => {
          setClient(null);
          clear();
        },
      }}
    >
      <SearchField name="q" value={text.q} onChange={(v) => type("q", v)} placeholder={searchHint} className="w-full sm:w-64" />
      {clientPicker ? (
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
      ) : null}
      <FilterSelect label="Type" name="type" value={values.type} all="All types" choices={types} onChange={(v) => apply("type", v)} />
      <FilterSelect label="Status" name="status" value={values.status} all="All statuses" choices={statuses} onChange={(v) => apply("status", v)} />
      {owners ? <FilterSelect label="Owner" name="owner" value={values.owner} all="Anyone" choices={owners} onChange={(v) => apply("owner", v)} /> : null}
    </FilterForm>
  );
}
