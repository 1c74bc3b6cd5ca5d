"use client";

import { Button } from "@/components/ui/button";
import { TextArea, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { RecordFields } from "@/components/ui/record-fields";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";

type Client = { id: number; name: string; website: string | null; timezone: string | null; notes: string | null; version: number };

/** Creates a client (no `client`) or edits one; an edit keeps its values after saving. */
export function ClientForm({ action, client }: { action: FormAction; client?: Client }) {
  const { state, formAction, pending, values, errors, formKey } = useFormAction(action);
  const v = (name: keyof Client) => values[name] ?? (client ? String(client[name] ?? "") : "");
  return (
    <form action={formAction} key={client ? `${client.version}-${JSON.stringify(values)}` : formKey} className="grid gap-4 sm:grid-cols-2" noValidate>
      <div className="sm:col-span-2">
        <FormMessage state={state} name="Client form status" />
      </div>
      <RecordFields name="clientId" record={client} />
      <TextField label="Company name" name="name" defaultValue={v("name")} error={errors.name} required />
      <TextField label="Website" name="website" type="url" placeholder="https://" defaultValue={v("website")} error={errors.website} />
      <TextField
        label="Time zone"
        name="timezone"
        placeholder="Europe/Berlin"
        defaultValue={v("timezone")}
        error={errors.timezone}
        hint="IANA name, e.g. America/New_York"
      />
      <TextArea label="Notes" name="notes" rows={3} defaultValue={v("notes")} error={errors.notes} className="sm:col-span-2" />
      <div className="sm:col-span-2">
        <Button type="submit" pending={pending}>
          {pending ? "Saving…" : client ? "Save changes" : "Add client"}
        </Button>
      </div>
    </form>
  );
}
