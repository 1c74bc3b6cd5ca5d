"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { Combobox, type LookupChoice } from "@/components/ui/combobox";
import { SelectField, TextArea, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { RecordFields } from "@/components/ui/record-fields";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";
import type { ServerAction } from "@/lib/action-types";

type Option = { id: number; name: string };
type Role = {
  id: number;
  version: number;
  title: string;
  clientId: number;
  type: string;
  status: string;
  headcount: number;
  ownerId: number;
  hiringManagerId: number | null;
  description: string | null;
  skills: string | null;
  timezoneOverlap: string | null;
  openedOn: string | null;
};
type Props = {
  action: FormAction;
  role?: Role;
  /** `latestOpenedOn`: the date picker offers nothing later (the server refuses it too). */
  defaults: { ownerId: number; openedOn: string; latestOpenedOn: string };
  /** `client`: the one the form starts with (the role's, or named in the link), with its `hiringManagers`. */
  options: { recruiters: Option[]; client: LookupChoice | null; hiringManagers: Option[] };
  /** Another client's hiring managers, asked for when it is picked (the page, in app/, provides it). */
  loadHiringManagers: ServerAction<{ clientId: number }, Option[]>;
  labels: { types: Record<string, string>; statuses: Record<string, string> };
};

/** The hiring managers of the chosen client: those the page came with, or asked for when another is picked (null while they come). */
function useHiringManagers(
  clientId: number | undefined,
  /** Counts the picks: picking the same client again asks again (after a failed load, say). */
  pick: number,
  start: { clientId?: number; people: Option[] },
  load: Props["loadHiringManagers"],
) {
  const [loaded, setLoaded] = useState<{ clientId: number; pick: number; people: Option[] | null; error: string | null } | null>(null);
  const fetching = clientId !== undefined && clientId !== start.clientId;
  useEffect(() => {
    if (!fetching || clientId === undefined) return;
    let live = true;
    void load(null, { clientId }).then(
      (result) => live && setLoaded({ clientId, pick, people: result.ok ? (result.data ?? []) : null, error: result.ok ? null : result.message }),
      () =>
        live &&
        setLoaded({ clientId, pick, people: null, error: "Could not load this client's hiring managers. Check your connection and pick the client again." }),
    );
    return () => {
      live = false;
    };
  }, [fetching, clientId, pick, load]);
  if (clientId === undefined) return { people: [], error: null };
  if (!fetching) return { people: start.people, error: null };
  return loaded?.clientId === clientId && loaded.pick === pick ? loaded : { people: null, error: null };
}

export function RoleForm({ action, role, defaults, options, labels, loadHiringManagers }: Props) {
  const { state, formAction, pending, values, errors } = useFormAction(action);
  const v = (k: keyof Role, fallback = "") => values[k] ?? (role && role[k] != null ? String(role[k]) : fallback);
  // Kept outside the form, which remounts with what was sent after a refusal.
  const [client, setClient] = useState<LookupChoice | null>(options.client);
  const [pick, setPick] = useState(0);
  const managers = useHiringManagers(client?.id, pick, { clientId: options.client?.id, people: options.hiringManagers }, loadHiringManagers);
  // The hiring manager as last sent (after a refusal, for the client then chosen), else the role's.
  const sentFor = (id?: number) => values.clientId === String(id ?? "");
  const managerDefault =
    values.clientId !== undefined ? (sentFor(client?.id) ? (values.hiringManagerId ?? "") : "") : client?.id === options.client?.id ? v("hiringManagerId") : "";
  return (
    <form action={formAction} key={JSON.stringify(values)} className="grid gap-4 sm:grid-cols-2" noValidate>
      <div className="sm:col-span-2">
        <FormMessage state={state} name="Role form status" />
      </div>
      <RecordFields name="roleId" record={role} />
      <TextField label="Title" name="title" defaultValue={v("title")} error={errors.title} required />
      <Combobox
        label="Client"
        name="clientId"
        endpoint="/api/clients/lookup"
        chosen={client}
        placeholder="Type a client's name"
        error={errors.clientId}
        onChoose={(choice) => {
          // The same client again after a failed load asks again; a working list stays as it is.
          if (choice?.id === client?.id && managers.error) setPick((n) => n + 1);
          setClient(choice);
        }}
      />
      <SelectField
        label="Role type"
        name="type"
        defaultValue={v("type", "senior")}
        error={errors.type}
        options={Object.entries(labels.types).map(([value, label]) => ({ value, label }))}
      />
      <SelectField
        label="Status"
        name="status"
        defaultValue={v("status", "open")}
        error={errors.status}
        options={Object.entries(labels.statuses).map(([value, label]) => ({ value, label }))}
      />
      <TextField label="Headcount" name="headcount" type="number" min={1} max={50} defaultValue={v("headcount", "1")} error={errors.headcount} />
      <TextField
        label="Opened on"
        name="openedOn"
        type="date"
        max={defaults.latestOpenedOn}
        defaultValue={v("openedOn", defaults.openedOn)}
        error={errors.openedOn}
      />
      <SelectField
        label="Owning recruiter"
        name="ownerId"
        defaultValue={v("ownerId", String(defaults.ownerId))}
        error={errors.ownerId}
        options={options.recruiters.map((r) => ({ value: String(r.id), label: r.name }))}
      />
      <SelectField
        // A new client starts with none of its hiring managers chosen.
        key={client?.id ?? "none"}
        label="Client hiring manager"
        name="hiringManagerId"
        defaultValue={managerDefault}
        error={errors.hiringManagerId ?? managers.error ?? undefined}
        disabled={managers.people === null && !managers.error}
        options={[
          {
            value: "",
            label: !client
              ? "Choose the client first"
              : managers.people === null
                ? managers.error
                  ? "Not available"
                  : "Loading hiring managers…"
                : managers.people.length
                  ? "None yet"
                  : "No hiring managers at this client",
          },
          ...(managers.people ?? []).map((m) => ({ value: String(m.id), label: m.name })),
        ]}
        hint={
          client && managers.people?.length === 0 ? (
            // Recruiters add a client's people themselves now, on the client's page.
            <Link href={`/clients/${client.id}`} className="font-medium text-accent-text hover:underline">
              Add a hiring manager on the client’s page
            </Link>
          ) : undefined
        }
      />
      <TextField
        label="Stack and skills"
        name="skills"
        placeholder="TypeScript, PostgreSQL, AWS"
        defaultValue={v("skills")}
        error={errors.skills}
        hint="Comma-separated"
      />
      <TextField
        label="Time-zone overlap wanted"
        name="timezoneOverlap"
        placeholder="4 hours with US Eastern"
        defaultValue={v("timezoneOverlap")}
        error={errors.timezoneOverlap}
      />
      <TextArea label="Description" name="description" rows={5} defaultValue={v("description")} error={errors.description} className="sm:col-span-2" />
      <div className="sm:col-span-2">
        <Button type="submit" pending={pending}>
          {pending ? "Saving…" : role ? "Save role" : "Create role"}
        </Button>
      </div>
    </form>
  );
}
