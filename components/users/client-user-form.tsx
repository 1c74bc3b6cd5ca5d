"use client";

import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";
import { focusFirstFieldOf, PasswordLinkDialog, useShownLink } from "./password-link-dialog";

const kindOptions = [
  { value: "hiring_manager", label: "Hiring manager" },
  { value: "client_viewer", label: "Client viewer (trials only)" },
];

/** Adds a hiring manager or a client viewer to one client; the answer's set-password link is shown once in a dialog. */
export function ClientUserForm({ action, clientId, clientName }: { action: FormAction; clientId: number; clientName: string }) {
  const { state, formAction, pending, values: v, errors: e, formKey } = useFormAction(action);
  const { shown, close } = useShownLink(state);
  return (
    <>
      <form action={formAction} key={formKey} className="grid gap-3" noValidate aria-label={`Add a person at ${clientName}`}>
        <FormMessage state={state} name="Add person status" />
        <input type="hidden" name="organizationId" value={clientId} />
        <TextField label="Person's name" name="name" id="person-name" defaultValue={v.name} error={e.name} required />
        <TextField label="Person's email" name="email" id="person-email" type="email" defaultValue={v.email} error={e.email} required />
        <TextField label="Person's job title" name="title" id="person-title" defaultValue={v.title} error={e.title} />
        <SelectField label="Access" name="kind" id="person-kind" defaultValue={v.kind ?? "hiring_manager"} error={e.kind} options={kindOptions} />
        <p className="text-xs text-muted">They get a one-time link to set their own password; you pass it on.</p>
        <div>
          <Button type="submit" variant="secondary" pending={pending}>
            {pending ? "Adding…" : "Add person"}
          </Button>
        </div>
      </form>
      <PasswordLinkDialog shown={shown} onClose={close} onCloseAutoFocus={focusFirstFieldOf("person-name")} />
    </>
  );
}
