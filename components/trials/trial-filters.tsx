"use client";

import { useState } from "react";
import { Combobox, type LookupChoice } from "@/components/ui/combobox";
import { FilterForm } from "@/components/ui/filter-form";
import { FilterSelect, type FilterChoice as Choice } from "@/components/ui/filter-select";
import { useUrlFilters } from "@/components/ui/use-url-filters";

type Values = { client?: number; status?: string; flag?: string; owner?: number };
type Props = {
  values: Values;
  /** The client picker (agency viewers), with the client filtered on; null hides it. */
  clientPicker: { chosen: LookupChoice | null } | null;
  owners: Choice[] | null;
  statuses: Choice[];
  flags: Choice[];
};

/** The /trials filters apply as they change and live in the URL; without JavaScript, a GET form. */
export function TrialFilters({ values, clientPicker, owners, statuses, flags }: Props) {
  const { apply: replaceUrl, pathname } = useUrlFilters();
  const [client, setClient] = useState(clientPicker?.chosen ?? null);
  const apply = (name: keyof Values, value: string | number | undefined) => replaceUrl({ ...values, [name]: value || undefined });
  const filtered = values.client || values.status || values.flag || values.owner;
  return (
    <FilterForm label="Filter trials" clear={{ href: pathname, shown: !!filtered, onClear: () => setClient(null) }}>
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
      <FilterSelect label="Status" name="status" value={values.status} all="All statuses" choices={statuses} onChange={(v) => apply("status", v)} />
      <FilterSelect label="Flag" name="flag" value={values.flag} all="Any or none" choices={flags} onChange={(v) => apply("flag", v)} />
      {owners ? (
        <FilterSelect label="Onboarding owner" name="owner" value={values.owner} all="Anyone" choices={owners} onChange={(v) => apply("owner", v)} />
      ) : null}
    </FilterForm>
  );
}
