"use client";

import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { LookupCombobox, type LookupChoice } from "@/components/ui/lookup-combobox";

type Choice = [value: string | number, label: string];
type Props = {
  values: { client?: number; type?: string; status?: string; owner?: number };
  /** The client picker (agency viewers), with the client filtered on; null hides it. */
  clientPicker: { chosen: LookupChoice | null } | null;
  owners: Choice[] | null;
  types: Choice[];
  statuses: Choice[];
};

const select = "rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm";

function Filter({ label, name, value, all, choices }: { label: string; name: string; value: string | number | undefined; all: string; choices: Choice[] }) {
  return (
    <label className="text-sm">
      <span className="mb-1 block font-medium text-slate-700">{label}</span>
      <select name={name} defaultValue={value ?? ""} className={select}>
        <option value="">{all}</option>
        {choices.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The /roles filters: a GET form, so a filtered view is a URL that can be shared. */
export function RoleFilters({ values, clientPicker, owners, types, statuses }: Props) {
  const filtered = values.client || values.type || values.status || values.owner;
  return (
    <form method="get" className="mb-4 flex flex-wrap items-end gap-3" aria-label="Filter roles">
      {clientPicker ? (
        <LookupCombobox label="Client" name="client" endpoint="/api/clients/lookup" initial={clientPicker.chosen} placeholder="All clients" />
      ) : null}
      <Filter label="Type" name="type" value={values.type} all="All types" choices={types} />
      <Filter label="Status" name="status" value={values.status} all="All statuses" choices={statuses} />
      {owners ? <Filter label="Owner" name="owner" value={values.owner} all="Anyone" choices={owners} /> : null}
      <button type="submit" className={buttonClass("secondary")}>
        Filter
      </button>
      {filtered ? (
        <Link href="/roles" className="py-2 text-sm text-brand-700 hover:underline">
          Clear
        </Link>
      ) : null}
    </form>
  );
}
