"use client";

import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextArea, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { RecordFields } from "@/components/ui/record-fields";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";

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
  defaults: { ownerId: number; openedOn: string; latestOpenedOn: string; clientId?: number };
  options: { clients: Option[]; recruiters: Option[]; hiringManagers: (Option & { clientId: number })[] };
  labels: { types: Record<string, string>; statuses: Record<string, string> };
};

export function RoleForm({ action, role, defaults, options, labels }: Props) {
  const { state, formAction, pending, values, errors } = useFormAction(action);
  const v = (k: keyof Role, fallback = "") => values[k] ?? (role && role[k] != null ? String(role[k]) : fallback);
  const [clientId, setClientId] = useState(v("clientId", defaults.clientId ? String(defaults.clientId) : ""));
  const managers = options.hiringManagers.filter((m) => String(m.clientId) === clientId);
  return (
    <form action={formAction} key={JSON.stringify(values)} className="grid gap-4 sm:grid-cols-2" noValidate>
      <div className="sm:col-span-2">
        <FormMessage state={state} name="Role form status" />
      </div>
      <RecordFields name="roleId" record={role} />
      <TextField label="Title" name="title" defaultValue={v("title")} error={errors.title} required />
      <SelectField
        label="Client"
        name="clientId"
        value={clientId}
        onChange={(e) => setClientId(e.target.value)}
        error={errors.clientId}
        options={[{ value: "", label: "Choose a client…" }, ...options.clients.map((c) => ({ value: String(c.id), label: c.name }))]}
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
        label="Client hiring manager"
        name="hiringManagerId"
        defaultValue={v("hiringManagerId")}
        error={errors.hiringManagerId}
        options={[
          { value: "", label: managers.length ? "None yet" : "No hiring managers at this client" },
          ...managers.map((m) => ({ value: String(m.id), label: m.name })),
        ]}
        hint={
          clientId && !managers.length ? (
            // Recruiters add a client's people themselves now, on the client's page.
            <Link href={`/clients/${clientId}`} className="font-medium text-accent-text hover:underline">
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
